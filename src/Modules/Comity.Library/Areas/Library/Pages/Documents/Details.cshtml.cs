using Comity.Library.Data;
using Comity.Library.Documents;
using Comity.Library.Indexing;
using Comity.Library.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Comity.Library.Areas.Library.Pages.Documents;

/// <summary>A document: its metadata, the download of the original file, the toolkits it is in, and documents like it.</summary>
public sealed class DetailsModel(LibraryDb db, LibraryIndexKeeper keeper) : PageModel
{
    public DocumentResponse Document { get; private set; } = null!;

    public IReadOnlyList<SearchHit> Similar { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title)> Toolkits { get; private set; } = [];

    public bool IsLibrarian { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindDocuments.GetAsync(id, db, cancellationToken) is not { } document)
        {
            return NotFound();
        }
        Document = document;
        IsLibrarian = LibraryCaller.From(User).IsLibrarian;
        Similar = await SearchLibrary.SimilarAsync(id, 5, db, keeper, cancellationToken);
        Toolkits = (await db.ToolkitEntries.AsNoTracking().Where(e => e.DocumentId == id)
                .Join(db.Toolkits, e => e.ToolkitId, t => t.Id, (e, t) => new { t.Id, t.Title })
                .ToListAsync(cancellationToken))
            .OrderBy(t => t.Title, StringComparer.CurrentCulture).Select(t => (t.Id, t.Title)).ToList();
        return Page();
    }
}
