namespace Comity.Exchange.Stix;

/// <summary>
/// The STIX 2.1 timestamp form (§2.13): RFC 3339 in UTC written <c>YYYY-MM-DDTHH:mm:ss[.s+]Z</c>, with an uppercase T and Z,
/// no decimal point without digits, and any number of sub-second digits.
/// </summary>
internal static class StixTimestamp
{
    /// <summary>Parses a STIX timestamp; <paramref name="fractionDigits"/> is the number of sub-second digits written.</summary>
    /// <remarks>A leap second (<c>:60</c>) is accepted, as RFC 3339 allows, and read as the first instant of the next minute.
    /// Digits beyond the seventh are checked but not kept, since <see cref="DateTimeOffset"/> counts 100 ns ticks.</remarks>
    public static bool TryParse(string text, out DateTimeOffset value, out int fractionDigits) =>
        TryParse(text.AsSpan(), out value, out fractionDigits);

    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value, out int fractionDigits)
    {
        value = default;
        fractionDigits = 0;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[^1] != 'Z')
        {
            return false;
        }
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }
        long ticks = 0;
        if (s.Length > 20)
        {
            if (s[19] != '.' || s.Length == 21)
            {
                return false;
            }
            var fraction = s[20..^1];
            for (var i = 0; i < fraction.Length; i++)
            {
                var c = fraction[i];
                if (c is < '0' or > '9')
                {
                    return false;
                }
                if (i < 7)
                {
                    ticks += (c - '0') * Pow10[6 - i];
                }
            }
            fractionDigits = fraction.Length;
        }
        var leap = second == 60;
        var dt = new DateTime(year, month, day, hour, minute, leap ? 59 : second, DateTimeKind.Utc).AddTicks(ticks);
        if (leap)
        {
            if (dt.Date == DateTime.MaxValue.Date && hour == 23 && minute == 59)
            {
                return false;
            }
            dt = dt.AddSeconds(1);
        }
        value = new DateTimeOffset(dt);
        return true;
    }

    private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = s[i];
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
