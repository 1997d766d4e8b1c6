using Comity.Identity.Organisations;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Experts;
using Comity.Roster.Skills;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Roster.Areas.Roster.Pages.Experts;

/// <summary>Roster search with facets for coordinators: skill and level, language, centre, availability, vetting.</summary>
public sealed class IndexModel(RosterDb db, RosterCallers callers, IOrganisationDirectory organisations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Skill { get; set; }

    [BindProperty(SupportsGet = true)]
    public Proficiency? MinimumLevel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? CentreId { get; set; }

    [BindProperty(SupportsGet = true)]
    public VettingStatus? Vetting { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AvailableFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AvailableTo { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ExpertSearchResult Result { get; private set; } = null!;

    public TaxonomyResponse Taxonomy { get; private set; } = null!;

    public IReadOnlyList<OrganisationResponse> Centres { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        Result = await FindExperts.SearchAsync(caller, new ExpertFilter(Search, Skill, MinimumLevel, Language, null, CentreId, Vetting, AvailableFrom,
            AvailableTo), new PageQuery(PageNumber, 50), db, cancellationToken);
        Taxonomy = await SkillEndpoints.TaxonomyAsync(db, cancellationToken);
        Centres = await organisations.CentresAsync(cancellationToken);
    }
}
