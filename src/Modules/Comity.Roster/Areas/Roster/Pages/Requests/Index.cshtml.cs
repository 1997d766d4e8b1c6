using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Roster.Areas.Roster.Pages.Requests;

public sealed class IndexModel(RosterDb db, RosterCallers callers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public RequestStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public RosterCaller Caller { get; private set; } = null!;

    public Page<RequestResponse> Results { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Caller = await callers.ForAsync(User, cancellationToken);
        Results = await ManageRequests.ListAsync(Caller, Status, new PageQuery(PageNumber, 50), db, cancellationToken);
    }
}
