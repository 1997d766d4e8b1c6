namespace Comity.Exchange.Patterning;

/// <summary>The grammar's timestamp form, <c>YYYY-MM-DDTHH:MM:SS[.fraction]Z</c>, plus a calendar check it leaves out.</summary>
internal static class Timestamps
{
    /// <summary>Why the text is not a valid timestamp, or null when it is.</summary>
    public static string? Problem(string text)
    {
        if (!HasShape(text))
        {
            return "is not an RFC 3339 UTC timestamp of the form YYYY-MM-DDTHH:MM:SS[.fraction]Z";
        }
        var (year, month, day) = (Number(text, 0, 4), Number(text, 5, 2), Number(text, 8, 2));
        var (hour, minute, second) = (Number(text, 11, 2), Number(text, 14, 2), Number(text, 17, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return "is not a real calendar date";
        }
        // Second 60 is the grammar's allowance for a leap second.
        return hour > 23 || minute > 59 || second > 60 ? "has a time of day out of range" : null;
    }

    /// <summary>The instant to 100 ns, or null when the text is invalid or a leap second past the end of year 9999.</summary>
    public static DateTimeOffset? ToInstant(string text)
    {
        if (Problem(text) is not null)
        {
            return null;
        }
        var ticks = WholeTicks(text);
        var scale = TimeSpan.TicksPerSecond;
        for (var i = 20; i < text.Length - 1 && scale > 1; i++)
        {
            scale /= 10;
            ticks += (text[i] - '0') * scale;
        }
        return ticks <= DateTime.MaxValue.Ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
    }

    /// <summary>Orders two valid timestamps exactly, fraction digits beyond the 100 ns of <see cref="DateTimeOffset"/> included.</summary>
    public static int Compare(string left, string right)
    {
        var whole = WholeTicks(left).CompareTo(WholeTicks(right));
        return whole != 0 ? whole : string.CompareOrdinal(Fraction(left), Fraction(right));
    }

    /// <summary>Ticks of the whole seconds; a leap second counts as the first tick of the next minute.</summary>
    private static long WholeTicks(string text)
    {
        var second = Number(text, 17, 2);
        var start = new DateTime(Number(text, 0, 4), Number(text, 5, 2), Number(text, 8, 2), Number(text, 11, 2), Number(text, 14, 2), Math.Min(second, 59), DateTimeKind.Utc);
        return start.Ticks + (second == 60 ? TimeSpan.TicksPerSecond : 0);
    }

    /// <summary>The fraction digits without trailing zeros, so that ordinal order is numeric order.</summary>
    private static string Fraction(string text) => text.Length == 20 ? string.Empty : text[20..^1].TrimEnd('0');

    private static bool HasShape(string text)
    {
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[^1] != 'Z')
        {
            return false;
        }
        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18])
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }
        if (text.Length == 20)
        {
            return true;
        }
        // A fraction needs a point and at least one digit before the Z.
        if (text[19] != '.' || text.Length < 22)
        {
            return false;
        }
        for (var i = 20; i < text.Length - 1; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static int Number(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }
        return value;
    }
}
