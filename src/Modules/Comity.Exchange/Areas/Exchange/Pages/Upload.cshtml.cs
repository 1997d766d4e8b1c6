using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Comity.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Exchange.Areas.Exchange.Pages;

/// <summary>Upload a STIX bundle into a collection and see what became of each object.</summary>
[RequestSizeLimit(UploadBundle.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadBundle.MaxBytes + 64 * 1024)]
public sealed class UploadModel(ExchangeDb db, ExchangeCallers callers, ApiRoots roots, IngestObjects ingest) : PageModel
{
    [BindProperty]
    public Guid? Collection { get; set; }

    [BindProperty]
    public IFormFile? Bundle { get; set; }

    public IReadOnlyList<VisibleCollection> Writable { get; private set; } = [];

    public UploadResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? collection, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is null)
        {
            return Forbid();
        }
        Collection = collection ?? (Writable.Count > 0 ? Writable[0].Collection.Id : null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        await using var stream = Bundle?.OpenReadStream();
        var outcome = await UploadBundle.HandleAsync(caller, Collection, stream, Bundle?.Length ?? 0, Writable, ingest, cancellationToken);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.IsOk)
        {
            ModelState.Clear();
            ModelState.AddOutcomeErrors(outcome);
            return Page();
        }
        Result = outcome.Value;
        return Page();
    }

    private async Task<ExchangeCaller?> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        if (caller is null)
        {
            return null;
        }
        Writable = (await FindCollections.EverywhereAsync(db, roots, caller, cancellationToken)).Where(c => c.Access.CanWrite).ToList();
        return caller;
    }
}
