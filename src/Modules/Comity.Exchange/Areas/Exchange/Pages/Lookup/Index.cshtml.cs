using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Lookup;
using Comity.Exchange.Sharing;
using Comity.Identity.Access;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Exchange.Areas.Exchange.Pages.Lookup;

/// <summary>Paste observables, one per line, and see the indicators you may see that match them: the handler of POST /api/v1/exchange/lookup.</summary>
[RequestSizeLimit(4 * 1024 * 1024)]
public sealed class IndexModel(ExchangeDb db, ExchangeCallers callers, ApiRoots roots, IngestObjects ingest, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Observables { get; set; }

    [BindProperty]
    public bool RecordSightings { get; set; }

    public LookupResponse? Result { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(User, cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        var lines = (Observables ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => new LookupItem(line, null)).ToList();
        // The index is an internal singleton of the module, so it is taken from the request's services rather than the constructor.
        var indexer = HttpContext.RequestServices.GetRequiredService<LookupIndexer>();
        var record = RecordSightings && (User.Has(Role.Analyst) || User.Has(Role.CentreCoordinator));
        var outcome = await LookupObservables.HandleAsync(caller, new LookupBody(lines, record), db, roots, indexer, ingest, clock, cancellationToken);
        if (!outcome.IsOk)
        {
            ModelState.Clear();
            ModelState.AddOutcomeErrors(outcome);
            return Page();
        }
        Result = outcome.Value;
        return Page();
    }
}
