using Comity.Capacity.Data;
using Comity.Capacity.Strategy;
using Comity.Identity.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Areas.Capacity.Pages.Strategy;

/// <summary>The strategic objectives, each with its measurable target and its actions: the strategy's action plan.</summary>
public sealed class ObjectivesModel(CapacityDb db, CapacityCallers callers, IStringLocalizer<CapacityText> t, IAuditLog audit, TimeProvider clock)
    : PageModel
{
    public StrategyResponse Strategy { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostObjectiveAsync(Guid id, Guid objectiveId, int? version, string? title, string? factor, int? targetStage,
        string? measure, ObjectiveStatus? status, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await EditPlan.UpdateObjectiveAsync(caller, id, objectiveId, new ObjectiveBody(version, title, factor, targetStage, measure, status), db,
            t, audit, clock, cancellationToken);
        return await Done(id, outcome, "The objective is saved.", $"objective-{objectiveId}", cancellationToken);
    }

    public async Task<IActionResult> OnPostNewObjectiveAsync(Guid id, string? title, string? factor, int? targetStage, string? measure,
        CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await EditPlan.AddObjectiveAsync(caller, id, new NewObjectiveBody(title, factor, targetStage, measure), db, t, audit, clock,
            cancellationToken);
        return await Done(id, outcome, "The objective is added.", outcome.IsOk ? $"objective-{outcome.Value!.Id}" : "", cancellationToken);
    }

    public async Task<IActionResult> OnPostActionAsync(Guid id, Guid actionId, int? version, string? text, string? owner, string? start, string? due,
        ActionStatus? status, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await EditPlan.UpdateActionAsync(caller, id, actionId, new ActionBody(version, text, owner, start, due, status), db, audit, clock,
            cancellationToken);
        return await Done(id, outcome, "The action is saved.", $"action-{actionId}", cancellationToken);
    }

    public async Task<IActionResult> OnPostNewActionAsync(Guid id, Guid objectiveId, string? text, string? owner, string? start, string? due,
        CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await EditPlan.AddActionAsync(caller, id, objectiveId, new NewActionBody(text, owner, start, due), db, audit, clock, cancellationToken);
        return await Done(id, outcome, "The action is added.", outcome.IsOk ? $"action-{outcome.Value!.Id}" : "", cancellationToken);
    }

    private Task<IActionResult> Done<T>(Guid id, Kernel.Outcome<T> outcome, string message, string anchor, CancellationToken cancellationToken) =>
        this.AnswerAsync(outcome, message, $"/capacity/strategy/{id}/objectives#{anchor}", () => LoadAsync(id, cancellationToken), t);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        Strategy = (await Strategies.GetAsync(caller, id, db, t, cancellationToken))!;
        return Strategy is not null;
    }
}
