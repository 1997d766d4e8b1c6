using Comity.Library.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Library.Documents;

/// <summary>Reading documents: metadata, the original file, and short lists for pickers.</summary>
public static class FindDocuments
{
    public static async Task<DocumentResponse?> GetAsync(Guid id, LibraryDb db, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is { } document
            ? DocumentResponse.From(document)
            : null;

    /// <summary>The original bytes exactly as they were uploaded, under the cleaned file name.</summary>
    public static async Task<DocumentDownload?> DownloadAsync(Guid id, LibraryDb db, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.FileName, d.ContentType })
            .SingleOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return null;
        }
        var content = await db.Files.AsNoTracking().Where(f => f.DocumentId == id).Select(f => f.Content).SingleAsync(cancellationToken);
        return new DocumentDownload(document.FileName, document.ContentType, content);
    }
}
