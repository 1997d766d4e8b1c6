using Comity.Capacity.Data;
using Comity.Capacity.Strategy;
using Comity.Identity.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Areas.Capacity.Pages.Strategy;

/// <summary>
/// One phase's checklist: each item its own small form (done, owner, due date, notes) so it works without JavaScript and
/// saves only what was touched. Stocktaking also shows the assessment's results; production holds the vision and principles.
/// </summary>
public sealed class PhaseModel(CapacityDb db, CapacityCallers callers, IStringLocalizer<CapacityText> t, IAuditLog audit, TimeProvider clock) : PageModel
{
    public StrategyResponse Strategy { get; private set; } = null!;

    public PhaseResponse Phase { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string phase, CancellationToken cancellationToken) =>
        await LoadAsync(id, phase, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostItemAsync(Guid id, string phase, Guid itemId, int? version, bool done, string? owner, string? due, string? notes,
        CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await EditChecklist.UpdateAsync(caller, id, itemId, new ItemBody(version, done, owner, due, notes), db, t, audit, clock,
            cancellationToken);
        return await Done(id, phase, outcome, "The item is saved.", $"item-{itemId}", cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, string phase, string? text, string? owner, string? due, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await EditChecklist.AddAsync(caller, id, phase, new NewItemBody(text, owner, due, null), db, audit, clock, cancellationToken);
        return await Done(id, phase, outcome, "The item is added.", outcome.IsOk ? $"item-{outcome.Value!.Id}" : "", cancellationToken);
    }

    public async Task<IActionResult> OnPostVisionAsync(Guid id, string phase, int? version, string? vision, string? principles,
        CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await Strategies.EditAsync(caller, id, new EditStrategyBody(version, null, null, vision ?? "", principles ?? ""), db, audit, clock,
            cancellationToken);
        return await Done(id, phase, outcome, "The vision and principles are saved.", "vision", cancellationToken);
    }

    private Task<IActionResult> Done<T>(Guid id, string phase, Kernel.Outcome<T> outcome, string message, string anchor,
        CancellationToken cancellationToken) =>
        this.AnswerAsync(outcome, message, $"/capacity/strategy/{id}/phases/{phase}#{anchor}", () => LoadAsync(id, phase, cancellationToken), t);

    private async Task<bool> LoadAsync(Guid id, string phase, CancellationToken cancellationToken)
    {
        if (Checklists.Parse(phase) is not { } known)
        {
            return false;
        }
        var caller = await callers.ForAsync(User, cancellationToken);
        if (await Strategies.GetAsync(caller, id, db, t, cancellationToken) is not { } strategy)
        {
            return false;
        }
        Strategy = strategy;
        Phase = strategy.Phase(known);
        return true;
    }
}
