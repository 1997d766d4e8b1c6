namespace Comity.Identity.Organisations;

/// <summary>A member of the network: a regional centre, a CERT, a police unit, a ministry…</summary>
public sealed class Organisation
{
    public const int NameMax = 200;
    public const int ShortNameMax = 32;
    public const int WebsiteMax = 300;
    public const int EmailMax = 254;

    private readonly List<CoveredCountry> coverage = [];

    private Organisation()
    {
        Name = "";
        HomeCountry = "";
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string? ShortName { get; private set; }

    public OrganisationKind Kind { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country the organisation is based in.</summary>
    public string HomeCountry { get; private set; }

    public string? Website { get; private set; }

    public string? ContactEmail { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Countries a regional centre serves; empty for every other kind.</summary>
    public IReadOnlyList<CoveredCountry> Coverage => coverage;

    public static Organisation Create(OrganisationDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var organisation = new Organisation { Id = Guid.CreateVersion7(now), IsActive = true, CreatedAt = now };
        organisation.Update(details, now);
        return organisation;
    }

    public void Update(OrganisationDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        Name = details.Name.Trim();
        ShortName = Blank(details.ShortName);
        Kind = details.Kind;
        HomeCountry = details.HomeCountry.Trim().ToUpperInvariant();
        Website = Blank(details.Website);
        ContactEmail = Blank(details.ContactEmail);
        var wanted = Kind == OrganisationKind.RegionalCentre
            ? details.CoveredCountries.Select(c => c.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal)
            : [];
        coverage.RemoveAll(c => !wanted.Contains(c.Country));
        foreach (var country in wanted.Except(coverage.Select(c => c.Country), StringComparer.Ordinal))
        {
            coverage.Add(new CoveredCountry(Id, country));
        }
        UpdatedAt = now;
    }

    public void SetActive(bool active, DateTimeOffset now)
    {
        IsActive = active;
        UpdatedAt = now;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A country that a regional centre serves.</summary>
public sealed class CoveredCountry(Guid organisationId, string country)
{
    public Guid OrganisationId { get; private set; } = organisationId;

    public string Country { get; private set; } = country;
}

/// <summary>The editable facts about an organisation, as the API and the forms submit them.</summary>
public sealed record OrganisationDetails(
    string Name,
    string? ShortName,
    OrganisationKind Kind,
    string HomeCountry,
    string? Website,
    string? ContactEmail,
    IReadOnlyList<string> CoveredCountries);
