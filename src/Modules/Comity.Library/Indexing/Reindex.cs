using Comity.Identity.Audit;
using Comity.Library.Data;
using Comity.Library.Documents;

namespace Comity.Library.Indexing;

/// <summary>What <c>comity library reindex</c> did.</summary>
/// <param name="RebuiltHere">False when another process (a web host on this machine) holds the index; it rebuilds on its next library request.</param>
/// <param name="Documents">Documents indexed here; 0 when <paramref name="RebuiltHere"/> is false.</param>
/// <param name="Path">This node's index directory.</param>
/// <param name="Elapsed">How long the command took.</param>
public sealed record ReindexResult(bool RebuiltHere, int Documents, string Path, TimeSpan Elapsed);

/// <summary>
/// Rebuilds the search index from the database. A rebuild entry in the change log makes every node rebuild its own index
/// at its next library request; the index of this node is rebuilt at once unless a running web host holds it.
/// </summary>
public static class Reindex
{
    public static async Task<ReindexResult> RunAsync(LibraryDb db, LibraryIndexKeeper keeper, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keeper);
        var started = clock.GetTimestamp();
        await LibraryChanges.SaveAsync(db, audit, new AuditEvent("library.reindex-requested", "library-index", "all", keeper.Path),
            [(null, ChangeKind.Rebuild)], clock.GetUtcNow(), cancellationToken);
        try
        {
            var count = await keeper.RebuildAsync(db, cancellationToken);
            return new ReindexResult(true, count, keeper.Path, clock.GetElapsedTime(started));
        }
        catch (LibraryIndexInUseException)
        {
            return new ReindexResult(false, 0, keeper.Path, clock.GetElapsedTime(started));
        }
    }
}
