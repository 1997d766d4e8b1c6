using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Exchange.Areas.Exchange.Pages.Collections;

/// <summary>Change a collection: the handler of PUT /api/v1/exchange/collections/{id}.</summary>
public sealed class EditModel(ExchangeDb db, ExchangeCallers callers, ApiRoots roots, IOrganisationDirectory organisations, IAuditLog audit,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public CollectionForm Form { get; set; } = new();

    public CollectionFormView View { get; private set; } = null!;

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(User, cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        var current = (await ManageCollections.ListAsync(caller, db, roots, cancellationToken)).FirstOrDefault(c => c.Id == id);
        var root = current is null ? null : await roots.FindAsync(current.ApiRoot, cancellationToken);
        if (current is null || root is null || !caller.ManagesCollectionsOf(root))
        {
            return NotFound();
        }
        Form = CollectionForm.From(current);
        Saved = saved;
        View = new CollectionFormView(Form, false, [root], await organisations.ActiveAsync(cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(User, cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        var outcome = await ManageCollections.UpdateAsync(caller, id, Form.ToBody(), db, roots, organisations, audit, clock, cancellationToken);
        switch (outcome.Kind)
        {
            case OutcomeKind.Forbidden:
                return Forbid();
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Ok:
                return Redirect($"/exchange/collections/{id}?saved=true");
        }
        ModelState.Clear();
        ModelState.AddOutcomeErrors(outcome, "Form");
        View = new CollectionFormView(Form, false, [], await organisations.ActiveAsync(cancellationToken));
        return Page();
    }
}
