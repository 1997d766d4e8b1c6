using Comity.Capacity.Data;
using Comity.Capacity.Evidence;
using Comity.Identity.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Capacity.Areas.Capacity.Pages.Cycles;

/// <summary>An evidence file of a cycle, for a focal point of its country, as a download (the API serves programs the same bytes).</summary>
public sealed class FileModel(CapacityDb db, CapacityCallers callers, IAuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        if (await EvidenceFiles.ForReaderAsync(caller, id, fileId, db, audit, cancellationToken) is not { } file)
        {
            return NotFound();
        }
        EvidenceFiles.SendPrivately(Response);
        return File(file.Bytes, file.MediaType, file.FileName);
    }
}
