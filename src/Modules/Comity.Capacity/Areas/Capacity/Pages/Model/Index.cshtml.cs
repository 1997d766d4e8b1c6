using System.Globalization;
using Comity.Capacity.Data;
using Comity.Capacity.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Capacity.Areas.Capacity.Pages.Model;

/// <summary>The current maturity model, readable by everyone signed in, with its version history.</summary>
public sealed class IndexModel(CapacityDb db) : PageModel
{
    public ModelVersion Current { get; private set; } = null!;

    public IReadOnlyList<ModelVersionSummary> Versions { get; private set; } = [];

    public static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ManageModel.CurrentAsync(db, cancellationToken) is not { } current)
        {
            return NotFound();
        }
        Current = current;
        Versions = await ManageModel.ListAsync(db, cancellationToken);
        return Page();
    }
}
