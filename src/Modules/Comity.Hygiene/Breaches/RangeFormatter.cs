using System.Buffers;
using System.Buffers.Text;

namespace Comity.Hygiene.Breaches;

/// <summary>
/// Writes a bucket as the Pwned Passwords range body: upper-case <c>SUFFIX:COUNT</c> lines separated by CRLF with no
/// CRLF after the last line, then any padding lines (random suffix, count 0) appended in the same form, as
/// HIBP's own padding worker appends them. Lines go straight into the writer's buffer; nothing is allocated per line.
/// One pass: the writers return what they wrote, so the caller sets Content-Length afterwards instead of measuring first.
/// </summary>
internal static class RangeFormatter
{
    /// <summary>Padding brings a response to at least this many lines …</summary>
    public const int PaddingFloor = 800;

    /// <summary>… and then adds 0 to this many more, chosen at random.</summary>
    public const int PaddingJitter = 200;

    private const int MaxLineBytes = 2 + 35 + 1 + 10;

    /// <summary>A Kestrel pipe block is 4 KiB; asking for more would make it hand out a separate, larger buffer.</summary>
    private const int ChunkBytes = 4096;

    /// <summary>How many padding lines to add to a bucket of <paramref name="realLines"/> lines.</summary>
    public static int PaddingLines(int realLines, Random random) =>
        Math.Max(PaddingFloor - realLines, 0) + random.Next(PaddingJitter + 1);

    /// <summary>The whole body: the bucket's lines, then padding lines when <paramref name="padded"/>; returns the bytes written.</summary>
    public static long Write(IBufferWriter<byte> writer, ReadOnlySpan<byte> bucket, HashKind kind, bool padded, Random random)
    {
        var (lines, bytes) = WriteEntries(writer, bucket, kind);
        return padded ? bytes + WritePadding(writer, PaddingLines(lines, random), lines == 0, kind, random) : bytes;
    }

    /// <summary>Writes the bucket's lines; returns how many there were and how many bytes they took.</summary>
    public static (int Lines, long Bytes) WriteEntries(IBufferWriter<byte> writer, ReadOnlySpan<byte> bucket, HashKind kind)
    {
        var fixedBytes = RangeEncoding.FixedBytes(kind);
        var span = writer.GetSpan(ChunkBytes);
        var used = 0;
        var lines = 0;
        long total = 0;
        var position = 0;
        while (position < bucket.Length)
        {
            var length = RangeEncoding.Read(bucket[position..], fixedBytes, out var count);
            if (length < 0)
            {
                throw new InvalidDataException("A range store bucket ends inside an entry; the file is damaged.");
            }
            Reserve(writer, ref span, ref used, ref total);
            used += WriteLine(span[used..], bucket.Slice(position, fixedBytes), count, lines == 0);
            position += length;
            lines++;
        }
        writer.Advance(used);
        return (lines, total + used);
    }

    /// <summary>Writes padding lines (count 0) after a bucket's lines; <paramref name="first"/> when the bucket had none.</summary>
    public static long WritePadding(IBufferWriter<byte> writer, int paddingLines, bool first, HashKind kind, Random random)
    {
        if (paddingLines == 0)
        {
            return 0;
        }
        var span = writer.GetSpan(ChunkBytes);
        var used = 0;
        long total = 0;
        Span<byte> noise = stackalloc byte[RangeEncoding.FixedBytes(HashKind.Sha1)];
        noise = noise[..RangeEncoding.FixedBytes(kind)];
        for (var i = 0; i < paddingLines; i++)
        {
            Reserve(writer, ref span, ref used, ref total);
            random.NextBytes(noise);
            used += WriteLine(span[used..], noise, 0, first && i == 0);
        }
        writer.Advance(used);
        return total + used;
    }

    /// <summary>Hands the filled part of the span to the writer and takes a fresh chunk when a line might not fit.</summary>
    private static void Reserve(IBufferWriter<byte> writer, ref Span<byte> span, ref int used, ref long total)
    {
        if (span.Length - used < MaxLineBytes)
        {
            writer.Advance(used);
            total += used;
            span = writer.GetSpan(ChunkBytes);
            used = 0;
        }
    }

    private static int WriteLine(Span<byte> destination, ReadOnlySpan<byte> entry, int count, bool first)
    {
        var at = 0;
        if (!first)
        {
            "\r\n"u8.CopyTo(destination);
            at = 2;
        }
        destination[at++] = Hex.Digit(entry[0]);
        // Vectorised in the runtime (SSSE3 / AdvSimd) for the 17 or 13 whole bytes of the suffix.
        Convert.TryToHexString(entry[1..], destination[at..], out var hex);
        at += hex;
        destination[at++] = (byte)':';
        if (count < 10)
        {
            destination[at] = (byte)('0' + count);
            return at + 1;
        }
        Utf8Formatter.TryFormat(count, destination[at..], out var written);
        return at + written;
    }
}
