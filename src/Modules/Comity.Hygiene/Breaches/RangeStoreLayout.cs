using System.Buffers.Binary;

namespace Comity.Hygiene.Breaches;

/// <summary>
/// The store file: a 64-byte header, then 2^20 + 1 little-endian 64-bit bucket offsets (relative to the data area,
/// so bucket i is [offset[i], offset[i+1])), then the buckets back to back in prefix order.
/// </summary>
internal static class RangeStoreLayout
{
    public const int HeaderBytes = 64;

    public const int Version = 1;

    public const long OffsetTableBytes = (HashKinds.BucketCount + 1L) * sizeof(long);

    public const long DataStart = HeaderBytes + OffsetTableBytes;

    public static ReadOnlySpan<byte> Magic => "CMTYRNG\0"u8;

    public static void WriteHeader(Span<byte> header, RangeStoreHeader value)
    {
        header.Clear();
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], value.Kind.HashBytes());
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], value.HashCount);
        BinaryPrimitives.WriteInt64LittleEndian(header[24..], value.DataBytes);
        BinaryPrimitives.WriteInt64LittleEndian(header[32..], value.BuildId);
        BinaryPrimitives.WriteInt64LittleEndian(header[40..], value.Created.ToUnixTimeSeconds());
    }

    public static RangeStoreHeader ReadHeader(ReadOnlySpan<byte> header, string path)
    {
        if (header.Length < HeaderBytes || !header[..8].SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{path} is not a Comity range store.");
        }
        var version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (version != Version)
        {
            throw new InvalidDataException($"{path} is range store version {version}; this build reads version {Version}.");
        }
        var kind = BinaryPrimitives.ReadInt32LittleEndian(header[12..]) switch
        {
            20 => HashKind.Sha1,
            16 => HashKind.Ntlm,
            var other => throw new InvalidDataException($"{path} declares {other}-byte hashes."),
        };
        return new RangeStoreHeader(kind,
            BinaryPrimitives.ReadInt64LittleEndian(header[16..]),
            BinaryPrimitives.ReadInt64LittleEndian(header[24..]),
            BinaryPrimitives.ReadInt64LittleEndian(header[32..]),
            DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64LittleEndian(header[40..])));
    }
}

/// <summary>What a store file says about itself. <see cref="BuildId"/> is random per build and feeds the ETag.</summary>
internal sealed record RangeStoreHeader(HashKind Kind, long HashCount, long DataBytes, long BuildId, DateTimeOffset Created);
