using Comity.Hygiene.Content;
using Comity.Hygiene.Data;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Manage.Content;

/// <summary>Campaign managers see every page per language with its review status, and send, approve or return pages.</summary>
public sealed class IndexModel(HygieneDb db, IAuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ContentResponse> Pages { get; private set; } = [];

    public string? Language { get; private set; }

    public string? Message { get; private set; }

    public Guid Me => User.UserId() ?? Guid.Empty;

    public async Task OnGetAsync(string? language, CancellationToken cancellationToken)
    {
        Language = Languages.IsSupported(language) ? language : null;
        Pages = await ManageContent.ListAsync(Language, db, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? step, string? language, CancellationToken cancellationToken)
    {
        var outcome = step switch
        {
            "submit" => await ManageContent.SubmitAsync(id, db, audit, clock, cancellationToken),
            "approve" => await ManageContent.ApproveAsync(id, Me, db, audit, clock, cancellationToken),
            "send-back" => await ManageContent.SendBackAsync(id, db, audit, clock, cancellationToken),
            _ => Outcome<ContentResponse>.Invalid("step", "Unknown step."),
        };
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!outcome.IsOk)
        {
            Message = string.Join(" ", outcome.Errors.SelectMany(e => e.Value));
            Response.StatusCode = StatusCodes.Status409Conflict;
            await OnGetAsync(language, cancellationToken);
            return Page();
        }
        return RedirectToPage(new { language });
    }
}
