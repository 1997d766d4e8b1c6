using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Exchange.Areas.Exchange.Pages;

/// <summary>
/// The bundle export for people signed in with the browser. The API refuses cookie sessions (it wants an API key),
/// so this page runs the export endpoint's own handler rather than linking to it.
/// </summary>
public sealed class ExportModel(ExchangeDb db, ExchangeCallers callers, ApiRoots roots) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid collection, string? type, string? addedAfter, int? limit, CancellationToken cancellationToken)
    {
        var result = await ExportObjects.Export(collection, HttpContext, User, callers, roots, db, cancellationToken, type, addedAfter, limit);
        await result.ExecuteAsync(HttpContext);
        return new EmptyResult();
    }
}
