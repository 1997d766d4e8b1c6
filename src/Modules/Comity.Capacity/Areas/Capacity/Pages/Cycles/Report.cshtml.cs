using System.Globalization;
using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Identity.Organisations;
using Comity.Roster.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Capacity.Areas.Capacity.Pages.Cycles;

/// <summary>A cycle's results laid out for printing or saving as PDF from the browser.</summary>
public sealed class ReportModel(CapacityDb db, CapacityCallers callers, IOrganisationDirectory organisations, IAssistanceRequests roster) : PageModel
{
    public CycleResults Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var results = await Assessment.Results.ForAsync(caller, id, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, db, organisations, roster,
            cancellationToken);
        if (results is null)
        {
            return NotFound();
        }
        Results = results;
        return Page();
    }
}
