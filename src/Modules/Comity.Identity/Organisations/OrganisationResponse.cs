namespace Comity.Identity.Organisations;

public sealed record OrganisationResponse(
    Guid Id,
    string Name,
    string? ShortName,
    OrganisationKind Kind,
    string HomeCountry,
    string? Website,
    string? ContactEmail,
    bool IsActive,
    IReadOnlyList<string> CoveredCountries,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

internal static class OrganisationMapping
{
    public static OrganisationResponse ToResponse(this Organisation o) => new(
        o.Id, o.Name, o.ShortName, o.Kind, o.HomeCountry, o.Website, o.ContactEmail, o.IsActive,
        o.Coverage.Select(c => c.Country).Order(StringComparer.Ordinal).ToList(), o.CreatedAt, o.UpdatedAt);
}
