namespace Comity.Hygiene.Passwords;

/// <summary>Finds years (19xx, 20xx) and day-month-year dates written with or without a separator.</summary>
internal static class DateMatcher
{
    private const string Separators = " /\\_.-";

    // Orders tried for a digit string; the candidate whose year is nearest the reference year wins, first on ties.
    private static readonly string[] Orders = ["ymd", "dmy", "mdy"];

    public static void Find(string password, int referenceYear, List<PatternMatch> into)
    {
        Years(password, into);
        var n = password.Length;
        for (var i = 0; i < n; i++)
        {
            for (var len = 4; len <= 10 && i + len <= n; len++)
            {
                var token = password.Substring(i, len);
                var best = len <= 8 && token.All(char.IsAsciiDigit)
                    ? Best(Unseparated(token), referenceYear)
                    : len >= 6 ? Best(Separated(token), referenceYear) : null;
                if (best is { } date)
                {
                    into.Add(new PatternMatch(PatternKind.Date, i, i + len - 1, token)
                    {
                        Year = date.Y,
                        Separator = !token.All(char.IsAsciiDigit),
                    });
                }
            }
        }
    }

    private static void Years(string password, List<PatternMatch> into)
    {
        for (var i = 0; i + 4 <= password.Length; i++)
        {
            var t = password.AsSpan(i, 4);
            if ((t.StartsWith("19") || t.StartsWith("20")) && char.IsAsciiDigit(t[2]) && char.IsAsciiDigit(t[3]))
            {
                into.Add(new PatternMatch(PatternKind.Year, i, i + 3, t.ToString()) { Year = int.Parse(t, provider: null) });
            }
        }
    }

    private static IEnumerable<(int Y, int M, int D)> Unseparated(string digits)
    {
        foreach (var order in Orders)
        {
            foreach (var la in Lengths(order[0]))
            {
                foreach (var lb in Lengths(order[1]))
                {
                    var lc = digits.Length - la - lb;
                    if (Lengths(order[2]).Contains(lc))
                    {
                        yield return Assign(order, digits[..la], digits.Substring(la, lb), digits[(la + lb)..]);
                    }
                }
            }
        }
    }

    private static IEnumerable<(int Y, int M, int D)> Separated(string token)
    {
        var a = DigitsAt(token, 0);
        if (a is < 1 or > 4 || a >= token.Length || !Separators.Contains(token[a], StringComparison.Ordinal))
        {
            yield break;
        }
        var b = DigitsAt(token, a + 1);
        var second = a + 1 + b;
        if (b is < 1 or > 2 || second >= token.Length || token[second] != token[a])
        {
            yield break;
        }
        var c = DigitsAt(token, second + 1);
        if (c is < 1 or > 4 || second + 1 + c != token.Length)
        {
            yield break;
        }
        var (pa, pb, pc) = (token[..a], token.Substring(a + 1, b), token[(second + 1)..]);
        if (a is 2 or 4)
        {
            yield return Assign("ymd", pa, pb, pc);
        }
        if (c is 2 or 4)
        {
            yield return Assign("dmy", pa, pb, pc);
            yield return Assign("mdy", pa, pb, pc);
        }
    }

    private static (int Y, int M, int D)? Best(IEnumerable<(int Y, int M, int D)> candidates, int referenceYear)
    {
        (int Y, int M, int D)? best = null;
        foreach (var c in candidates)
        {
            if (Valid(c) && (best is null || Math.Abs(c.Y - referenceYear) < Math.Abs(best.Value.Y - referenceYear)))
            {
                best = c;
            }
        }
        return best;
    }

    private static bool Valid((int Y, int M, int D) c) =>
        c.M is >= 1 and <= 12 && c.D >= 1 && c.D <= (c.M == 2 ? 29 : c.M is 4 or 6 or 9 or 11 ? 30 : 31) && c.Y is >= 1000 and <= 2050;

    private static (int Y, int M, int D) Assign(string order, string a, string b, string c)
    {
        var parts = new[] { a, b, c };
        var y = parts[order.IndexOf('y', StringComparison.Ordinal)];
        var year = int.Parse(y, provider: null);
        if (y.Length == 2)
        {
            year += year > 50 ? 1900 : 2000;
        }
        else if (y.Length != 4)
        {
            year = 0;
        }
        return (year, int.Parse(parts[order.IndexOf('m', StringComparison.Ordinal)], provider: null),
            int.Parse(parts[order.IndexOf('d', StringComparison.Ordinal)], provider: null));
    }

    private static int[] Lengths(char part) => part == 'y' ? [4, 2] : [2, 1];

    private static int DigitsAt(string s, int from)
    {
        var k = from;
        while (k < s.Length && char.IsAsciiDigit(s[k]))
        {
            k++;
        }
        return k - from;
    }
}
