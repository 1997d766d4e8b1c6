using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Organisations;

namespace Comity.Roster;

/// <summary>Who is calling, in the roster's terms: which centre they coordinate, which organisation files for a country.</summary>
public sealed record RosterCaller(Guid UserId, OrganisationResponse? Organisation, IReadOnlySet<Role> Roles)
{
    /// <summary>The centre whose roster and requests this caller coordinates, if any.</summary>
    public Guid? CoordinatedCentre => Roles.Contains(Role.CentreCoordinator) && Organisation?.Kind == OrganisationKind.RegionalCentre
        ? Organisation.Id
        : null;

    /// <summary>The organisation a focal point files requests for.</summary>
    public Guid? FilingOrganisation => Roles.Contains(Role.CountryFocalPoint) ? Organisation?.Id : null;

    public bool IsExpert => Roles.Contains(Role.Expert);
}

public sealed class RosterCallers(IOrganisationDirectory organisations)
{
    public async Task<RosterCaller> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var organisation = user.OrganisationId() is { } id ? await organisations.GetAsync(id, cancellationToken) : null;
        return new RosterCaller(user.UserId() ?? Guid.Empty, organisation, Roles.All.Where(user.Has).ToHashSet());
    }
}
