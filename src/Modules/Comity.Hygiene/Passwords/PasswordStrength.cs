namespace Comity.Hygiene.Passwords;

/// <summary>
/// Estimates how many guesses an attacker needs for a password, in the manner of the zxcvbn paper (Wheeler, USENIX
/// Security 2016): find words, keyboard walks, repeats, sequences and dates, then take the cheapest decomposition.
/// password-strength.js implements the same rules on the same word lists, so the page and the server agree.
/// </summary>
/// <remarks>Thread-safe; the word lists are loaded once, on first use.</remarks>
public static class PasswordStrength
{
    /// <summary>Passwords are estimated on at most this many UTF-16 code units.</summary>
    public const int MaxLength = 256;

    /// <summary>Estimates <paramref name="password"/>, treating <paramref name="userInputs"/> (name, e-mail, site words) as a dictionary.</summary>
    public static StrengthEstimate Estimate(string password, IReadOnlyList<string>? userInputs = null) =>
        Estimate(password, userInputs, TimeProvider.System);

    /// <summary>As <see cref="Estimate(string, IReadOnlyList{string}?)"/>, judging how recent a year is by <paramref name="clock"/>.</summary>
    public static StrengthEstimate Estimate(string password, IReadOnlyList<string>? userInputs, TimeProvider clock) =>
        Estimate(password, userInputs, clock.GetUtcNow().Year);

    internal static StrengthEstimate Estimate(string password, IReadOnlyList<string>? userInputs, int referenceYear)
    {
        var truncated = password.Length > MaxLength;
        if (truncated)
        {
            password = password[..MaxLength];
        }
        var user = userInputs is { Count: > 0 } ? new UserWords(userInputs) : UserWords.None;
        var (guesses, sequence) = Decompose(password, user, referenceYear);
        var score = guesses < 1e3 ? 0 : guesses < 1e6 ? 1 : guesses < 1e8 ? 2 : guesses < 1e10 ? 3 : 4;
        var (warning, suggestions) = Feedback.For(score, sequence);
        return new StrengthEstimate(
            guesses,
            Math.Log10(guesses),
            score,
            CrackTime(guesses / 1e4),
            CrackTime(guesses / (100.0 / 3600)),
            warning,
            suggestions,
            truncated ? "truncated" : "",
            [.. sequence.Select(Describe)]);
    }

    internal static (double Guesses, IReadOnlyList<PatternMatch> Sequence) Decompose(string password, UserWords user, int referenceYear)
    {
        var matches = new List<PatternMatch>();
        DictionaryMatcher.Find(password, TextFold.Fold(password), user, matches);
        SpatialMatcher.Find(password, matches);
        RepeatMatcher.Find(password, b => Decompose(b, user, referenceYear).Guesses, matches);
        SequenceMatcher.Find(password, matches);
        DateMatcher.Find(password, referenceYear, matches);
        foreach (var m in matches)
        {
            m.Guesses = Guesses.Of(m, password.Length, referenceYear);
        }
        return MinimumGuesses.Search(password, matches);
    }

    private static CrackTimeClass CrackTime(double seconds) => seconds switch
    {
        < 1 => CrackTimeClass.Instant,
        < 60 => CrackTimeClass.Seconds,
        < 3600 => CrackTimeClass.Minutes,
        < 86400 => CrackTimeClass.Hours,
        < 86400 * 31 => CrackTimeClass.Days,
        < 86400 * 365 => CrackTimeClass.Months,
        < 86400 * 36500.0 => CrackTimeClass.Years,
        _ => CrackTimeClass.Centuries,
    };

    private static MatchedPattern Describe(PatternMatch m) => new(m.Kind, m.I, m.J, m.Token, m.Guesses, m.Kind switch
    {
        PatternKind.Dictionary => $"{Dictionaries.ListName(m.List)} #{m.Rank}{(m.Reversed ? " reversed" : "")}{(m.L33t.Count > 0 ? " l33t" : "")}",
        PatternKind.Spatial => KeyboardGraph.All[m.Graph].Name,
        PatternKind.Repeat => $"{m.BaseToken} ×{m.RepeatCount}",
        _ => "",
    });
}
