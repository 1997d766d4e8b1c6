using Comity.Identity.Audit;
using Comity.Identity.Notifications;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Deployments;
using Comity.Roster.Matching;
using Comity.Roster.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Roster.Areas.Roster.Pages.Requests;

/// <summary>One request: its details, and what the caller's role can do next (triage, match, approve, start, rate…).</summary>
public sealed class DetailsModel(RosterDb db, RosterCallers callers, IOrganisationDirectory organisations, IAuditLog audit,
    INotifications notifications, TimeProvider clock)
    : PageModel
{
    public RosterCaller Caller { get; private set; } = null!;

    public RequestResponse Item { get; private set; } = null!;

    public IReadOnlyList<DeploymentResponse> Deployments { get; private set; } = [];

    public ProposalView? Proposal { get; private set; }

    /// <summary>The proposed experts and the best runners-up, side by side.</summary>
    public IReadOnlyList<ComparedCandidate> Comparison { get; private set; } = [];

    public IReadOnlyList<OrganisationResponse> OtherCentres { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<string, string> SkillNames { get; private set; } = new Dictionary<string, string>();

    public bool IsCoordinator => Caller.CoordinatedCentre == Item.CentreId;

    public bool IsRequester => Caller.FilingOrganisation == Item.RequestingOrganisationId;

    [BindProperty]
    public MatchWeights Weights { get; set; } = MatchWeights.Default;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, c => ManageRequests.SubmitAsync(c, id, db, audit, clock, cancellationToken), "The request has been sent to the centre.", cancellationToken);

    public Task<IActionResult> OnPostTriageAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, c => ManageRequests.TriageAsync(c, id, db, audit, clock, cancellationToken), "The request is triaged and ready for matching.",
            cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, c => ManageRequests.CancelAsync(c, id, db, audit, clock, cancellationToken), "The request is cancelled.", cancellationToken);

    public Task<IActionResult> OnPostReferAsync(Guid id, Guid centreId, CancellationToken cancellationToken) =>
        ActAsync(id, c => ManageRequests.ReferAsync(c, id, new ReferRequestBody(centreId), db, organisations, audit, clock, cancellationToken),
            "The request has been referred to the other centre.", cancellationToken);

    public Task<IActionResult> OnPostMatchAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, c => RunMatching.HandleAsync(c, new MatchRunBody([id], Weights), db, audit, clock, cancellationToken),
            "Matching has run: the proposal is below.", cancellationToken);

    public Task<IActionResult> OnPostPinAsync(Guid id, Guid expertId, bool exclude, CancellationToken cancellationToken) =>
        ActAsync(id, async c =>
        {
            var current = await ManageRequests.GetAsync(c, id, db, cancellationToken);
            if (current is null)
            {
                return Outcome<RequestResponse>.NotFound();
            }
            var pinned = current.PinnedExperts.Where(e => e != expertId).ToList();
            var excluded = current.ExcludedExperts.Where(e => e != expertId).ToList();
            (exclude ? excluded : pinned).Add(expertId);
            return await ManageRequests.PinAsync(c, id, new PinsBody(pinned, excluded), db, audit, clock, cancellationToken);
        }, exclude ? "The expert is excluded; run matching again." : "The expert is pinned; run matching again.", cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, c => DeploymentLifecycle.ApproveAsync(c, id, db, audit, notifications, clock, cancellationToken), "Offers have gone to the proposed experts.",
            cancellationToken);

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, c => DeploymentLifecycle.StartAsync(c, id, db, audit, clock, cancellationToken), "The deployment has started.", cancellationToken);

    public Task<IActionResult> OnPostRateAsync(Guid id, Guid deploymentId, int? rating, string? feedback, CancellationToken cancellationToken) =>
        ActAsync(id, c => DeploymentLifecycle.RateAsync(c, deploymentId, new Evaluation(rating, feedback), db, audit, clock, cancellationToken),
            "Thank you: your rating is recorded.", cancellationToken);

    private async Task<IActionResult> ActAsync<T>(Guid id, Func<RosterCaller, Task<Outcome<T>>> action, string success, CancellationToken cancellationToken)
    {
        var outcome = await action(await callers.ForAsync(User, cancellationToken));
        if (outcome.Kind is OutcomeKind.NotFound or OutcomeKind.Forbidden)
        {
            return NotFound();
        }
        if (outcome.IsOk)
        {
            Message = success;
            return Redirect($"/roster/requests/{id}");
        }
        ModelState.AddOutcomeErrors(outcome);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Caller = await callers.ForAsync(User, cancellationToken);
        var item = await ManageRequests.GetAsync(Caller, id, db, cancellationToken);
        if (item is null)
        {
            return false;
        }
        Item = item;
        Deployments = await DeploymentLifecycle.ListAsync(Caller, id, db, cancellationToken);
        if (IsCoordinator)
        {
            Proposal = await RunMatching.ProposalAsync(Caller, id, db, cancellationToken);
            Comparison = Proposal is null ? [] : await CompareCandidates.ForAsync(Proposal, Item, db, clock, cancellationToken);
            OtherCentres = (await organisations.CentresAsync(cancellationToken)).Where(c => c.Id != Item.CentreId).ToList();
        }
        Names = await organisations.NamesAsync([Item.CentreId, Item.RequestingOrganisationId], cancellationToken);
        SkillNames = await Skills.SkillEndpoints.NamesAsync(db, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            cancellationToken);
        return true;
    }
}
