using System.Numerics;
using System.Runtime.InteropServices;

namespace Comity.Exchange.Lookup;

/// <summary>
/// 64-bit hashes of index keys. The low four bits of a text key's hash are its kind, so equal hashes imply equal
/// kinds; the top bits pick the shard, the middle ones the probe-filter word. Not randomised: the index holds
/// curated indicators, and an attacker who crafts colliding queries only slows their own batch.
/// </summary>
internal static class KeyHash
{
    private const ulong K1 = 0x9E3779B97F4A7C15;
    private const ulong K2 = 0xC2B2AE3D27D4EB4F;

    public static ulong Text(ObservableKind kind, ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        var h = ((ulong)kind * K1) ^ ((ulong)bytes.Length * K2);
        while (bytes.Length >= 8)
        {
            h = BitOperations.RotateLeft(h ^ (MemoryMarshal.Read<ulong>(bytes) * K2), 29) * K1;
            bytes = bytes[8..];
        }
        if (!bytes.IsEmpty)
        {
            ulong tail = 0;
            for (var i = bytes.Length - 1; i >= 0; i--)
            {
                tail = (tail << 8) | bytes[i];
            }
            h = BitOperations.RotateLeft(h ^ (tail * K2), 29) * K1;
        }
        return (Avalanche(h) & ~0xFUL) | (byte)kind;
    }

    public static ulong Address(ulong high, ulong low, int prefix) =>
        Avalanche((BitOperations.RotateLeft(high * K1, 31) ^ low) * K2 + (ulong)prefix) & ~0xFUL;

    /// <summary>The finaliser of MurmurHash3.</summary>
    private static ulong Avalanche(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCD;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53;
        return h ^ (h >> 33);
    }
}
