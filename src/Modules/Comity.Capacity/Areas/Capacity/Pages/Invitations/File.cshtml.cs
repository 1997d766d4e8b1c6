using Comity.Capacity.Data;
using Comity.Capacity.Evidence;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Capacity.Areas.Capacity.Pages.Invitations;

/// <summary>One of a signed-in respondent's own evidence files, reached as their answers are: through their invitation.</summary>
public sealed class FileModel(CapacityDb db, IAuditLog audit, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var respondent = await Assessment.Cycles.ByAccountAsync(User.UserId() ?? Guid.Empty, id, db, clock, cancellationToken);
        if (respondent is null || await EvidenceFiles.ForRespondentAsync(respondent, fileId, db, audit, cancellationToken) is not { } file)
        {
            return NotFound();
        }
        EvidenceFiles.SendPrivately(Response);
        return File(file.Bytes, file.MediaType, file.FileName);
    }
}
