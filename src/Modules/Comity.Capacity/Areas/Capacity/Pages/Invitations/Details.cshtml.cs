using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Capacity.Evidence;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Comity.Capacity.Areas.Capacity.Pages.Invitations;

/// <summary>The questionnaire for a respondent who has a Comity account and is signed in.</summary>
public sealed class DetailsModel(CapacityDb db, IOptions<EvidenceOptions> limits, IAuditLog audit, TimeProvider clock, IStringLocalizer<CapacityText> t)
    : PageModel
{
    public AnswerFormView Form { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public static string FilesPath(Guid id) => $"/capacity/invitations/{id}/files";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Assessment.Cycles.ByAccountAsync(User.UserId() ?? Guid.Empty, id, db, clock, cancellationToken) is not { } respondent)
        {
            return NotFound();
        }
        Form = await AnswerForm.ViewAsync(respondent, null, FilesPath(id), db, limits.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, bool finish, CancellationToken cancellationToken)
    {
        if (await Assessment.Cycles.ByAccountAsync(User.UserId() ?? Guid.Empty, id, db, clock, cancellationToken) is not { } respondent)
        {
            return NotFound();
        }
        var (_, model) = await Assessment.Cycles.QuestionnaireAsync(respondent, db, cancellationToken);
        var answers = AnswerForm.Read(Request.Form, model, finish);
        var outcome = await Assessment.Cycles.AnswerAsync(respondent, answers, AnswerForm.Evidence(Request.Form), db, limits.Value, audit, clock, t,
            cancellationToken);
        if (outcome.IsOk)
        {
            Message = finish ? "Your answers are saved and sent. Thank you." : "Your answers are saved.";
            return Redirect(finish ? "/capacity" : $"/capacity/invitations/{id}");
        }
        ModelState.AddOutcomeErrors(outcome);
        Form = await AnswerForm.ViewAsync(respondent, answers, FilesPath(id), db, limits.Value, cancellationToken);
        return Page();
    }
}
