using Comity.Identity.Access;
using Comity.Identity.ApiKeys;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Web.Pages;

/// <summary>The signed-in person's start page: their organisation, and what their role looks after.</summary>
[Authorize]
public sealed class DashboardModel(IdentityDb db, TimeProvider clock) : PageModel
{
    public OrganisationResponse? Organisation { get; private set; }

    /// <summary>For a centre: its member organisations in the countries it covers; otherwise those in the home country.</summary>
    public IReadOnlyList<OrganisationResponse> Neighbours { get; private set; } = [];

    public OrganisationResponse? ServingCentre { get; private set; }

    public IReadOnlyList<AuditEntryResponse> RecentAudit { get; private set; } = [];

    public IReadOnlyList<ApiKeyResponse> ApiKeys { get; private set; } = [];

    public int OrganisationCount { get; private set; }

    public int PeopleCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.OrganisationId() is { } organisationId)
        {
            Organisation = await FindOrganisations.GetAsync(organisationId, db, cancellationToken);
        }
        if (Organisation is not null)
        {
            ServingCentre = Organisation.Kind == OrganisationKind.RegionalCentre
                ? Organisation
                : await FindOrganisations.CentreForCountryAsync(Organisation.HomeCountry, db, cancellationToken);
            Neighbours = await NeighboursAsync(Organisation, cancellationToken);
        }
        ApiKeys = await ManageApiKeys.ListAsync(User.UserId()!.Value, db, clock, cancellationToken);
        if (User.Has(Role.PlatformAdministrator))
        {
            RecentAudit = (await BrowseAudit.ListAsync(new AuditFilter(null, null, null, null, null, null), new PageQuery(1, 8), db, cancellationToken)).Items;
            OrganisationCount = (await FindOrganisations.ListAsync(new OrganisationFilter(null, null, null), new PageQuery(1, 1), db, cancellationToken)).Total;
            PeopleCount = (await Comity.Identity.People.ManagePeople.ListAsync(null, null, new PageQuery(1, 1), db, clock, cancellationToken)).Total;
        }
    }

    private async Task<IReadOnlyList<OrganisationResponse>> NeighboursAsync(OrganisationResponse organisation, CancellationToken cancellationToken)
    {
        var countries = organisation.Kind == OrganisationKind.RegionalCentre ? organisation.CoveredCountries : [organisation.HomeCountry];
        var found = new List<OrganisationResponse>();
        foreach (var country in countries)
        {
            var page = await FindOrganisations.ListAsync(new OrganisationFilter(null, null, country), new PageQuery(1, 100), db, cancellationToken);
            found.AddRange(page.Items.Where(o => o.Id != organisation.Id && o.Kind != OrganisationKind.RegionalCentre));
        }
        return found.DistinctBy(o => o.Id).OrderBy(o => o.HomeCountry, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
    }
}
