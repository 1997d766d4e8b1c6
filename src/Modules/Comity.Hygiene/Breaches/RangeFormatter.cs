using System.Buffers;
using System.Buffers.Text;

namespace Comity.Hygiene.Breaches;

/// <summary>
/// Writes a bucket as the Pwned Passwords range body: upper-case <c>SUFFIX:COUNT</c> lines separated by CRLF with no
/// CRLF after the last line, then any padding lines (random suffix, count 0) appended in the same form, as
/// HIBP's own padding worker appends them. Lines go straight into the writer's buffer; nothing is allocated per line.
/// </summary>
internal static class RangeFormatter
{
    /// <summary>Padding brings a response to at least this many lines …</summary>
    public const int PaddingFloor = 800;

    /// <summary>… and then adds 0 to this many more, chosen at random.</summary>
    public const int PaddingJitter = 200;

    private const int MaxLineBytes = 35 + 1 + 10 + 2;

    private static ReadOnlySpan<byte> Separator => "\r\n"u8;

    /// <summary>How many padding lines to add to a bucket of <paramref name="realLines"/> lines.</summary>
    public static int PaddingLines(int realLines, Random random) =>
        Math.Max(PaddingFloor - realLines, 0) + random.Next(PaddingJitter + 1);

    /// <summary>The bucket's line count and exact body length (without padding), in one pass over the entries.</summary>
    public static (int Lines, long Bytes) Measure(ReadOnlySpan<byte> bucket, HashKind kind)
    {
        var reader = new BucketReader(bucket, kind);
        var lines = 0;
        long bytes = 0;
        var perLine = kind.SuffixHexLength() + 1 + Separator.Length;
        while (reader.MoveNext())
        {
            lines++;
            bytes += perLine + Digits(reader.Count);
        }
        return (lines, lines == 0 ? 0 : bytes - Separator.Length);
    }

    /// <summary>The exact body length once <paramref name="paddingLines"/> padding lines are added.</summary>
    public static long PaddedLength(int lines, long bytes, int paddingLines, HashKind kind)
    {
        if (paddingLines == 0)
        {
            return bytes;
        }
        var paddingBytes = (long)paddingLines * (kind.SuffixHexLength() + 2 + Separator.Length);
        return lines == 0 ? paddingBytes - Separator.Length : bytes + paddingBytes;
    }

    public static void Write(IBufferWriter<byte> writer, ReadOnlySpan<byte> bucket, HashKind kind, int paddingLines, Random random)
    {
        var span = writer.GetSpan(4096);
        var used = 0;
        var first = true;
        var reader = new BucketReader(bucket, kind);
        while (reader.MoveNext())
        {
            Reserve(writer, ref span, ref used);
            used += WriteLine(span[used..], reader.Current, reader.Count, kind, first);
            first = false;
        }
        Span<byte> noise = stackalloc byte[RangeEncoding.FixedBytes(HashKind.Sha1)];
        noise = noise[..RangeEncoding.FixedBytes(kind)];
        for (var i = 0; i < paddingLines; i++)
        {
            Reserve(writer, ref span, ref used);
            random.NextBytes(noise);
            used += WriteLine(span[used..], noise, 0, kind, first);
            first = false;
        }
        writer.Advance(used);
    }

    private static void Reserve(IBufferWriter<byte> writer, ref Span<byte> span, ref int used)
    {
        if (span.Length - used < MaxLineBytes)
        {
            writer.Advance(used);
            span = writer.GetSpan(4096);
            used = 0;
        }
    }

    private static int WriteLine(Span<byte> destination, ReadOnlySpan<byte> entry, int count, HashKind kind, bool first)
    {
        var at = 0;
        if (!first)
        {
            Separator.CopyTo(destination);
            at = Separator.Length;
        }
        destination[at++] = Hex.Digit(entry[0]);
        var fixedBytes = RangeEncoding.FixedBytes(kind);
        Hex.Encode(entry[1..fixedBytes], destination[at..]);
        at += 2 * (fixedBytes - 1);
        destination[at++] = (byte)':';
        Utf8Formatter.TryFormat(count, destination[at..], out var written);
        return at + written;
    }

    private static int Digits(int count) => count switch
    {
        < 10 => 1,
        < 100 => 2,
        < 1_000 => 3,
        < 10_000 => 4,
        < 100_000 => 5,
        < 1_000_000 => 6,
        < 10_000_000 => 7,
        < 100_000_000 => 8,
        < 1_000_000_000 => 9,
        _ => 10,
    };
}
