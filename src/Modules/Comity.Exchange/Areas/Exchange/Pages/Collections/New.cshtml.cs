using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Exchange.Areas.Exchange.Pages.Collections;

/// <summary>Create a collection: the handler of POST /api/v1/exchange/collections.</summary>
public sealed class NewModel(ExchangeDb db, ExchangeCallers callers, ApiRoots roots, IOrganisationDirectory organisations, IAuditLog audit,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public CollectionForm Form { get; set; } = new();

    public CollectionFormView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is null)
        {
            return Forbid();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        var outcome = await ManageCollections.CreateAsync(caller, Form.ToBody(), db, roots, organisations, audit, clock, cancellationToken);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.IsOk)
        {
            ModelState.Clear();
            ModelState.AddOutcomeErrors(outcome, "Form");
            return Page();
        }
        return Redirect($"/exchange/collections/{outcome.Value!.Id}");
    }

    private async Task<ExchangeCaller?> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        if (caller is null)
        {
            return null;
        }
        var managed = (await roots.AllAsync(cancellationToken)).Where(caller.ManagesCollectionsOf).ToList();
        View = new CollectionFormView(Form, true, managed, await organisations.ActiveAsync(cancellationToken));
        return caller;
    }
}
