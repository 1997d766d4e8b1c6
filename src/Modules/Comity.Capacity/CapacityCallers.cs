using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Organisations;

namespace Comity.Capacity;

/// <summary>Who is calling, in the capacity module's terms: the country a focal point assesses.</summary>
public sealed record CapacityCaller(Guid UserId, OrganisationResponse? Organisation, bool IsFocalPoint, bool IsCoordinator = false,
    bool IsAdministrator = false)
{
    /// <summary>The country whose assessments this caller runs, when they are a focal point of an organisation.</summary>
    public string? Country => IsFocalPoint ? Organisation?.HomeCountry : null;

    /// <summary>
    /// Countries whose strategies this caller may read: a focal point their own, a coordinator those their regional centre
    /// serves; null for a platform administrator, who may read every country's.
    /// </summary>
    public IReadOnlyCollection<string>? ReadableCountries => IsAdministrator ? null
        : [.. (Country is { } own ? [own] : Array.Empty<string>()),
            .. (IsCoordinator && Organisation is { Kind: OrganisationKind.RegionalCentre } centre ? centre.CoveredCountries : [])];

    public bool CanRead(string country) => ReadableCountries is not { } countries || countries.Contains(country);
}

public sealed class CapacityCallers(IOrganisationDirectory organisations)
{
    public async Task<CapacityCaller> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var organisation = user.OrganisationId() is { } id ? await organisations.GetAsync(id, cancellationToken) : null;
        return new CapacityCaller(user.UserId() ?? Guid.Empty, organisation, user.Has(Role.CountryFocalPoint), user.Has(Role.CentreCoordinator),
            user.Has(Role.PlatformAdministrator));
    }
}
