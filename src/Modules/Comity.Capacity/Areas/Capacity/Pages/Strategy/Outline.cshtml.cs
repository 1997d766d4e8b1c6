using Comity.Capacity.Data;
using Comity.Capacity.Strategy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Areas.Capacity.Pages.Strategy;

/// <summary>The strategy outline document laid out for reading, printing or saving as PDF; the Markdown download holds the same text.</summary>
public sealed class OutlineModel(CapacityDb db, CapacityCallers callers, IStringLocalizer<CapacityText> t, TimeProvider clock) : PageModel
{
    public StrategyResponse Strategy { get; private set; } = null!;

    public OutlineDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        if (await Strategies.GetAsync(caller, id, db, t, cancellationToken) is not { } strategy)
        {
            return NotFound();
        }
        Strategy = strategy;
        Document = Outline.Build(strategy, t, clock.GetUtcNow());
        return Page();
    }
}
