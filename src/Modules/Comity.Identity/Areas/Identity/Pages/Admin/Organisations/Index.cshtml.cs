using Comity.Identity.Data;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Identity.Areas.Identity.Pages.Admin.Organisations;

public sealed class IndexModel(IdentityDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganisationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool IncludeInactive { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<OrganisationResponse> Results { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Results = await FindOrganisations.ListAsync(new OrganisationFilter(Search, Kind, Country, IncludeInactive), new PageQuery(PageNumber, 50), db,
            cancellationToken);
}
