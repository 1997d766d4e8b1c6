using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Deployments;
using Comity.Roster.Experts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Roster.Areas.Roster.Pages.Mine;

/// <summary>An expert's own page: their profile as the centre sees it, offers to answer, deployments to report on.</summary>
public sealed class IndexModel(RosterDb db, RosterCallers callers, IAuditLog audit, TimeProvider clock) : PageModel
{
    public ExpertResponse? Profile { get; private set; }

    public IReadOnlyList<DeploymentResponse> Deployments { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(Guid deploymentId, bool accept, string? reason, CancellationToken cancellationToken) =>
        ActAsync(c => DeploymentLifecycle.RespondAsync(c, deploymentId, new OfferAnswer(accept, reason), db, audit, clock, cancellationToken),
            accept ? "You accepted the offer." : "You declined the offer; the centre will look for someone else.", cancellationToken);

    public Task<IActionResult> OnPostReportAsync(Guid deploymentId, string? report, CancellationToken cancellationToken) =>
        ActAsync(c => DeploymentLifecycle.ReportAsync(c, deploymentId, new AfterActionReport(report), db, audit, clock, cancellationToken),
            "Your after-action report is filed.", cancellationToken);

    private async Task<IActionResult> ActAsync<T>(Func<RosterCaller, Task<Outcome<T>>> action, string success, CancellationToken cancellationToken)
    {
        var outcome = await action(await callers.ForAsync(User, cancellationToken));
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (outcome.IsOk)
        {
            Message = success;
            return RedirectToPage();
        }
        ModelState.AddOutcomeErrors(outcome);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        Profile = await FindExperts.MineAsync(caller, db, cancellationToken);
        Deployments = await DeploymentLifecycle.ListAsync(caller, null, db, cancellationToken);
    }
}
