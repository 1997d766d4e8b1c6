using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Comity.Hygiene.Breaches;

/// <summary>
/// The installed SHA-1 and NTLM stores of one directory. <see cref="Refresh"/> opens a store file that is new or was
/// replaced by an import (another process renames a new file over it) and swaps it in; requests already reading the
/// old file keep it mapped until they finish. Register one instance as a singleton.
/// </summary>
internal sealed class BreachStores : IDisposable
{
    private readonly RangeStoreFile?[] current = new RangeStoreFile?[2];
    private readonly FileStamp?[] stamps = new FileStamp?[2];
    private readonly bool[] warnedMissing = new bool[2];
    private readonly Lock gate = new();
    private readonly ILogger logger;

    public BreachStores(string directory, ILogger<BreachStores>? logger = null)
    {
        Directory = directory;
        this.logger = logger ?? NullLogger<BreachStores>.Instance;
        Refresh();
    }

    public string Directory { get; }

    public string PathOf(HashKind kind) => Path.Combine(Directory, kind.StoreFileName());

    /// <summary>Takes a reference to the current store of a kind; false when none is installed. Dispose the lease promptly.</summary>
    public bool TryAcquire(HashKind kind, out RangeStoreLease lease)
    {
        while (true)
        {
            var file = Volatile.Read(ref current[(int)kind]);
            if (file is null)
            {
                lease = default;
                return false;
            }
            if (file.TryRetain())
            {
                lease = new RangeStoreLease(file);
                return true;
            }
            // Lost a race with a swap that released the last reference; the new file is already published.
        }
    }

    /// <summary>
    /// How often <paramref name="hash"/> appears in the installed store of its kind: 0 when it is not there, null when no
    /// store is installed. Reads the one bucket the range API would serve; the hash itself is neither kept nor logged.
    /// </summary>
    public int? CountOf(HashValue hash, HashKind kind)
    {
        if (!TryAcquire(kind, out var lease))
        {
            NoteMissing(kind);
            return null;
        }
        using (lease)
        {
            var bucket = hash.Bucket;
            var reader = new BucketReader(lease.File.Bucket(bucket), kind);
            while (reader.MoveNext())
            {
                var stored = RangeEncoding.Decode(bucket, reader.Current, kind);
                if (stored == hash)
                {
                    return reader.Count;
                }
                if (stored > hash)
                {
                    break;
                }
            }
            return 0;
        }
    }

    /// <summary>Installs <paramref name="file"/> (or none) for its kind and lets go of the one it replaces.</summary>
    public void Install(HashKind kind, RangeStoreFile? file)
    {
        if (file is not null && file.Kind != kind)
        {
            throw new ArgumentException($"{file.Path} holds {file.Kind.Name()} hashes, not {kind.Name()}.", nameof(file));
        }
        var old = Interlocked.Exchange(ref current[(int)kind], file);
        old?.Dispose();
    }

    /// <summary>Opens each store file whose size or modification time changed since the last look; returns whether any changed.</summary>
    public bool Refresh()
    {
        lock (gate)
        {
            var changed = false;
            foreach (var kind in (HashKind[])[HashKind.Sha1, HashKind.Ntlm])
            {
                changed |= RefreshKind(kind);
            }
            return changed;
        }
    }

    public void Dispose()
    {
        Install(HashKind.Sha1, null);
        Install(HashKind.Ntlm, null);
    }

    private bool RefreshKind(HashKind kind)
    {
        var info = new FileInfo(PathOf(kind));
        var stamp = info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        if (stamp == stamps[(int)kind])
        {
            return false;
        }
        if (stamp is null)
        {
            stamps[(int)kind] = null;
            Install(kind, null);
            logger.LogWarning("The {Kind} breached-password store is not installed at {Path}; range requests answer 503.", kind.Name(), info.FullName);
            return true;
        }
        try
        {
            var file = RangeStoreFile.Open(info.FullName);
            Install(kind, file);
            stamps[(int)kind] = stamp;
            logger.LogInformation("Serving {Count} {Kind} hashes from {Path}.", file.HashCount, kind.Name(), info.FullName);
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // Keep serving what we have; a half-copied file is retried on the next refresh.
            logger.LogError(e, "Could not open the {Kind} breached-password store at {Path}.", kind.Name(), info.FullName);
            return false;
        }
    }

    /// <summary>Logs once per kind that a request found no store, so the log is not flooded (and carries no prefix).</summary>
    internal void NoteMissing(HashKind kind)
    {
        if (!Volatile.Read(ref warnedMissing[(int)kind]))
        {
            Volatile.Write(ref warnedMissing[(int)kind], true);
            logger.LogWarning("A range request arrived but no {Kind} store is installed; answering 503 until one is imported.", kind.Name());
        }
    }

    private sealed record FileStamp(long Length, long LastWriteTicks);
}

/// <summary>A reference to a store file held for the length of one request.</summary>
internal readonly struct RangeStoreLease(RangeStoreFile file) : IDisposable
{
    public RangeStoreFile File { get; } = file;

    public void Dispose() => File?.Release();
}
