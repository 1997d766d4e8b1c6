using System.Buffers.Binary;
using System.Numerics;

namespace Comity.Hygiene.Breaches;

/// <summary>
/// MD4 (RFC 1320), which .NET does not ship. Used only to compute NT hashes for Pwned Passwords' NTLM mode; MD4 is
/// broken as a cryptographic hash and must not be used for anything else.
/// </summary>
internal static class Md4
{
    public const int HashBytes = 16;

    public static byte[] Hash(ReadOnlySpan<byte> message)
    {
        var digest = new byte[HashBytes];
        Hash(message, digest);
        return digest;
    }

    public static void Hash(ReadOnlySpan<byte> message, Span<byte> digest)
    {
        uint a = 0x67452301, b = 0xefcdab89, c = 0x98badcfe, d = 0x10325476;
        Span<uint> x = stackalloc uint[16];
        var full = message.Length / 64;
        for (var block = 0; block < full; block++)
        {
            Compress(message.Slice(block * 64, 64), x, ref a, ref b, ref c, ref d);
        }
        // Padding: a 1 bit, zeros to 56 mod 64, then the bit length as 64-bit little-endian; one or two final blocks.
        Span<byte> tail = stackalloc byte[128];
        tail.Clear();
        var rest = message[(full * 64)..];
        rest.CopyTo(tail);
        tail[rest.Length] = 0x80;
        var tailLength = rest.Length < 56 ? 64 : 128;
        BinaryPrimitives.WriteUInt64LittleEndian(tail[(tailLength - 8)..], (ulong)message.Length * 8);
        for (var offset = 0; offset < tailLength; offset += 64)
        {
            Compress(tail.Slice(offset, 64), x, ref a, ref b, ref c, ref d);
        }
        BinaryPrimitives.WriteUInt32LittleEndian(digest, a);
        BinaryPrimitives.WriteUInt32LittleEndian(digest[4..], b);
        BinaryPrimitives.WriteUInt32LittleEndian(digest[8..], c);
        BinaryPrimitives.WriteUInt32LittleEndian(digest[12..], d);
    }

    private static void Compress(ReadOnlySpan<byte> block, Span<uint> x, ref uint a, ref uint b, ref uint c, ref uint d)
    {
        for (var i = 0; i < 16; i++)
        {
            x[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(4 * i)..]);
        }
        uint aa = a, bb = b, cc = c, dd = d;

        // Round 1: F(x,y,z) = xy ∨ ¬xz, words in order, shifts 3 7 11 19.
        for (var i = 0; i < 16; i += 4)
        {
            a = BitOperations.RotateLeft(a + F(b, c, d) + x[i], 3);
            d = BitOperations.RotateLeft(d + F(a, b, c) + x[i + 1], 7);
            c = BitOperations.RotateLeft(c + F(d, a, b) + x[i + 2], 11);
            b = BitOperations.RotateLeft(b + F(c, d, a) + x[i + 3], 19);
        }

        // Round 2: G = majority, words by column (0 4 8 12, 1 5 9 13, …), constant √2, shifts 3 5 9 13.
        const uint Root2 = 0x5a827999;
        for (var i = 0; i < 4; i++)
        {
            a = BitOperations.RotateLeft(a + G(b, c, d) + x[i] + Root2, 3);
            d = BitOperations.RotateLeft(d + G(a, b, c) + x[i + 4] + Root2, 5);
            c = BitOperations.RotateLeft(c + G(d, a, b) + x[i + 8] + Root2, 9);
            b = BitOperations.RotateLeft(b + G(c, d, a) + x[i + 12] + Root2, 13);
        }

        // Round 3: H = parity, words in bit-reversed order (0 8 4 12, 2 10 6 14, 1 9 5 13, 3 11 7 15), constant √3.
        const uint Root3 = 0x6ed9eba1;
        ReadOnlySpan<int> order = [0, 2, 1, 3];
        foreach (var i in order)
        {
            a = BitOperations.RotateLeft(a + H(b, c, d) + x[i] + Root3, 3);
            d = BitOperations.RotateLeft(d + H(a, b, c) + x[i + 8] + Root3, 9);
            c = BitOperations.RotateLeft(c + H(d, a, b) + x[i + 4] + Root3, 11);
            b = BitOperations.RotateLeft(b + H(c, d, a) + x[i + 12] + Root3, 15);
        }

        a += aa;
        b += bb;
        c += cc;
        d += dd;
    }

    private static uint F(uint x, uint y, uint z) => (x & y) | (~x & z);

    private static uint G(uint x, uint y, uint z) => (x & y) | (x & z) | (y & z);

    private static uint H(uint x, uint y, uint z) => x ^ y ^ z;
}
