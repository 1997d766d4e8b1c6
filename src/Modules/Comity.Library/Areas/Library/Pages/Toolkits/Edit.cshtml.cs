using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Library.Data;
using Comity.Library.Toolkits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Library.Areas.Library.Pages.Toolkits;

/// <summary>A librarian changes a toolkit's description and documents, or deletes it (its documents stay in the library).</summary>
public sealed class EditModel(LibraryDb db, IAuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ToolkitForm Form { get; set; } = new();

    public ToolkitFormView View { get; private set; } = null!;

    public Guid Id { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await ManageToolkits.GetAsync(id, db, cancellationToken) is not { } toolkit)
        {
            return NotFound();
        }
        Id = id;
        Form = ToolkitForm.From(toolkit);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        if (ModelState.IsValid)
        {
            var outcome = await ManageToolkits.EditAsync(LibraryCaller.From(User), id, Form.ToInput(), db, audit, clock, cancellationToken);
            switch (outcome.Kind)
            {
                case OutcomeKind.Forbidden:
                    return Forbid();
                case OutcomeKind.NotFound:
                    return NotFound();
                case OutcomeKind.Ok:
                    TempData["Message"] = "The toolkit is saved.";
                    return Redirect($"/library/toolkits/{id}");
                default:
                    ModelState.AddOutcomeErrors(outcome, "Form");
                    break;
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await ManageToolkits.DeleteAsync(LibraryCaller.From(User), id, db, audit, cancellationToken);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        TempData["Message"] = "The toolkit is deleted; its documents stay in the library.";
        return Redirect("/library/toolkits");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        View = new ToolkitFormView(Form, await Form.CandidatesAsync(db, cancellationToken), "Save the toolkit");
}
