using Comity.Hygiene.Content;
using Comity.Hygiene.Data;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Manage.Content;

/// <summary>Writes the draft of one page in one language, with a preview of how visitors will see it.</summary>
public sealed class EditModel(HygieneDb db, IAuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PageForm Form { get; set; } = new();

    public string? PreviewHtml { get; private set; }

    public sealed class PageForm
    {
        public string Kind { get; set; } = "lesson";

        public string? Key { get; set; }

        public string Language { get; set; } = "en";

        public string? Title { get; set; }

        public string? Summary { get; set; }

        public string? Body { get; set; }
    }

    public async Task OnGetAsync(string? kind, string? key, string? language, CancellationToken cancellationToken)
    {
        Form.Kind = kind ?? "lesson";
        Form.Key = key;
        Form.Language = Languages.IsSupported(language) ? language! : "en";
        if (Enum.TryParse<ContentKind>(kind, true, out var k) && key is not null)
        {
            var page = await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Kind == k && p.Key == key && p.Language == Form.Language, cancellationToken);
            if (page is not null)
            {
                (Form.Title, Form.Summary, Form.Body) = (page.DraftTitle, page.DraftSummary, page.DraftBody);
                PreviewHtml = MarkdownText.ToHtml(page.DraftBody);
            }
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await ManageContent.SaveAsync(new SaveContentRequest(Form.Kind, Form.Key, Form.Language, Form.Title, Form.Summary, Form.Body),
            User.UserId()!.Value, db, audit, clock, cancellationToken);
        if (!outcome.IsOk)
        {
            ModelState.AddOutcomeErrors(outcome, "Form");
            return Page();
        }
        return Redirect($"/hygiene/content/edit?kind={outcome.Value!.Kind}&key={outcome.Value.Key}&language={outcome.Value.Language}");
    }
}
