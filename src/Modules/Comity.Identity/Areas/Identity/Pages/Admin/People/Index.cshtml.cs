using Comity.Identity.Data;
using Comity.Identity.People;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Identity.Areas.Identity.Pages.Admin.People;

public sealed class IndexModel(IdentityDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<PersonResponse> Results { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Results = await ManagePeople.ListAsync(Search, null, new PageQuery(PageNumber, 50), db, clock, cancellationToken);
}
