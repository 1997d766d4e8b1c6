using System.Globalization;
using Comity.Exchange.Stix;
using CsCheck;

namespace Comity.Tests.Exchange.Stix;

public sealed class StixPrimitivesTests
{
    [Theory]
    [InlineData("2016-05-12T08:17:27Z", 0)]
    [InlineData("2016-05-12T08:17:27.1Z", 1)]
    [InlineData("2016-05-12T08:17:27.000Z", 3)]
    [InlineData("2016-05-12T08:17:27.123456789Z", 9)]
    [InlineData("2024-02-29T23:59:59.999Z", 3)]
    public void A_STIX_timestamp_parses_and_reports_its_precision(string text, int digits)
    {
        Assert.True(StixTimestamp.TryParse(text, out _, out var fractionDigits));
        Assert.Equal(digits, fractionDigits);
    }

    [Theory]
    [InlineData("2016-05-12T08:17:27")]
    [InlineData("2016-05-12t08:17:27Z")]
    [InlineData("2016-05-12T08:17:27z")]
    [InlineData("2016-05-12T08:17:27.Z")]
    [InlineData("2016-05-12T08:17:27+00:00")]
    [InlineData("2016-05-12 08:17:27Z")]
    [InlineData("2016-13-12T08:17:27Z")]
    [InlineData("2023-02-29T08:17:27Z")]
    [InlineData("2016-05-12T24:00:00Z")]
    [InlineData("2016-05-12T08:60:00Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2016-05-12T08:17:2xZ")]
    [InlineData("")]
    public void A_malformed_timestamp_is_rejected(string text) =>
        Assert.False(StixTimestamp.TryParse(text, out _, out _));

    [Fact]
    public void A_leap_second_is_read_as_the_start_of_the_next_minute()
    {
        Assert.True(StixTimestamp.TryParse("2016-12-31T23:59:60Z", out var value, out _));
        Assert.Equal(new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero), value);
    }

    [Fact]
    public void Any_instant_written_with_any_precision_parses_back_to_that_instant() =>
        Gen.Select(Gen.Date[new DateTime(1, 1, 2), new DateTime(9999, 12, 30)], Gen.Int[0, 7]).Sample((date, digits) =>
        {
            var utc = DateTime.SpecifyKind(date, DateTimeKind.Utc);
            var format = digits == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss." + new string('f', digits) + "'Z'";
            var text = utc.ToString(format, CultureInfo.InvariantCulture);
            var truncated = new DateTime(utc.Ticks - (utc.Ticks % (long)Math.Pow(10, 7 - digits)), DateTimeKind.Utc);

            return StixTimestamp.TryParse(text, out var parsed, out var fraction)
                && fraction == digits && parsed.UtcDateTime == truncated;
        });

    [Fact]
    public void Any_generated_UUID_with_a_type_is_an_identifier_of_that_type_and_version() =>
        Gen.Select(Gen.Guid, Gen.Int[1, 5], Gen.OneOf("indicator", "x-acme", "ipv4-addr")).Sample((guid, version, type) =>
        {
            var text = guid.ToString("D");
            var uuid = text[..14] + version.ToString(CultureInfo.InvariantCulture) + text[15..19] + "a" + text[20..];
            return StixIdentifier.TryParse(type + "--" + uuid, out var parsedType, out var parsedVersion, out var problem)
                && parsedType == type && parsedVersion == version && problem is null;
        });

    [Theory]
    [InlineData("indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3")]
    [InlineData("Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator--8e2e2d2b-17d4-0cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator--8e2e2d2b-17d4-4cbf-738f-98ee46b3cd3f")]
    [InlineData("indicator--8e2e2d2b_17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator--00000000-0000-0000-0000-000000000000")]
    [InlineData("--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    public void A_malformed_identifier_is_rejected_with_a_reason(string id)
    {
        Assert.False(StixIdentifier.TryParse(id, out _, out _, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }
}
