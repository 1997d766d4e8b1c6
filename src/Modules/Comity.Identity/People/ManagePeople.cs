using System.Net.Mail;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Kernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Comity.Identity.People;

public sealed record CreatePersonRequest(string? Email, string? DisplayName, string? Password, Guid? OrganisationId, string? Role);

public sealed record MembershipRequest(Guid? OrganisationId, string? Role);

/// <summary>Creates people, changes their memberships, locks and unlocks them.</summary>
public static class ManagePeople
{
    public static async Task<Outcome<PersonResponse>> CreateAsync(CreatePersonRequest request, IdentityDb db, UserManager<ComityUser> users,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var v = new Validation()
            .Required(request.Email, "email", 254)
            .Required(request.DisplayName, "displayName", ComityUser.DisplayNameMax)
            .Require(!string.IsNullOrEmpty(request.Password), "password", "This field is required.");
        if (!string.IsNullOrWhiteSpace(request.Email) && !MailAddress.TryCreate(request.Email.Trim(), out _))
        {
            v.Add("email", "This is not an e-mail address.");
        }
        var role = await CheckMembershipAsync(new MembershipRequest(request.OrganisationId, request.Role), db, v, cancellationToken);
        if (!v.IsValid)
        {
            return v;
        }
        var email = request.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Outcome<PersonResponse>.Invalid("email", "Someone already has an account with this e-mail address.");
        }
        var now = clock.GetUtcNow();
        var user = new ComityUser
        {
            Id = Guid.CreateVersion7(now),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = request.DisplayName!.Trim(),
            ActiveOrganisationId = request.OrganisationId,
            CreatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            var error = created.Errors.First();
            return Outcome<PersonResponse>.Invalid(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "", error.Description);
        }
        db.Memberships.Add(Membership.Create(user.Id, request.OrganisationId!.Value, role!.Value, now));
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("person.created", "person", user.Id.ToString(),
            $"{user.Email} as {role.Value.Name()}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<PersonResponse>.Ok((await GetAsync(user.Id, db, clock, cancellationToken))!);
    }

    public static async Task<Outcome<PersonResponse>> AddMembershipAsync(Guid userId, MembershipRequest request, IdentityDb db,
        UserManager<ComityUser> users, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Outcome<PersonResponse>.NotFound();
        }
        var v = new Validation();
        var role = await CheckMembershipAsync(request, db, v, cancellationToken);
        if (!v.IsValid)
        {
            return v;
        }
        if (await db.Memberships.AnyAsync(m => m.UserId == userId && m.OrganisationId == request.OrganisationId && m.Role == role, cancellationToken))
        {
            return Outcome<PersonResponse>.Conflict("The person already has this role in this organisation.");
        }
        db.Memberships.Add(Membership.Create(userId, request.OrganisationId!.Value, role!.Value, clock.GetUtcNow()));
        await users.UpdateSecurityStampAsync(user);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("person.membership-added", "person", userId.ToString(),
            $"{role.Value.Name()} in {request.OrganisationId}"), cancellationToken);
        return Outcome<PersonResponse>.Ok((await GetAsync(userId, db, clock, cancellationToken))!);
    }

    public static async Task<Outcome<PersonResponse>> RemoveMembershipAsync(Guid userId, Guid membershipId, IdentityDb db,
        UserManager<ComityUser> users, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId && m.UserId == userId, cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (membership is null || user is null)
        {
            return Outcome<PersonResponse>.NotFound();
        }
        if (membership.Role == Role.PlatformAdministrator
            && await db.Memberships.CountAsync(m => m.Role == Role.PlatformAdministrator, cancellationToken) == 1)
        {
            return Outcome<PersonResponse>.Conflict("This is the last platform administrator; appoint another first.");
        }
        db.Memberships.Remove(membership);
        await users.UpdateSecurityStampAsync(user);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("person.membership-removed", "person", userId.ToString(),
            $"{membership.Role.Name()} in {membership.OrganisationId}"), cancellationToken);
        return Outcome<PersonResponse>.Ok((await GetAsync(userId, db, clock, cancellationToken))!);
    }

    /// <summary>Locks a person out indefinitely (their sessions end at the next check) or lets them back in.</summary>
    public static async Task<Outcome<PersonResponse>> SetLockedAsync(Guid userId, bool locked, IdentityDb db, UserManager<ComityUser> users,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return Outcome<PersonResponse>.NotFound();
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(db, new AuditEvent(locked ? "person.locked" : "person.unlocked", "person", userId.ToString(), user.Email),
            cancellationToken);
        return Outcome<PersonResponse>.Ok((await GetAsync(userId, db, clock, cancellationToken))!);
    }

    public static async Task<PersonResponse?> GetAsync(Guid userId, IdentityDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }
        var memberships = await MembershipsOfAsync([userId], db, cancellationToken);
        return user.ToResponse(memberships[userId], clock.GetUtcNow());
    }

    public static async Task<Page<PersonResponse>> ListAsync(string? search, Guid? organisationId, PageQuery page, IdentityDb db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }
        if (organisationId is { } org)
        {
            query = query.Where(u => db.Memberships.Any(m => m.UserId == u.Id && m.OrganisationId == org));
        }
        var total = await query.CountAsync(cancellationToken);
        var users = await query.OrderBy(u => u.DisplayName).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        var memberships = await MembershipsOfAsync(users.Select(u => u.Id).ToList(), db, cancellationToken);
        var now = clock.GetUtcNow();
        return new Page<PersonResponse>(users.Select(u => u.ToResponse(memberships[u.Id], now)).ToList(), page.Number, page.Size, total);
    }

    private static async Task<ILookup<Guid, MembershipResponse>> MembershipsOfAsync(List<Guid> userIds, IdentityDb db, CancellationToken cancellationToken)
    {
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => userIds.Contains(m.UserId))
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { m.Id, m.UserId, m.OrganisationId, o.Name, m.Role })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Name).ToLookup(r => r.UserId, r => new MembershipResponse(r.Id, r.OrganisationId, r.Name, r.Role.Name()));
    }

    private static async Task<Role?> CheckMembershipAsync(MembershipRequest request, IdentityDb db, Validation v, CancellationToken cancellationToken)
    {
        var role = Roles.Parse(request.Role);
        v.Require(role is not null, "role", $"Choose one of: {string.Join(", ", Roles.All.Select(r => r.Name()))}.");
        if (request.OrganisationId is not { } organisationId)
        {
            v.Add("organisationId", "This field is required.");
        }
        else if (!await db.Organisations.AnyAsync(o => o.Id == organisationId && o.IsActive, cancellationToken))
        {
            v.Add("organisationId", "There is no active organisation with this id.");
        }
        return role;
    }
}
