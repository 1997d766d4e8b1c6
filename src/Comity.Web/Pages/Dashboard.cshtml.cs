using Comity.Identity.Access;
using Comity.Identity.ApiKeys;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Comity.Roster;
using Comity.Roster.Data;
using Comity.Roster.Deployments;
using Comity.Roster.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Web.Pages;

/// <summary>The signed-in person's start page: their organisation, and what their role looks after.</summary>
[Authorize]
public sealed class DashboardModel(IdentityDb db, TimeProvider clock, RosterDb roster, RosterCallers callers) : PageModel
{
    public OrganisationResponse? Organisation { get; private set; }

    /// <summary>For a centre: its member organisations in the countries it covers; otherwise those in the home country.</summary>
    public IReadOnlyList<OrganisationResponse> Neighbours { get; private set; } = [];

    public OrganisationResponse? ServingCentre { get; private set; }

    public IReadOnlyList<AuditEntryResponse> RecentAudit { get; private set; } = [];

    public IReadOnlyList<ApiKeyResponse> ApiKeys { get; private set; } = [];

    public int OrganisationCount { get; private set; }

    public int PeopleCount { get; private set; }

    /// <summary>Requests of the coordinator's centre or the focal point's organisation, by status.</summary>
    public IReadOnlyDictionary<RequestStatus, int> RequestCounts { get; private set; } = new Dictionary<RequestStatus, int>();

    public IReadOnlyList<RequestResponse> LatestRequests { get; private set; } = [];

    public int OpenOffers { get; private set; }

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
        await LoadRosterAsync(cancellationToken);
        if (User.Has(Role.PlatformAdministrator))
        {
            RecentAudit = (await BrowseAudit.ListAsync(new AuditFilter(null, null, null, null, null, null), new PageQuery(1, 8), db, cancellationToken)).Items;
            OrganisationCount = (await FindOrganisations.ListAsync(new OrganisationFilter(null, null, null), new PageQuery(1, 1), db, cancellationToken)).Total;
            PeopleCount = (await Comity.Identity.People.ManagePeople.ListAsync(null, null, new PageQuery(1, 1), db, clock, cancellationToken)).Total;
        }
    }

    private async Task LoadRosterAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        if (caller.CoordinatedCentre is not null || caller.FilingOrganisation is not null)
        {
            var requests = await ManageRequests.ListAsync(caller, null, new PageQuery(1, PageQuery.MaxPageSize), roster, cancellationToken);
            RequestCounts = requests.Items.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
            LatestRequests = requests.Items.Take(5).ToList();
        }
        if (caller.IsExpert)
        {
            OpenOffers = (await DeploymentLifecycle.ListAsync(caller, null, roster, cancellationToken)).Count(d => d.Status == DeploymentStatus.Offered);
        }
    }

    private async Task<IReadOnlyList<OrganisationResponse>> NeighboursAsync(OrganisationResponse organisation, CancellationToken cancellationToken)
    {
        var countries = organisation.Kind == OrganisationKind.RegionalCentre ? organisation.CoveredCountries : [organisation.HomeCountry];
        return (await FindOrganisations.MembersInAsync(countries, db, cancellationToken)).Where(o => o.Id != organisation.Id).ToList();
    }
}
