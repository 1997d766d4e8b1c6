namespace Comity.Hygiene.Passwords;

/// <summary>Finds a base string typed two or more times in a row ("aaa", "abcabc"), preferring the longest run.</summary>
internal static class RepeatMatcher
{
    public static void Find(string password, Func<string, double> guessBase, List<PatternMatch> into)
    {
        var n = password.Length;
        var i = 0;
        while (i < n)
        {
            var bestSpan = 0;
            var bestBase = 0;
            for (var b = 1; b <= (n - i) / 2; b++)
            {
                var k = i + b;
                while (k < n && password[k] == password[k - b])
                {
                    k++;
                }
                var span = (k - i) / b * b;
                if (span >= 2 * b && span > bestSpan)
                {
                    bestSpan = span;
                    bestBase = b;
                }
            }
            if (bestSpan == 0)
            {
                i++;
                continue;
            }
            var baseToken = password.Substring(i, bestBase);
            into.Add(new PatternMatch(PatternKind.Repeat, i, i + bestSpan - 1, password.Substring(i, bestSpan))
            {
                BaseToken = baseToken,
                BaseGuesses = guessBase(baseToken),
                RepeatCount = bestSpan / bestBase,
            });
            i += bestSpan;
        }
    }
}
