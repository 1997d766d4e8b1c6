namespace Comity.Hygiene.Passwords;

/// <summary>Finds ranked words inside the password: as written, reversed, and with l33t substitutions undone.</summary>
internal static class DictionaryMatcher
{
    public const int MinWordLength = 3;

    // Symbols and digits commonly typed for letters; '1', '|' and '7' stand for two letters, so both are tried.
    private const string L33tFrom = "4@8({[<3691!|0$5+7%2";
    private const string L33tTo = "aabcccceggii|ossttxz";
    private static readonly (char Sub, char[] Letters)[] Ambiguous = [('1', ['i', 'l']), ('|', ['i', 'l']), ('7', ['t', 'l'])];

    public static void Find(string password, string folded, UserWords user, List<PatternMatch> into)
    {
        Forward(password, folded, user, into);
        Reversed(password, folded, user, into);
        L33t(password, folded, user, into);
    }

    private static void Forward(string password, string folded, UserWords user, List<PatternMatch> into)
    {
        Scan(folded, user, (i, j, word, ranked) => into.Add(new PatternMatch(PatternKind.Dictionary, i, j, password[i..(j + 1)])
        {
            List = ranked.List,
            Rank = ranked.Rank,
            Word = word,
        }));
    }

    private static void Reversed(string password, string folded, UserWords user, List<PatternMatch> into)
    {
        var chars = folded.ToCharArray();
        Array.Reverse(chars);
        var n = folded.Length;
        Scan(new string(chars), user, (i, j, word, ranked) => into.Add(
            new PatternMatch(PatternKind.Dictionary, n - 1 - j, n - 1 - i, password[(n - 1 - j)..(n - i)])
            {
                List = ranked.List,
                Rank = ranked.Rank,
                Word = word,
                Reversed = true,
            }));
    }

    private static void L33t(string password, string folded, UserWords user, List<PatternMatch> into)
    {
        var present = Ambiguous.Where(a => folded.Contains(a.Sub, StringComparison.Ordinal)).ToArray();
        var combinations = 1 << present.Length;
        var seen = new HashSet<(int, int, string)>();
        for (var combo = 0; combo < combinations; combo++)
        {
            var translated = Translate(folded, present, combo);
            if (translated == folded)
            {
                return;
            }
            Scan(translated, user, (i, j, word, ranked) =>
            {
                var subs = new List<(char, char)>();
                for (var k = i; k <= j; k++)
                {
                    if (translated[k] != folded[k] && !subs.Contains((folded[k], translated[k])))
                    {
                        subs.Add((folded[k], translated[k]));
                    }
                }
                if (subs.Count > 0 && seen.Add((i, j, word)))
                {
                    into.Add(new PatternMatch(PatternKind.Dictionary, i, j, password[i..(j + 1)])
                    {
                        List = ranked.List,
                        Rank = ranked.Rank,
                        Word = word,
                        L33t = subs,
                    });
                }
            });
        }
    }

    private static string Translate(string folded, (char Sub, char[] Letters)[] present, int combo)
    {
        var chars = folded.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            var a = Array.FindIndex(present, p => p.Sub == chars[k]);
            if (a >= 0)
            {
                chars[k] = present[a].Letters[(combo >> a) & 1];
                continue;
            }
            var t = L33tFrom.IndexOf(chars[k], StringComparison.Ordinal);
            if (t >= 0 && L33tTo[t] != '|')
            {
                chars[k] = L33tTo[t];
            }
        }
        return new string(chars);
    }

    private static void Scan(string s, UserWords user, Action<int, int, string, RankedWord> found)
    {
        var lookup = Dictionaries.Instance.Lookup;
        var longest = Math.Max(Dictionaries.Instance.Longest, user.Longest);
        for (var i = 0; i < s.Length; i++)
        {
            var last = Math.Min(s.Length, i + longest) - 1;
            for (var j = i + MinWordLength - 1; j <= last; j++)
            {
                var span = s.AsSpan(i, j - i + 1);
                if (lookup.TryGetValue(span, out var ranked))
                {
                    found(i, j, ranked.Word, ranked);
                }
                if (user.Lookup.TryGetValue(span, out var userRanked))
                {
                    found(i, j, userRanked.Word, userRanked);
                }
            }
        }
    }
}
