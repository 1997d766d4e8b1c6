using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Comity.Hygiene.Breaches;

/// <summary>Upper-case hex over UTF-8 bytes, table-driven because it runs once per byte of every response and import line.</summary>
internal static class Hex
{
    private static ReadOnlySpan<byte> Digits => "0123456789ABCDEF"u8;

    private static readonly sbyte[] Values = BuildValues();

    /// <summary>Both digits of each byte value as one little-endian 16-bit store: half the writes of a digit table.</summary>
    private static readonly ushort[] Pairs = BuildPairs();

    public static byte Digit(int nibble) => Digits[nibble & 0xF];

    /// <summary>The nibble value of a hex digit (either case), or -1.</summary>
    public static int Value(byte c) => Values[c];

    /// <summary>Writes two digits per byte; <paramref name="destination"/> must hold 2 × source.Length bytes.</summary>
    public static void Encode(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, 2 * source.Length, nameof(destination));
        ref var pairs = ref MemoryMarshal.GetArrayDataReference(Pairs);
        ref var output = ref MemoryMarshal.GetReference(destination);
        for (var i = 0; i < source.Length; i++)
        {
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref output, 2 * i), Unsafe.Add(ref pairs, source[i]));
        }
    }

    private static ushort[] BuildPairs()
    {
        var pairs = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            pairs[i] = BitConverter.IsLittleEndian
                ? (ushort)(Digits[i >> 4] | (Digits[i & 0xF] << 8))
                : (ushort)((Digits[i >> 4] << 8) | Digits[i & 0xF]);
        }
        return pairs;
    }

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[256];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < 10; i++)
        {
            values['0' + i] = (sbyte)i;
        }
        for (var i = 0; i < 6; i++)
        {
            values['A' + i] = (sbyte)(10 + i);
            values['a' + i] = (sbyte)(10 + i);
        }
        return values;
    }
}
