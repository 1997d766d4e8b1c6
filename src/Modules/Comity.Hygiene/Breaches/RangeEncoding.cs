namespace Comity.Hygiene.Breaches;

/// <summary>
/// How one hash is stored inside its bucket. The 20-bit prefix is implied by the bucket, which leaves 17.5 bytes of a
/// SHA-1 (13.5 of an NT hash): the first stored byte carries the half-byte of hash in its low nibble and the count in
/// its high nibble when the count is below 15; otherwise the nibble is 15 and a LEB128 varint of (count − 15) follows.
/// So a SHA-1 takes 18 bytes when its count is under 15 and 19–22 above, an NT hash 4 bytes fewer.
/// </summary>
internal static class RangeEncoding
{
    private const int InlineCountLimit = 15;

    /// <summary>Longest encoding of one entry: fixed part plus a five-byte varint.</summary>
    public const int MaxEntryBytes = 18 + 5;

    /// <summary>The fixed part of an entry: the hash minus its first two bytes (prefix nibble shared with the count).</summary>
    public static int FixedBytes(HashKind kind) => kind.HashBytes() - 2;

    public static int Encode(HashValue hash, int count, HashKind kind, Span<byte> destination)
    {
        Span<byte> bytes = stackalloc byte[20];
        var hashBytes = kind.HashBytes();
        hash.WriteBytes(bytes, hashBytes);
        var nibble = count < InlineCountLimit ? count : InlineCountLimit;
        destination[0] = (byte)((nibble << 4) | (bytes[2] & 0xF));
        bytes[3..hashBytes].CopyTo(destination[1..]);
        var written = hashBytes - 2;
        if (count >= InlineCountLimit)
        {
            var rest = (uint)(count - InlineCountLimit);
            while (rest >= 0x80)
            {
                destination[written++] = (byte)(rest | 0x80);
                rest >>= 7;
            }
            destination[written++] = (byte)rest;
        }
        return written;
    }

    /// <summary>Reads the entry at the start of <paramref name="data"/>; returns its length, or -1 if it is cut short.</summary>
    public static int Read(ReadOnlySpan<byte> data, int fixedBytes, out int count)
    {
        count = 0;
        if (data.Length < fixedBytes)
        {
            return -1;
        }
        var nibble = data[0] >> 4;
        if (nibble < InlineCountLimit)
        {
            count = nibble;
            return fixedBytes;
        }
        uint value = 0;
        var shift = 0;
        for (var i = fixedBytes; i < data.Length && shift < 35; i++, shift += 7)
        {
            value |= (uint)(data[i] & 0x7F) << shift;
            if (data[i] < 0x80)
            {
                count = (int)Math.Min(value + InlineCountLimit, int.MaxValue);
                return i + 1;
            }
        }
        return -1;
    }

    /// <summary>Rebuilds the full hash of an entry from its bucket number and fixed part.</summary>
    public static HashValue Decode(int bucket, ReadOnlySpan<byte> entry, HashKind kind)
    {
        Span<byte> bytes = stackalloc byte[20];
        var hashBytes = kind.HashBytes();
        bytes[0] = (byte)(bucket >> 12);
        bytes[1] = (byte)(bucket >> 4);
        bytes[2] = (byte)(((bucket & 0xF) << 4) | (entry[0] & 0xF));
        entry[1..(hashBytes - 2)].CopyTo(bytes[3..]);
        return HashValue.FromBytes(bytes[..hashBytes]);
    }
}

/// <summary>Walks the entries of one bucket in stored (hash) order without allocating.</summary>
internal ref struct BucketReader(ReadOnlySpan<byte> data, HashKind kind)
{
    private readonly ReadOnlySpan<byte> data = data;
    private readonly int fixedBytes = RangeEncoding.FixedBytes(kind);
    private int position;

    /// <summary>The fixed part of the current entry (see <see cref="RangeEncoding"/>).</summary>
    public ReadOnlySpan<byte> Current { get; private set; }

    public int Count { get; private set; }

    public bool MoveNext()
    {
        if (position >= data.Length)
        {
            return false;
        }
        var length = RangeEncoding.Read(data[position..], fixedBytes, out var count);
        if (length < 0)
        {
            throw new InvalidDataException("A range store bucket ends inside an entry; the file is damaged.");
        }
        Current = data.Slice(position, fixedBytes);
        Count = count;
        position += length;
        return true;
    }
}
