using System.Runtime.InteropServices;

namespace Comity.Hygiene.Breaches;

/// <summary>
/// Builds a store file bucket by bucket, in prefix order, into a partial file next to the destination; only
/// <see cref="Commit"/> renames it over the destination, so a crash or an error leaves the old store as it was.
/// </summary>
internal sealed class RangeStoreWriter : IDisposable
{
    /// <summary>Suffix of the partial file while a store is being written.</summary>
    public const string PartialSuffix = ".partial";

    private readonly long[] offsets = new long[HashKinds.BucketCount + 1];
    private readonly FileStream stream;
    private readonly byte[] entryBuffer = new byte[RangeEncoding.MaxEntryBytes];
    private int nextBucket;
    private long position;
    private bool committed;

    public RangeStoreWriter(string destinationPath, HashKind kind)
    {
        DestinationPath = Path.GetFullPath(destinationPath);
        Kind = kind;
        Directory.CreateDirectory(Path.GetDirectoryName(DestinationPath)!);
        PartialPath = DestinationPath + PartialSuffix;
        stream = new FileStream(PartialPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        stream.Position = RangeStoreLayout.DataStart;
    }

    public string DestinationPath { get; }

    public string PartialPath { get; }

    public HashKind Kind { get; }

    public long HashCount { get; private set; }

    /// <summary>Closes every bucket before <paramref name="bucket"/> and opens it; buckets must come in increasing order.</summary>
    public void StartBucket(int bucket)
    {
        if (bucket < nextBucket - 1 || bucket >= HashKinds.BucketCount)
        {
            throw new InvalidOperationException($"Bucket {bucket:X5} is out of order.");
        }
        while (nextBucket <= bucket)
        {
            offsets[nextBucket++] = position;
        }
    }

    /// <summary>Appends one hash to the open bucket; hashes within a bucket must come in increasing order.</summary>
    public void Add(HashValue hash, int count)
    {
        var length = RangeEncoding.Encode(hash, count, Kind, entryBuffer);
        stream.Write(entryBuffer, 0, length);
        position += length;
        HashCount++;
    }

    /// <summary>Appends already-encoded entries (a bucket copied unchanged from another store of the same kind).</summary>
    public void AddEncoded(ReadOnlySpan<byte> entries, long hashCount)
    {
        stream.Write(entries);
        position += entries.Length;
        HashCount += hashCount;
    }

    /// <summary>Writes the header and offsets, flushes to disk, and renames the file over the destination.</summary>
    public long Commit(TimeProvider clock)
    {
        StartBucket(HashKinds.BucketCount - 1);
        offsets[HashKinds.BucketCount] = position;
        stream.Position = 0;
        Span<byte> header = stackalloc byte[RangeStoreLayout.HeaderBytes];
        RangeStoreLayout.WriteHeader(header, new RangeStoreHeader(Kind, HashCount, position, Random.Shared.NextInt64(), clock.GetUtcNow()));
        stream.Write(header);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Range stores are written on little-endian machines only.");
        }
        stream.Write(MemoryMarshal.AsBytes(offsets.AsSpan()));
        stream.Flush(flushToDisk: true);
        var length = stream.Length;
        stream.Dispose();
        File.Move(PartialPath, DestinationPath, overwrite: true);
        committed = true;
        return length;
    }

    public void Dispose()
    {
        stream.Dispose();
        if (!committed)
        {
            File.Delete(PartialPath);
        }
    }
}
