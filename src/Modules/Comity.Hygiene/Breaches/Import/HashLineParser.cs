namespace Comity.Hygiene.Breaches.Import;

/// <summary>
/// Parses the downloader's lines: <c>HASH:COUNT</c> in the single-file output, <c>SUFFIX:COUNT</c> in a
/// <c>{prefix}.txt</c> range file (the prefix then comes from the file name). Hex is accepted in either case.
/// </summary>
internal static class HashLineParser
{
    /// <summary>
    /// Parses one line; returns null on success, otherwise what is wrong with it. <c>prefix</c> is the range file's
    /// bucket, or -1 when the line carries the whole hash.
    /// </summary>
    public static string? Parse(ReadOnlySpan<byte> line, HashKind kind, int prefix, out HashValue hash, out int count)
    {
        hash = default;
        count = 0;
        var digits = prefix < 0 ? kind.HashHexLength() : kind.SuffixHexLength();
        if (line.Length < digits + 2 || line[digits] != (byte)':')
        {
            return prefix < 0
                ? $"expected {digits} hex digits, a colon and a count (HASH:COUNT)"
                : $"expected {digits} hex digits, a colon and a count (SUFFIX:COUNT)";
        }
        ulong a = 0, b = 0;
        uint c = 0;
        var n = 0;
        if (prefix >= 0)
        {
            for (var shift = 16; shift >= 0; shift -= 4)
            {
                Push((prefix >> shift) & 0xF, ref a, ref b, ref c, ref n);
            }
        }
        var bad = 0;
        foreach (var ch in line[..digits])
        {
            var v = Hex.Value(ch);
            bad |= v;
            Push(v & 0xF, ref a, ref b, ref c, ref n);
        }
        if (bad < 0)
        {
            return "the hash is not hexadecimal";
        }
        var countText = line[(digits + 1)..];
        if (countText.Length > 10)
        {
            return "the count is too large";
        }
        long value = 0;
        foreach (var ch in countText)
        {
            var d = ch - (byte)'0';
            if ((uint)d > 9)
            {
                return "the count is not a whole number";
            }
            value = (value * 10) + d;
        }
        if (value > int.MaxValue)
        {
            return "the count is too large";
        }
        hash = new HashValue(new UInt128(a, b), c);
        count = (int)value;
        return null;
    }

    private static void Push(int nibble, ref ulong a, ref ulong b, ref uint c, ref int n)
    {
        if (n < 16)
        {
            a = (a << 4) | (uint)nibble;
        }
        else if (n < 32)
        {
            b = (b << 4) | (uint)nibble;
        }
        else
        {
            c = (c << 4) | (uint)nibble;
        }
        n++;
    }
}
