namespace Comity.Identity.People;

public sealed record MembershipResponse(Guid Id, Guid OrganisationId, string OrganisationName, string Role);

public sealed record PersonResponse(
    Guid Id,
    string Email,
    string DisplayName,
    bool TwoFactorEnabled,
    bool LockedOut,
    IReadOnlyList<MembershipResponse> Memberships,
    DateTimeOffset CreatedAt);

/// <summary>The caller as the platform sees them: identity, acting organisation, roles and (for API keys) scopes.</summary>
public sealed record MeResponse(Guid Id, string UserName, string DisplayName, Guid? OrganisationId, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Scopes, string AuthenticatedBy);

internal static class PersonMapping
{
    public static PersonResponse ToResponse(this ComityUser user, IEnumerable<MembershipResponse> memberships, DateTimeOffset now) => new(
        user.Id, user.Email ?? "", user.DisplayName, user.TwoFactorEnabled, user.LockoutEnd is { } end && end > now,
        memberships.ToList(), user.CreatedAt);
}
