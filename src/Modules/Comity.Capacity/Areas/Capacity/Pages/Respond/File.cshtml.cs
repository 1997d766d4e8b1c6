using Comity.Capacity.Data;
using Comity.Capacity.Evidence;
using Comity.Identity.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Capacity.Areas.Capacity.Pages.Respond;

/// <summary>One of the evidence files sent through an answering link, for the holder of that link while it still opens the questionnaire.</summary>
public sealed class FileModel(CapacityDb db, IAuditLog audit, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token, Guid fileId, CancellationToken cancellationToken)
    {
        var respondent = await Assessment.Cycles.ByTokenAsync(token, db, clock, cancellationToken);
        if (respondent is null || await EvidenceFiles.ForRespondentAsync(respondent, fileId, db, audit, cancellationToken) is not { } file)
        {
            return NotFound();
        }
        EvidenceFiles.SendPrivately(Response);
        return File(file.Bytes, file.MediaType, file.FileName);
    }
}
