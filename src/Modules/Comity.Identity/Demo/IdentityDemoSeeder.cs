using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Comity.Kernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Comity.Identity.Demo;

/// <summary>Adds the demo network's organisations and one account per role, once.</summary>
internal sealed class IdentityDemoSeeder(IdentityDb db, UserManager<ComityUser> users, IAuditLog audit, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var organisations = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var centre in DemoNetwork.Centres)
        {
            organisations[centre.ShortName] = Organisation.Create(new OrganisationDetails(centre.Name, centre.ShortName, OrganisationKind.RegionalCentre,
                centre.HomeCountry, null, $"contact@{centre.ShortName.ToLowerInvariant()}.example", centre.Countries), now);
        }
        foreach (var member in DemoNetwork.Members)
        {
            organisations[member.ShortName] = Organisation.Create(new OrganisationDetails(member.Name, member.ShortName, member.Kind,
                member.HomeCountry, null, null, []), now);
        }
        db.Organisations.AddRange(organisations.Values);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var account in DemoNetwork.Accounts)
        {
            var organisation = organisations[account.OrganisationShortName];
            var user = new ComityUser
            {
                Id = Guid.CreateVersion7(now),
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                ActiveOrganisationId = organisation.Id,
                CreatedAt = now,
            };
            var created = await users.CreateAsync(user, DemoNetwork.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.Email}: {created.Errors.First().Description}");
            }
            db.Memberships.Add(Membership.Create(user.Id, organisation.Id, account.Role, now));
        }
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("demo.seeded", "network", "demo",
            $"{organisations.Count} organisations, {DemoNetwork.Accounts.Count} accounts"), cancellationToken);
    }
}
