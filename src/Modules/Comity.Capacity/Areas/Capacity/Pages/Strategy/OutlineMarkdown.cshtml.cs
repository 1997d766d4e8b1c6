using Comity.Capacity.Data;
using Comity.Capacity.Strategy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Areas.Capacity.Pages.Strategy;

/// <summary>The outline as a Markdown file for a signed-in browser; the API serves the same file to API keys.</summary>
public sealed class OutlineMarkdownModel(CapacityDb db, CapacityCallers callers, IStringLocalizer<CapacityText> t, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        if (await Strategies.GetAsync(caller, id, db, t, cancellationToken) is not { } strategy)
        {
            return NotFound();
        }
        var file = Outline.Download(strategy, t, clock.GetUtcNow());
        return File(file.Content, file.ContentType, file.FileName);
    }
}
