using System.Buffers;
using Comity.Hygiene.Breaches;
using CsCheck;

namespace Comity.Tests.Hygiene.Breaches;

public class RangeFormatterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(799)]
    [InlineData(800)]
    [InlineData(2_000)]
    public void Padding_reaches_at_least_800_lines_plus_0_to_200(int real)
    {
        var random = new Random(11);
        var totals = Enumerable.Range(0, 2_000).Select(_ => real + RangeFormatter.PaddingLines(real, random)).ToList();
        var floor = Math.Max(real, 800);
        Assert.All(totals, t => Assert.InRange(t, floor, floor + 200));
        Assert.Contains(floor, totals);
        Assert.Contains(floor + 200, totals);
    }

    [Fact]
    public void The_returned_length_is_the_written_length_for_any_bucket_and_padding() =>
        Gen.Select(Gen.Int[0, 12].Array[0, 40], Gen.Int[0, 30], Gen.Bool).Sample((counts, padding, ntlm) =>
        {
            var kind = ntlm ? HashKind.Ntlm : HashKind.Sha1;
            var bucket = new ArrayBufferWriter<byte>();
            var entry = new byte[RangeEncoding.MaxEntryBytes];
            var random = new Random(counts.Length);
            foreach (var c in counts)
            {
                // Exponents spread counts over 1 to 10 digits.
                var count = (int)Math.Min(int.MaxValue, Math.Pow(10, c * 0.8) * random.NextDouble());
                bucket.Write(entry.AsSpan(0, RangeEncoding.Encode(new HashValue(new UInt128((ulong)random.NextInt64(), 1), 2), count, kind, entry)));
            }
            var output = new ArrayBufferWriter<byte>();
            var (lines, bytes) = RangeFormatter.WriteEntries(output, bucket.WrittenSpan, kind);
            Assert.Equal(counts.Length, lines);
            Assert.Equal(bytes, output.WrittenCount);
            var padded = RangeFormatter.WritePadding(output, padding, lines == 0, kind, random);
            Assert.Equal(bytes + padded, output.WrittenCount);
            var text = System.Text.Encoding.ASCII.GetString(output.WrittenSpan);
            Assert.Equal(lines + padding, text.Length == 0 ? 0 : text.Split("\r\n").Length);
            Assert.All(text.Length == 0 ? [] : text.Split("\r\n"), line =>
                Assert.Matches(ntlm ? "^[0-9A-F]{27}:[0-9]+$" : "^[0-9A-F]{35}:[0-9]+$", line));
        });
}
