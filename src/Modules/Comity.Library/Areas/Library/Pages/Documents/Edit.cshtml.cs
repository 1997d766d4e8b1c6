using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Library.Data;
using Comity.Library.Documents;
using Comity.Library.Indexing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Library.Areas.Library.Pages.Documents;

/// <summary>A librarian corrects a document's description, or removes the document from the library.</summary>
public sealed class EditModel(LibraryDb db, LibraryIndexKeeper keeper, IAuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DocumentForm Form { get; set; } = new();

    public DocumentResponse Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindDocuments.GetAsync(id, db, cancellationToken) is not { } document)
        {
            return NotFound();
        }
        Document = document;
        Form = DocumentForm.From(document);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindDocuments.GetAsync(id, db, cancellationToken) is not { } document)
        {
            return NotFound();
        }
        Document = document;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await ManageDocuments.EditAsync(LibraryCaller.From(User), id, Form.ToInput(), db, keeper, audit, clock, cancellationToken);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.IsOk)
        {
            ModelState.AddOutcomeErrors(outcome, "Form");
            return Page();
        }
        TempData["Message"] = "The description is saved.";
        return Redirect($"/library/documents/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await ManageDocuments.DeleteAsync(LibraryCaller.From(User), id, db, keeper, audit, clock, cancellationToken);
        return outcome.Kind switch
        {
            OutcomeKind.Forbidden => Forbid(),
            OutcomeKind.NotFound => NotFound(),
            _ => RedirectWithMessage(),
        };
    }

    private RedirectResult RedirectWithMessage()
    {
        TempData["Message"] = "The document is removed from the library.";
        return Redirect("/library");
    }
}
