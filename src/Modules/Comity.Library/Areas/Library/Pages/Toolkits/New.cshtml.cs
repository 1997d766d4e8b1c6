using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Library.Data;
using Comity.Library.Toolkits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Library.Areas.Library.Pages.Toolkits;

/// <summary>A librarian starts a toolkit on a topic.</summary>
public sealed class NewModel(LibraryDb db, IAuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ToolkitForm Form { get; set; } = new();

    public ToolkitFormView View { get; private set; } = null!;

    public async Task OnGetAsync(string? topic, CancellationToken cancellationToken)
    {
        Form.Topic = topic;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await ManageToolkits.CreateAsync(LibraryCaller.From(User), Form.ToInput(), db, audit, clock, cancellationToken);
            if (outcome.Kind == OutcomeKind.Forbidden)
            {
                return Forbid();
            }
            if (outcome.IsOk)
            {
                TempData["Message"] = "The toolkit is saved.";
                return Redirect($"/library/toolkits/{outcome.Value!.Id}/edit");
            }
            ModelState.AddOutcomeErrors(outcome, "Form");
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        View = new ToolkitFormView(Form, string.IsNullOrEmpty(Form.Topic) ? [] : await Form.CandidatesAsync(db, cancellationToken), "Create the toolkit");
}
