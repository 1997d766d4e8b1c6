using Comity.Library.Data;
using Comity.Library.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Library.Areas.Library.Pages.Documents;

/// <summary>The original file for a browser session, byte for byte, as an attachment (the API serves programs the same bytes).</summary>
public sealed class FileModel(LibraryDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindDocuments.DownloadAsync(id, db, cancellationToken) is not { } file)
        {
            return NotFound();
        }
        // An uploaded HTML page must never run in Comity's origin: it is a download, and the browser may not guess otherwise.
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
