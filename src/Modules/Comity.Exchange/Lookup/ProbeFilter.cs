namespace Comity.Exchange.Lookup;

/// <summary>
/// A blocked Bloom filter over key hashes (two bits in one 64-bit word, 12 to 24 bits per key) that lets the 99 %
/// of queries that miss skip the shard tables. It only ever gains bits, so the single writer sets them in place
/// before publishing a snapshot: a reader of any snapshot sharing this filter sees a superset of its keys.
/// Removed keys leave stale bits until the index rebuilds the filter.
/// </summary>
internal sealed class ProbeFilter
{
    private const int BitsPerKey = 12;

    private readonly ulong[] words;
    private readonly int mask;

    public ProbeFilter(int expectedKeys)
    {
        var wanted = Math.Max(1024L, (long)expectedKeys * BitsPerKey / 64);
        var size = (int)Math.Min(1L << 28, (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)wanted));
        words = new ulong[size];
        mask = size - 1;
    }

    /// <summary>How many additions the filter takes before its false-positive rate passes its design point.</summary>
    public int DesignKeys => words.Length * 64 / BitsPerKey;

    public long Bytes => words.Length * sizeof(ulong);

    public bool MayContain(ulong hash)
    {
        var bits = Bits(hash);
        return (words[(int)(hash >> 16) & mask] & bits) == bits;
    }

    /// <summary>Writer only; a torn read is impossible because a word is written whole.</summary>
    public void Add(ulong hash) => words[(int)(hash >> 16) & mask] |= Bits(hash);

    private static ulong Bits(ulong hash) => (1UL << (int)(hash >> 4)) | (1UL << (int)(hash >> 10));
}
