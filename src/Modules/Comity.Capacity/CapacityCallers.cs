using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Organisations;

namespace Comity.Capacity;

/// <summary>Who is calling, in the capacity module's terms: the country a focal point assesses.</summary>
public sealed record CapacityCaller(Guid UserId, OrganisationResponse? Organisation, bool IsFocalPoint)
{
    /// <summary>The country whose assessments this caller runs, when they are a focal point of an organisation.</summary>
    public string? Country => IsFocalPoint ? Organisation?.HomeCountry : null;
}

public sealed class CapacityCallers(IOrganisationDirectory organisations)
{
    public async Task<CapacityCaller> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var organisation = user.OrganisationId() is { } id ? await organisations.GetAsync(id, cancellationToken) : null;
        return new CapacityCaller(user.UserId() ?? Guid.Empty, organisation, user.Has(Role.CountryFocalPoint));
    }
}
