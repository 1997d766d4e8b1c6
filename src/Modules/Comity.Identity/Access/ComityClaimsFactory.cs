using System.Security.Claims;
using Comity.Identity.Data;
using Comity.Identity.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Comity.Identity.Access;

/// <summary>Adds the active organisation and the person's roles there to the sign-in cookie.</summary>
internal sealed class ComityClaimsFactory(UserManager<ComityUser> users, IOptions<IdentityOptions> options, IdentityDb db)
    : UserClaimsPrincipalFactory<ComityUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ComityUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ComityClaims.AuthenticatedBy, "cookie"));
        if (!string.IsNullOrEmpty(user.DisplayName))
        {
            identity.AddClaim(new Claim("name", user.DisplayName));
        }
        var access = await MembershipAccess.ResolveAsync(db, user.Id, user.ActiveOrganisationId, CancellationToken.None);
        access.AddTo(identity);
        return identity;
    }
}

/// <summary>The organisation a person acts for and their roles in it.</summary>
internal sealed record MembershipAccess(Guid? OrganisationId, IReadOnlyList<Role> Roles)
{
    public static async Task<MembershipAccess> ResolveAsync(IdentityDb db, Guid userId, Guid? preferredOrganisation, CancellationToken cancellationToken)
    {
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Organisations.Where(o => o.IsActive), m => m.OrganisationId, o => o.Id, (m, o) => new { m.OrganisationId, m.Role, m.CreatedAt })
            .ToListAsync(cancellationToken);
        if (memberships.Count == 0)
        {
            return new MembershipAccess(null, []);
        }
        var organisation = memberships.Any(m => m.OrganisationId == preferredOrganisation)
            ? preferredOrganisation!.Value
            : memberships.OrderBy(m => m.CreatedAt).First().OrganisationId;
        return new MembershipAccess(organisation, memberships.Where(m => m.OrganisationId == organisation).Select(m => m.Role).Distinct().ToList());
    }

    public void AddTo(ClaimsIdentity identity)
    {
        if (OrganisationId is { } organisation)
        {
            identity.AddClaim(new Claim(ComityClaims.Organisation, organisation.ToString()));
        }
        foreach (var role in Roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role.Name()));
        }
    }
}
