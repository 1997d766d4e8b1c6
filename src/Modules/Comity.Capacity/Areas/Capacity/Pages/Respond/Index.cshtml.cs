using System.Globalization;
using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Capacity.Areas.Capacity.Pages.Respond;

/// <summary>The questionnaire behind a one-time answering link, for respondents without a Comity account.</summary>
public sealed class IndexModel(CapacityDb db, IAuditLog audit, TimeProvider clock) : PageModel
{
    public AnswerFormView? Form { get; private set; }

    public bool Finished { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (await Assessment.Cycles.ByTokenAsync(token, db, clock, cancellationToken) is not { } respondent)
        {
            return Page();
        }
        Form = await ViewAsync(respondent, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, bool finish, CancellationToken cancellationToken)
    {
        if (await Assessment.Cycles.ByTokenAsync(token, db, clock, cancellationToken) is not { } respondent)
        {
            return Page();
        }
        var (_, model) = await Assessment.Cycles.QuestionnaireAsync(respondent, db, cancellationToken);
        var outcome = await Assessment.Cycles.AnswerAsync(respondent, AnswerForm.Read(Request.Form, model, finish), db, audit, clock, cancellationToken);
        if (outcome.IsOk && finish)
        {
            Finished = true;
            return Page();
        }
        ModelState.AddOutcomeErrors(outcome);
        Form = await ViewAsync(respondent, cancellationToken);
        return Page();
    }

    private async Task<AnswerFormView> ViewAsync(Respondent respondent, CancellationToken cancellationToken)
    {
        var (cycle, model) = await Assessment.Cycles.QuestionnaireAsync(respondent, db, cancellationToken);
        return new AnswerFormView(cycle.Title, cycle.Country, respondent.Group, model, AnswerForm.Current(respondent),
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
    }
}
