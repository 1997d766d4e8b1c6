using Comity.Library.Data;
using Comity.Library.Documents;
using Comity.Library.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Comity.Library.Indexing;

/// <summary>
/// This node's full-text index, on disk, kept in step with the database. The database is the truth: the index records
/// the last change-log entry it applied, and before each use reads the entries after it (written by any node) and
/// applies them. A missing index, one written under another schema, or one that disagrees with the database is rebuilt
/// from the documents. Several nodes on one database each keep their own index this way.
/// </summary>
public sealed class LibraryIndexKeeper(string path, ILogger<LibraryIndexKeeper>? logger = null) : IDisposable
{
    private const int Batch = 500;
    private const string LockFile = "comity-node.lock";
    private readonly SemaphoreSlim gate = new(1, 1);
    private LibraryIndex? index;
    private FileStream? nodeLock;
    private bool checkedAgainstDatabase;

    /// <summary>The index directory.</summary>
    public string Path { get; } = path;

    /// <summary>The index, brought up to date with every change committed before this call.</summary>
    internal async Task<LibraryIndex> CurrentAsync(LibraryDb db, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var current = OpenLocked();
            if (current.Position is null)
            {
                await RebuildLockedAsync(current, db, "there is no index yet", cancellationToken);
            }
            await CatchUpLockedAsync(current, db, cancellationToken);
            if (!checkedAgainstDatabase)
            {
                // Once per process: an index copied from elsewhere, or left behind by a replaced database, is not trusted.
                var top = await db.Changes.MaxAsync(c => (long?)c.Seq, cancellationToken) ?? 0;
                var documents = await db.Documents.CountAsync(cancellationToken);
                if (current.Position > top || current.Count != documents)
                {
                    await RebuildLockedAsync(current, db, $"it holds {current.Count} documents at position {current.Position}, the database {documents} at {top}",
                        cancellationToken);
                }
                checkedAgainstDatabase = true;
            }
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Rebuilds the index from every document in the database; returns how many were indexed.</summary>
    public async Task<int> RebuildAsync(LibraryDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var current = OpenLocked();
            var count = await RebuildLockedAsync(current, db, "a rebuild was asked for", cancellationToken);
            checkedAgainstDatabase = true;
            return count;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        index?.Dispose();
        nodeLock?.Dispose();
        gate.Dispose();
    }

    /// <summary>
    /// Opens the index once, holding a lock file beside it for as long as this keeper lives: Lucene's own lock does not keep
    /// a second process (the command line next to a running web host) from writing the same directory.
    /// </summary>
    private LibraryIndex OpenLocked()
    {
        if (index is not null)
        {
            return index;
        }
        Directory.CreateDirectory(Path);
        try
        {
            nodeLock ??= new FileStream(System.IO.Path.Combine(Path, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new LibraryIndexInUseException($"Another process holds the library index in {Path}.", e);
        }
        return index = LibraryIndex.Open(Path);
    }

    private async Task CatchUpLockedAsync(LibraryIndex current, LibraryDb db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var from = current.Position ?? 0;
            var changes = await db.Changes.AsNoTracking().Where(c => c.Seq > from).OrderBy(c => c.Seq).Take(Batch)
                .Select(c => new { c.Seq, c.DocumentId, c.Kind }).ToListAsync(cancellationToken);
            if (changes.Count == 0)
            {
                return;
            }
            if (changes.Any(c => c.Kind == ChangeKind.Rebuild))
            {
                await RebuildLockedAsync(current, db, "the change log asks for a rebuild", cancellationToken);
                continue;
            }
            var ids = changes.Where(c => c.DocumentId is not null).Select(c => c.DocumentId!.Value).Distinct().ToList();
            var found = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
            var deleted = ids.Except(found.Select(d => d.Id)).Select(id => id.ToString()).ToList();
            current.Apply(found.Select(ToIndexed), deleted, changes[^1].Seq);
        }
    }

    private async Task<int> RebuildLockedAsync(LibraryIndex current, LibraryDb db, string reason, CancellationToken cancellationToken)
    {
        // The position is read before the documents: a change committed meanwhile is applied again afterwards, which is harmless.
        var top = await db.Changes.MaxAsync(c => (long?)c.Seq, cancellationToken) ?? 0;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // Streamed rather than loaded: a large library's text does not fit in memory at once.
        var count = current.Rebuild(db.Documents.AsNoTracking().OrderBy(d => d.Id).AsEnumerable().Select(ToIndexed), top, cancellationToken);
        logger?.LogInformation("Rebuilt the library index at {Path} because {Reason}: {Count} documents in {Seconds:0.0} s", Path, reason, count,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return count;
    }

    internal static LibraryDocument ToIndexed(Document document) => new(
        document.Id.ToString(),
        document.Title,
        document.Text,
        new LibraryMetadata(document.Language, document.Type, document.Countries, document.Region, document.Topics, document.Year, document.Publisher,
            document.Licence));
}

/// <summary>Another process on this machine (usually the web host) has the index directory open.</summary>
public sealed class LibraryIndexInUseException : IOException
{
    public LibraryIndexInUseException()
    {
    }

    public LibraryIndexInUseException(string message)
        : base(message)
    {
    }

    public LibraryIndexInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
