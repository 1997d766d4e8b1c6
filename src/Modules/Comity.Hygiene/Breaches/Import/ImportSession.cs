namespace Comity.Hygiene.Breaches.Import;

/// <summary>
/// Collects one bucket of imported hashes at a time, sorts it when the input was not sorted, and merges it with the
/// same bucket of the existing store into the writer. Buckets the input does not mention are copied over unchanged.
/// </summary>
internal sealed class ImportSession(HashKind kind, RangeStoreFile? existing, RangeStoreWriter writer)
{
    private ImportedHash[] pending = new ImportedHash[1024];
    private int pendingCount;
    private bool sorted = true;
    private int nextToWrite;
    private string currentFile = "";

    public HashKind Kind { get; } = kind;

    /// <summary>The bucket being collected, or -1 before the first.</summary>
    public int Bucket { get; private set; } = -1;

    public long HashesRead { get; private set; }

    public long Added { get; private set; }

    public long Updated { get; private set; }

    public void Open(int bucket, string file)
    {
        Close();
        CopyUntouched(bucket);
        Bucket = bucket;
        currentFile = file;
    }

    public void Add(HashValue hash, int count, long line)
    {
        if (count == 0)
        {
            // A padded download carries random count-0 lines; they are not hashes.
            return;
        }
        HashesRead++;
        if (pendingCount == pending.Length)
        {
            Array.Resize(ref pending, pending.Length * 2);
        }
        if (pendingCount > 0 && hash <= pending[pendingCount - 1].Hash)
        {
            sorted = false;
        }
        pending[pendingCount++] = new ImportedHash(hash, count, line);
    }

    /// <summary>Sorts, checks and merges the collected bucket into the writer.</summary>
    public void Close()
    {
        if (Bucket < 0 || Bucket < nextToWrite - 1 || (Bucket == nextToWrite - 1 && pendingCount == 0))
        {
            return;
        }
        var items = pending.AsSpan(0, pendingCount);
        if (!sorted)
        {
            items.Sort(static (x, y) => x.Hash.CompareTo(y.Hash));
        }
        for (var i = 1; i < items.Length; i++)
        {
            if (items[i].Hash == items[i - 1].Hash)
            {
                throw new BreachImportException(currentFile, Math.Max(items[i].Line, items[i - 1].Line),
                    $"hash {items[i].Hash.ToHex(Kind)} appears twice (also on line {Math.Min(items[i].Line, items[i - 1].Line)})");
            }
        }
        writer.StartBucket(Bucket);
        Merge(items, existing is null ? default : existing.Bucket(Bucket));
        nextToWrite = Bucket + 1;
        pendingCount = 0;
        sorted = true;
    }

    /// <summary>Copies the existing store's remaining buckets once the input is exhausted.</summary>
    public void Finish()
    {
        Close();
        CopyUntouched(HashKinds.BucketCount);
    }

    private void Merge(ReadOnlySpan<ImportedHash> items, ReadOnlySpan<byte> old)
    {
        var reader = new BucketReader(old, Kind);
        var i = 0;
        var haveOld = reader.MoveNext();
        var oldHash = haveOld ? RangeEncoding.Decode(Bucket, reader.Current, Kind) : default;
        while (i < items.Length || haveOld)
        {
            var c = !haveOld ? 1 : i == items.Length ? -1 : oldHash.CompareTo(items[i].Hash);
            if (c < 0)
            {
                writer.Add(oldHash, reader.Count);
            }
            else
            {
                writer.Add(items[i].Hash, items[i].Count);
                if (c == 0)
                {
                    Updated++;
                }
                else
                {
                    Added++;
                }
                i++;
            }
            if (c <= 0)
            {
                haveOld = reader.MoveNext();
                oldHash = haveOld ? RangeEncoding.Decode(Bucket, reader.Current, Kind) : default;
            }
        }
    }

    private void CopyUntouched(int upTo)
    {
        if (existing is null)
        {
            nextToWrite = Math.Max(nextToWrite, upTo);
            return;
        }
        for (; nextToWrite < upTo; nextToWrite++)
        {
            var data = existing.Bucket(nextToWrite);
            if (data.IsEmpty)
            {
                continue;
            }
            var reader = new BucketReader(data, Kind);
            long count = 0;
            while (reader.MoveNext())
            {
                count++;
            }
            writer.StartBucket(nextToWrite);
            writer.AddEncoded(data, count);
        }
    }

    private readonly record struct ImportedHash(HashValue Hash, int Count, long Line);
}
