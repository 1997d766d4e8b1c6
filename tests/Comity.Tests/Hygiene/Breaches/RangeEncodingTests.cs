using Comity.Hygiene.Breaches;
using CsCheck;

namespace Comity.Tests.Hygiene.Breaches;

public class RangeEncodingTests
{
    private static readonly Gen<HashValue> AnyHash =
        Gen.Select(Gen.ULong, Gen.ULong, Gen.UInt, (a, b, c) => new HashValue(new UInt128(a, b), c));

    private static readonly Gen<int> AnyCount = Gen.OneOf(Gen.Int[0, 20], Gen.Int[0, int.MaxValue]);

    [Fact]
    public void Every_hash_and_count_decodes_to_what_was_encoded() =>
        Gen.Select(AnyHash, AnyCount, Gen.Bool).Sample((hash, count, ntlm) =>
        {
            var kind = ntlm ? HashKind.Ntlm : HashKind.Sha1;
            if (ntlm)
            {
                hash = hash with { Low = 0 };
            }
            var buffer = new byte[RangeEncoding.MaxEntryBytes];
            var written = RangeEncoding.Encode(hash, count, kind, buffer);
            var read = RangeEncoding.Read(buffer.AsSpan(0, written), RangeEncoding.FixedBytes(kind), out var decodedCount);
            Assert.Equal(written, read);
            Assert.Equal(count, decodedCount);
            Assert.Equal(hash, RangeEncoding.Decode(hash.Bucket, buffer, kind));
        });

    [Theory]
    [InlineData(1, 18)]
    [InlineData(14, 18)]
    [InlineData(15, 19)]
    [InlineData(142, 19)]
    [InlineData(143, 20)]
    [InlineData(2_097_166, 21)]
    [InlineData(2_097_167, 22)]
    public void A_SHA1_entry_takes_18_bytes_below_count_15_and_a_varint_more_above(int count, int bytes)
    {
        var buffer = new byte[RangeEncoding.MaxEntryBytes];
        Assert.Equal(bytes, RangeEncoding.Encode(PasswordHashes.Sha1("x"), count, HashKind.Sha1, buffer));
    }

    [Fact]
    public void An_NT_entry_is_four_bytes_shorter_than_a_SHA1_entry()
    {
        var buffer = new byte[RangeEncoding.MaxEntryBytes];
        Assert.Equal(14, RangeEncoding.Encode(PasswordHashes.Nt("x"), 3, HashKind.Ntlm, buffer));
    }

    [Fact]
    public void A_truncated_entry_is_reported_rather_than_read_past() =>
        Assert.Equal(-1, RangeEncoding.Read(new byte[] { 0xF0, 1, 2 }, 3, out _));
}
