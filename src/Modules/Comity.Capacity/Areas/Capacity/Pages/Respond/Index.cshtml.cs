using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Capacity.Evidence;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Comity.Capacity.Areas.Capacity.Pages.Respond;

/// <summary>The questionnaire behind a one-time answering link, for respondents without a Comity account.</summary>
public sealed class IndexModel(CapacityDb db, IOptions<EvidenceOptions> limits, IAuditLog audit, TimeProvider clock, IStringLocalizer<CapacityText> t)
    : PageModel
{
    public AnswerFormView? Form { get; private set; }

    public bool Finished { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public static string FilesPath(string token) => $"/capacity/respond/{token}/files";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (await Assessment.Cycles.ByTokenAsync(token, db, clock, cancellationToken) is not { } respondent)
        {
            return Page();
        }
        Form = await AnswerForm.ViewAsync(respondent, null, FilesPath(token), db, limits.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, bool finish, CancellationToken cancellationToken)
    {
        if (await Assessment.Cycles.ByTokenAsync(token, db, clock, cancellationToken) is not { } respondent)
        {
            return Page();
        }
        var (_, model) = await Assessment.Cycles.QuestionnaireAsync(respondent, db, cancellationToken);
        var answers = AnswerForm.Read(Request.Form, model, finish);
        var outcome = await Assessment.Cycles.AnswerAsync(respondent, answers, AnswerForm.Evidence(Request.Form), db, limits.Value, audit, clock, t,
            cancellationToken);
        if (outcome.IsOk && finish)
        {
            Finished = true;
            return Page();
        }
        if (outcome.IsOk)
        {
            // Back to the page by GET, so that reloading it does not send the answers and files again.
            Message = "Your answers are saved.";
            return Redirect($"/capacity/respond/{token}");
        }
        ModelState.AddOutcomeErrors(outcome);
        Form = await AnswerForm.ViewAsync(respondent, answers, FilesPath(token), db, limits.Value, cancellationToken);
        return Page();
    }
}
