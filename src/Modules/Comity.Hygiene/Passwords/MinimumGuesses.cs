namespace Comity.Hygiene.Passwords;

/// <summary>
/// Chooses the non-overlapping cover of the password by matches and brute-force gaps that needs the fewest guesses,
/// counting a cover of l parts as l! × (product of part guesses) + 10000^(l−1): the attacker must also guess the
/// order of the parts, and each extra part costs a floor of guesses (the zxcvbn paper's model).
/// </summary>
internal static class MinimumGuesses
{
    private const double PartPenalty = 10000;

    public static (double Guesses, IReadOnlyList<PatternMatch> Sequence) Search(string password, IReadOnlyList<PatternMatch> matches)
    {
        var n = password.Length;
        if (n == 0)
        {
            return (1, []);
        }
        var byEnd = new List<PatternMatch>[n];
        for (var k = 0; k < n; k++)
        {
            byEnd[k] = [];
        }
        // Two brute-force parts side by side never win (one part over both costs the same with fewer parts), so a
        // brute-force part only starts at 0 or after a match, and only ends at the last character or before a match.
        var bruteMayStart = new bool[n];
        var bruteMayEnd = new bool[n];
        bruteMayStart[0] = true;
        bruteMayEnd[n - 1] = true;
        foreach (var m in matches)
        {
            byEnd[m.J].Add(m);
            if (m.J + 1 < n)
            {
                bruteMayStart[m.J + 1] = true;
            }
            if (m.I > 0)
            {
                bruteMayEnd[m.I - 1] = true;
            }
        }
        // One brute-force part costs 10^n + 1 and l parts at least 10000^(l-1) + 2, so more than n/4 + 1 parts never win.
        var maxParts = (n / 4) + 1;
        // best[k][l]: least product of guesses covering password[0..k] with l parts; from[k][l]: the last part.
        var best = new double[n][];
        var from = new (int Start, PatternMatch? Match)[n][];
        for (var k = 0; k < n; k++)
        {
            var size = Math.Min(k + 1, maxParts) + 1;
            best[k] = new double[size];
            Array.Fill(best[k], double.PositiveInfinity);
            from[k] = new (int, PatternMatch?)[size];
            foreach (var m in byEnd[k])
            {
                Extend(best, from, m.I, k, m.Guesses, m);
            }
            // Brute-force parts are scored without building a match; only the chosen ones are built below.
            var bruteGuesses = 1.0;
            for (var i = k; i >= 0 && bruteMayEnd[k]; i--)
            {
                bruteGuesses *= 10;
                if (bruteMayStart[i])
                {
                    var floor = k - i + 1 == n ? 1 : i == k ? 10 : 50;
                    Extend(best, from, i, k, Math.Max(bruteGuesses, floor), null);
                }
            }
        }
        var bestTotal = double.PositiveInfinity;
        var bestParts = 1;
        var factorial = 1.0;
        var penalty = 1.0;
        for (var l = 1; l < best[n - 1].Length; l++)
        {
            factorial *= l;
            var total = (factorial * best[n - 1][l]) + penalty;
            if (total < bestTotal)
            {
                bestTotal = total;
                bestParts = l;
            }
            penalty *= PartPenalty;
        }
        var sequence = new List<PatternMatch>();
        for (int k = n - 1, l = bestParts; k >= 0; l--)
        {
            var (start, match) = from[k][l];
            sequence.Add(match ?? new PatternMatch(PatternKind.BruteForce, start, k, password[start..(k + 1)])
            {
                Guesses = Math.Max(Guesses.Power(10, k - start + 1), k - start + 1 == n ? 1 : k == start ? 10 : 50),
            });
            k = start - 1;
        }
        sequence.Reverse();
        return (bestTotal, sequence);
    }

    private static void Extend(double[][] best, (int, PatternMatch?)[][] from, int i, int j, double guesses, PatternMatch? m)
    {
        if (i == 0)
        {
            if (guesses < best[j][1])
            {
                best[j][1] = guesses;
                from[j][1] = (i, m);
            }
            return;
        }
        var before = best[i - 1];
        var last = Math.Min(before.Length, best[j].Length - 1);
        for (var l = 1; l < last; l++)
        {
            var product = before[l] * guesses;
            if (product < best[j][l + 1])
            {
                best[j][l + 1] = product;
                from[j][l + 1] = (i, m);
            }
        }
    }
}
