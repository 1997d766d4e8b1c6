using System.Globalization;
using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Capacity.Model;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Comity.Kernel;
using Comity.Library;
using Comity.Roster.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Areas.Capacity.Pages.Cycles;

/// <summary>
/// One cycle for its focal point: invite respondents, settle disagreements, submit; then the stages, chart, gaps, comparison
/// and median, with a button on each gap that drafts a roster request.
/// </summary>
public sealed class DetailsModel(CapacityDb db, CapacityCallers callers, IOrganisationDirectory organisations, IPeopleDirectory people,
    IAssistanceRequests roster, IAuditLog audit, TimeProvider clock, ILibrarySearch library, IStringLocalizer<CapacityText> t) : PageModel
{
    public CycleResults Results { get; private set; } = null!;

    /// <summary>Library documents on each gap's topics, those about the country first; a gap without any shows no library section.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<LibraryResource>> Library { get; private set; } = new Dictionary<string, IReadOnlyList<LibraryResource>>();

    /// <summary>Each indicator's statement in the reader's language, for the list of evidence files.</summary>
    public IReadOnlyDictionary<string, string> Statements { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public StakeholderGroup? Group { get; set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? AnswerLink { get; set; }

    public static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await Assessment.Cycles.InviteAsync(caller, id, new InviteBody(Email, Group), db, people, audit, clock, t, cancellationToken);
        if (outcome.IsOk)
        {
            Message = outcome.Value!.AnswerLink is null ? "The respondent has a Comity account and will find the assessment under Capacity."
                : "Send this one-time answering link to the respondent; it is shown only now.";
            AnswerLink = outcome.Value.AnswerLink is { } link ? $"{Request.Scheme}://{Request.Host}{link}" : null;
            return Redirect($"/capacity/cycles/{id}#respondents");
        }
        return await FailAsync(id, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostSettleAsync(Guid id, string indicator, AnswerValue value, string? note, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await Assessment.Cycles.ConsolidateAsync(caller, id, new ConsolidateBody([new ConsolidateItem(indicator, value, note)]), db, audit,
            t, cancellationToken);
        return outcome.IsOk ? Done(id, "The answer is settled.", "disagreements") : await FailAsync(id, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await Assessment.Cycles.SubmitAsync(caller, id, db, audit, clock, t, cancellationToken);
        return outcome.IsOk ? Done(id, "The assessment is submitted; its results are final.", "results") : await FailAsync(id, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostConsentAsync(Guid id, bool consent, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await Assessment.Cycles.SetConsentAsync(caller, id, new ConsentBody(consent), db, audit, cancellationToken);
        return outcome.IsOk ? Done(id, consent ? "This assessment now counts towards the regional median." : "This assessment no longer counts towards the regional median.", "")
            : await FailAsync(id, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostRequestHelpAsync(Guid id, string factor, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await Assessment.Results.RequestHelpAsync(caller, User, id, factor, db, roster, audit, clock, t, cancellationToken);
        if (outcome.IsOk)
        {
            return Redirect($"/roster/requests/{outcome.Value!.Request.Id}");
        }
        return await FailAsync(id, outcome, cancellationToken);
    }

    private RedirectResult Done(Guid id, string message, string anchor)
    {
        Message = message;
        return Redirect($"/capacity/cycles/{id}{(anchor.Length > 0 ? "#" + anchor : "")}");
    }

    private async Task<IActionResult> FailAsync<T>(Guid id, Outcome<T> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Kind == OutcomeKind.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        ModelState.AddOutcomeErrors(outcome);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        if (await Assessment.Results.ForAsync(caller, id, Culture, db, organisations, roster, cancellationToken) is not { } results)
        {
            return false;
        }
        Results = results;
        var model = await db.ModelVersions.AsNoTracking().SingleAsync(v => v.Number == results.Cycle.ModelNumber, cancellationToken);
        Statements = model.Content.Indicators.ToDictionary(i => i.Code, i => i.Text.In(Culture));
        var found = new Dictionary<string, IReadOnlyList<LibraryResource>>();
        foreach (var gap in results.Gaps)
        {
            found[gap.Factor] = await library.ForTopicAsync(new LibraryTopicQuery(FactorTopics.Of(gap.Dimension, gap.Factor), results.Cycle.Country, Culture, 3),
                cancellationToken);
        }
        Library = found;
        return true;
    }
}
