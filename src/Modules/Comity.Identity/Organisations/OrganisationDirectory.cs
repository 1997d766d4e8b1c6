using Comity.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Identity.Organisations;

/// <summary>What other modules may ask about organisations, without touching Identity's tables.</summary>
public interface IOrganisationDirectory
{
    Task<OrganisationResponse?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The active regional centre that serves <paramref name="country"/>, if any.</summary>
    Task<OrganisationResponse?> CentreForCountryAsync(string country, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrganisationResponse>> CentresAsync(CancellationToken cancellationToken);

    /// <summary>An organisation by its short name ("KE-CERT"), ignoring case.</summary>
    Task<OrganisationResponse?> FindByShortNameAsync(string shortName, CancellationToken cancellationToken);

    /// <summary>The active national CERT whose home country is <paramref name="country"/>, if any (the oldest when there are several).</summary>
    Task<OrganisationResponse?> NationalCertForCountryAsync(string country, CancellationToken cancellationToken);

    /// <summary>Names of the given organisations, for display.</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Every active organisation by name, for pickers (recipients of shared intelligence, collection members).</summary>
    Task<IReadOnlyList<OrganisationResponse>> ActiveAsync(CancellationToken cancellationToken);
}

internal sealed class OrganisationDirectory(IdentityDb db) : IOrganisationDirectory
{
    public Task<OrganisationResponse?> GetAsync(Guid id, CancellationToken cancellationToken) => FindOrganisations.GetAsync(id, db, cancellationToken);

    public Task<OrganisationResponse?> CentreForCountryAsync(string country, CancellationToken cancellationToken) =>
        FindOrganisations.CentreForCountryAsync(country.Trim().ToUpperInvariant(), db, cancellationToken);

    public async Task<IReadOnlyList<OrganisationResponse>> CentresAsync(CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().Where(o => o.IsActive && o.Kind == OrganisationKind.RegionalCentre).OrderBy(o => o.Name)
            .ToListAsync(cancellationToken)).Select(o => o.ToResponse()).ToList();

    public async Task<OrganisationResponse?> FindByShortNameAsync(string shortName, CancellationToken cancellationToken)
    {
        var wanted = shortName.Trim().ToUpperInvariant();
        var found = await db.Organisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.ShortName != null && o.ShortName.ToUpper() == wanted, cancellationToken);
        return found?.ToResponse();
    }

    public async Task<OrganisationResponse?> NationalCertForCountryAsync(string country, CancellationToken cancellationToken)
    {
        var code = country.Trim().ToUpperInvariant();
        return (await db.Organisations.AsNoTracking()
            .Where(o => o.IsActive && o.Kind == OrganisationKind.NationalCert && o.HomeCountry == code)
            .OrderBy(o => o.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken))?.ToResponse();
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    public async Task<IReadOnlyList<OrganisationResponse>> ActiveAsync(CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Name).ToListAsync(cancellationToken)).Select(o => o.ToResponse()).ToList();
}
