namespace Comity.Hygiene.Passwords;

/// <summary>
/// How many guesses an attacker who knows a pattern needs to reach one token. Powers and binomials are built by
/// repeated multiplication in a fixed order so that the script, doing the same, gets bit-identical doubles.
/// </summary>
internal static class Guesses
{
    public const double MinYearSpace = 20;

    public static double Of(PatternMatch m, int passwordLength, int referenceYear)
    {
        var guesses = m.Kind switch
        {
            PatternKind.Dictionary => Dictionary(m),
            PatternKind.Spatial => Spatial(m),
            PatternKind.Repeat => m.BaseGuesses * m.RepeatCount,
            PatternKind.Sequence => Sequence(m),
            PatternKind.Year => YearSpace(m.Year, referenceYear),
            PatternKind.Date => YearSpace(m.Year, referenceYear) * 365 * (m.Separator ? 4 : 1),
            _ => Power(10, m.Length),
        };
        // A part of a longer password is never counted as cheaper than a few guesses, as in the zxcvbn paper.
        var floor = m.Length == passwordLength ? 1 : m.Length == 1 ? 10 : 50;
        return Math.Max(guesses, floor);
    }

    public static double Power(double b, int e)
    {
        var r = 1.0;
        for (var k = 0; k < e; k++)
        {
            r *= b;
        }
        return r;
    }

    public static double Binomial(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }
        var r = 1.0;
        for (var d = 1; d <= k; d++)
        {
            r = r * (n - k + d) / d;
        }
        return r;
    }

    /// <summary>Ways to flip the case (or substitution) of some of x+y characters when x are of one kind and y of the other.</summary>
    public static double Variations(int x, int y)
    {
        if (x == 0 || y == 0)
        {
            return x + y == 0 ? 1 : 2;
        }
        var sum = 0.0;
        for (var k = 1; k <= Math.Min(x, y); k++)
        {
            sum += Binomial(x + y, k);
        }
        return sum;
    }

    private static double YearSpace(int year, int referenceYear) => Math.Max(Math.Abs(year - referenceYear), MinYearSpace);

    private static double Dictionary(PatternMatch m)
    {
        var g = m.Rank * Uppercase(m.Token) * (m.Reversed ? 2 : 1);
        var folded = TextFold.Fold(m.Token);
        foreach (var (sub, letter) in m.L33t)
        {
            var subbed = folded.Count(c => c == sub);
            var plain = m.Word.Count(c => c == letter) - subbed;
            g *= Variations(subbed, Math.Max(plain, 0));
        }
        return g;
    }

    private static double Uppercase(string token)
    {
        var upper = token.Count(TextFold.IsUpper);
        var lower = token.Count(TextFold.IsLower);
        if (upper == 0)
        {
            return 1;
        }
        // First-letter, last-letter and all-caps are what people do; each counts as one extra guess pattern.
        if (lower == 0 || (upper == 1 && (TextFold.IsUpper(token[0]) || TextFold.IsUpper(token[^1]))))
        {
            return 2;
        }
        return Variations(upper, lower);
    }

    private static double Spatial(PatternMatch m)
    {
        var graph = KeyboardGraph.All[m.Graph];
        var g = 0.0;
        for (var i = 2; i <= m.Length; i++)
        {
            for (var j = 1; j <= Math.Min(m.Turns, i - 1); j++)
            {
                g += Binomial(i - 1, j - 1) * graph.KeyCount * Power(graph.AverageDegree, j);
            }
        }
        return m.Shifted == 0 ? g : g * Variations(m.Shifted, m.Length - m.Shifted);
    }

    private static double Sequence(PatternMatch m)
    {
        var first = m.Token[0];
        double start = first switch
        {
            'a' or 'A' or 'z' or 'Z' or '0' or '1' or '9' or 'а' or 'я' or 'А' or 'Я' or '\u0627' or '\u064A' => 4,
            _ => SequenceMatcher.Alphabet(first) switch
            {
                0 => 26,
                1 => 52,
                2 => 10,
                3 => 33,
                4 => 66,
                _ => 28,
            },
        };
        return start * m.Length * (m.Ascending ? 1 : 2);
    }
}
