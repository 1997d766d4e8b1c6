using System.Buffers.Binary;

namespace Comity.Hygiene.Breaches;

/// <summary>
/// A SHA-1 (160-bit) or NT (128-bit) hash as two big-endian integers, so that ordering by value is hex order.
/// NT hashes leave <see cref="Low"/> at zero.
/// </summary>
internal readonly record struct HashValue(UInt128 High, uint Low) : IComparable<HashValue>
{
    /// <summary>The range bucket: the hash's first 20 bits, i.e. its 5-hex prefix.</summary>
    public int Bucket => (int)(High >> 108);

    public int CompareTo(HashValue other)
    {
        var c = High.CompareTo(other.High);
        return c != 0 ? c : Low.CompareTo(other.Low);
    }

    public static bool operator <(HashValue left, HashValue right) => left.CompareTo(right) < 0;

    public static bool operator >(HashValue left, HashValue right) => left.CompareTo(right) > 0;

    public static bool operator <=(HashValue left, HashValue right) => left.CompareTo(right) <= 0;

    public static bool operator >=(HashValue left, HashValue right) => left.CompareTo(right) >= 0;

    public static HashValue FromBytes(ReadOnlySpan<byte> hash)
    {
        var high = BinaryPrimitives.ReadUInt128BigEndian(hash);
        var low = hash.Length > 16 ? BinaryPrimitives.ReadUInt32BigEndian(hash[16..]) : 0u;
        return new HashValue(high, low);
    }

    /// <summary>Writes the first <paramref name="hashBytes"/> bytes (20 or 16) of the hash.</summary>
    public void WriteBytes(Span<byte> destination, int hashBytes)
    {
        BinaryPrimitives.WriteUInt128BigEndian(destination, High);
        if (hashBytes > 16)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[16..], Low);
        }
    }

    public string ToHex(HashKind kind)
    {
        Span<byte> bytes = stackalloc byte[20];
        WriteBytes(bytes, kind.HashBytes());
        return Convert.ToHexString(bytes[..kind.HashBytes()]);
    }
}
