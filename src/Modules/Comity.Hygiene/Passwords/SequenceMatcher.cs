namespace Comity.Hygiene.Passwords;

/// <summary>Finds runs of three or more characters of one alphabet with a constant step of 1 to 5 ("abc", "9753", "абв").</summary>
internal static class SequenceMatcher
{
    public static void Find(string password, List<PatternMatch> into)
    {
        var n = password.Length;
        var i = 0;
        while (i < n - 1)
        {
            var alphabet = Alphabet(password[i]);
            var delta = password[i + 1] - password[i];
            if (alphabet < 0 || Alphabet(password[i + 1]) != alphabet || delta == 0 || Math.Abs(delta) > 5)
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (j + 1 < n && Alphabet(password[j + 1]) == alphabet && password[j + 1] - password[j] == delta)
            {
                j++;
            }
            if (j - i + 1 >= 3)
            {
                into.Add(new PatternMatch(PatternKind.Sequence, i, j, password[i..(j + 1)]) { Ascending = delta > 0 });
            }
            i = j;
        }
    }

    /// <summary>0 Latin lower, 1 Latin upper, 2 digits, 3 Cyrillic lower, 4 Cyrillic upper, 5 Arabic letters, -1 other.</summary>
    public static int Alphabet(char c) => c switch
    {
        >= 'a' and <= 'z' => 0,
        >= 'A' and <= 'Z' => 1,
        >= '0' and <= '9' => 2,
        >= '\u0430' and <= '\u044F' => 3,
        >= '\u0410' and <= '\u042F' => 4,
        >= '\u0621' and <= '\u064A' => 5,
        _ => -1,
    };
}
