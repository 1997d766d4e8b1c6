using Comity.Capacity.Data;
using Comity.Capacity.Strategy;
using Comity.Identity.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Areas.Capacity.Pages.Strategy;

/// <summary>A strategy at a glance: the five phases with their progress, the assessment it draws from, and its own fields.</summary>
public sealed class OverviewModel(CapacityDb db, CapacityCallers callers, IStringLocalizer<CapacityText> t, IAuditLog audit, TimeProvider clock) : PageModel
{
    public StrategyResponse Strategy { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEditAsync(Guid id, int? version, string? title, int? targetStage, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await Strategies.EditAsync(caller, id, new EditStrategyBody(version, title ?? "", targetStage, null, null), db, audit, clock,
            cancellationToken);
        return await Done(id, outcome, "The strategy is saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostSyncAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await Strategies.SyncAsync(caller, id, db, audit, clock, cancellationToken);
        return await Done(id, outcome, "The objectives now follow the latest assessment; nothing you wrote was changed.", cancellationToken);
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await Strategies.ArchiveAsync(caller, id, db, audit, clock, cancellationToken);
        return await Done(id, outcome, "This edition is archived. You can start the next one.", cancellationToken);
    }

    private Task<IActionResult> Done<T>(Guid id, Kernel.Outcome<T> outcome, string message, CancellationToken cancellationToken) =>
        this.AnswerAsync(outcome, message, $"/capacity/strategy/{id}", () => LoadAsync(id, cancellationToken), t);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        Strategy = (await Strategies.GetAsync(caller, id, db, t, cancellationToken))!;
        return Strategy is not null;
    }
}
