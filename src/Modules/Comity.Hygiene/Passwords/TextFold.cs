namespace Comity.Hygiene.Passwords;

/// <summary>
/// Character rules shared, code unit for code unit, with password-strength.js. Culture-aware lower-casing is avoided
/// on purpose: it differs between .NET and browsers for a few letters, and both sides must agree exactly.
/// </summary>
internal static class TextFold
{
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿё";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyе";

    /// <summary>Trims control characters and ASCII spaces only; the built-in trims of .NET and JavaScript differ on a few code points.</summary>
    public static string Trim(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && s[start] <= ' ')
        {
            start++;
        }
        while (end > start && s[end - 1] <= ' ')
        {
            end--;
        }
        return s[start..end];
    }

    public static bool IsUpper(char c) =>
        c is (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u00DE' and not '\u00D7') or (>= '\u0410' and <= '\u042F') or '\u0401';

    public static bool IsLower(char c) =>
        c is (>= 'a' and <= 'z') or (>= '\u00DF' and <= '\u00FF' and not '\u00F7') or (>= '\u0430' and <= '\u044F') or '\u0451';

    public static char Fold(char c)
    {
        if (c is (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u00DE' and not '\u00D7') or (>= '\u0410' and <= '\u042F'))
        {
            c = (char)(c + 32);
        }
        else if (c == '\u0401')
        {
            c = '\u0451';
        }
        var i = Accented.IndexOf(c, StringComparison.Ordinal);
        return i < 0 ? c : Plain[i];
    }

    public static string Fold(string s)
    {
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                span[i] = Fold(src[i]);
            }
        });
    }
}
