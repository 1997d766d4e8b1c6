using Comity.Identity.Data;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Identity.Organisations;

public sealed record OrganisationFilter(string? Search, OrganisationKind? Kind, string? Country, bool IncludeInactive = false);

/// <summary>Lists and reads organisations.</summary>
public static class FindOrganisations
{
    public static async Task<Page<OrganisationResponse>> ListAsync(OrganisationFilter filter, PageQuery page, IdentityDb db,
        CancellationToken cancellationToken)
    {
        var query = db.Organisations.AsNoTracking();
        if (!filter.IncludeInactive)
        {
            query = query.Where(o => o.IsActive);
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            query = query.Where(o => o.HomeCountry == country || o.Coverage.Any(c => c.Country == country));
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
            query = query.Where(o => o.Name.ToLower().Contains(term) || (o.ShortName != null && o.ShortName.ToLower().Contains(term)));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(o => o.Name).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return new Page<OrganisationResponse>(items.Select(o => o.ToResponse()).ToList(), page.Number, page.Size, total);
    }

    public static async Task<OrganisationResponse?> GetAsync(Guid id, IdentityDb db, CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken))?.ToResponse();

    /// <summary>Active organisations other than regional centres based in any of <paramref name="countries"/>.</summary>
    public static async Task<IReadOnlyList<OrganisationResponse>> MembersInAsync(IReadOnlyCollection<string> countries, IdentityDb db,
        CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking()
            .Where(o => o.IsActive && o.Kind != OrganisationKind.RegionalCentre && countries.Contains(o.HomeCountry))
            .OrderBy(o => o.HomeCountry).ThenBy(o => o.Name)
            .ToListAsync(cancellationToken)).Select(o => o.ToResponse()).ToList();

    /// <summary>The active regional centre that covers <paramref name="country"/>, if any.</summary>
    public static async Task<OrganisationResponse?> CentreForCountryAsync(string country, IdentityDb db, CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking()
            .Where(o => o.IsActive && o.Kind == OrganisationKind.RegionalCentre && o.Coverage.Any(c => c.Country == country))
            .OrderBy(o => o.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken))?.ToResponse();
}
