using System.Globalization;
using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Capacity.Areas.Capacity.Pages.Invitations;

/// <summary>The questionnaire for a respondent who has a Comity account and is signed in.</summary>
public sealed class DetailsModel(CapacityDb db, IAuditLog audit, TimeProvider clock) : PageModel
{
    public AnswerFormView Form { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Assessment.Cycles.ByAccountAsync(User.UserId() ?? Guid.Empty, id, db, clock, cancellationToken) is not { } respondent)
        {
            return NotFound();
        }
        Form = await ViewAsync(respondent, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, bool finish, CancellationToken cancellationToken)
    {
        if (await Assessment.Cycles.ByAccountAsync(User.UserId() ?? Guid.Empty, id, db, clock, cancellationToken) is not { } respondent)
        {
            return NotFound();
        }
        var (_, model) = await Assessment.Cycles.QuestionnaireAsync(respondent, db, cancellationToken);
        var outcome = await Assessment.Cycles.AnswerAsync(respondent, AnswerForm.Read(Request.Form, model, finish), db, audit, clock, cancellationToken);
        if (outcome.IsOk)
        {
            Message = finish ? "Your answers are saved and sent. Thank you." : "Your answers are saved.";
            return Redirect(finish ? "/capacity" : $"/capacity/invitations/{id}");
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
