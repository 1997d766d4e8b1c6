using Comity.Capacity.Data;
using Comity.Capacity.Strategy;
using Comity.Identity.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Areas.Capacity.Pages.Strategy;

/// <summary>The strategies the reader may follow, and for a focal point without one in progress, starting their country's.</summary>
public sealed class IndexModel(CapacityDb db, CapacityCallers callers, IStringLocalizer<CapacityText> t, IAuditLog audit, TimeProvider clock) : PageModel
{
    public CapacityCaller Caller { get; private set; } = null!;

    public IReadOnlyList<StrategySummary> Strategies { get; private set; } = [];

    [BindProperty]
    public string? NewTitle { get; set; }

    [BindProperty]
    public int TargetStage { get; set; } = 3;

    /// <summary>Whether the reader may start a strategy now: a focal point whose country has none in progress.</summary>
    public bool CanStart => Caller.Country is { } country && !Strategies.Any(s => s.Country == country && s.Status == StrategyStatus.Active);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await Comity.Capacity.Strategy.Strategies.StartAsync(caller, new StartStrategyBody(NewTitle, TargetStage), db, audit, clock,
            cancellationToken);
        return await this.AnswerAsync(outcome, "The strategy is started.", outcome.IsOk ? $"/capacity/strategy/{outcome.Value!.Id}" : "", async () =>
        {
            await LoadAsync(cancellationToken);
            return true;
        }, t);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Caller = await callers.ForAsync(User, cancellationToken);
        Strategies = await Comity.Capacity.Strategy.Strategies.ListAsync(Caller, db, cancellationToken);
    }
}
