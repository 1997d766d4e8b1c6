namespace Comity.Hygiene.Passwords;

/// <summary>How long an attacker would need, as a coarse class for display.</summary>
public enum CrackTimeClass
{
    Instant,
    Seconds,
    Minutes,
    Hours,
    Days,
    Months,
    Years,
    Centuries,
}

/// <summary>One pattern of the cheapest decomposition of the password (characters Start..End inclusive).</summary>
/// <param name="Pattern">What was found.</param>
/// <param name="Start">First character index (UTF-16 code units).</param>
/// <param name="End">Last character index, inclusive.</param>
/// <param name="Token">The characters covered.</param>
/// <param name="Guesses">Guesses for this part alone.</param>
/// <param name="Detail">For words, the list and rank ("english #12"); for walks, the keyboard; otherwise empty.</param>
public sealed record MatchedPattern(PatternKind Pattern, int Start, int End, string Token, double Guesses, string Detail);

/// <summary>The estimate for one password.</summary>
/// <param name="Guesses">Estimated guesses an attacker needs.</param>
/// <param name="GuessesLog10">log10 of <paramref name="Guesses"/>.</param>
/// <param name="Score">0–4: guesses below 10^3, 10^6, 10^8, 10^10, or at least 10^10.</param>
/// <param name="OfflineCrackTime">At 10^4 guesses a second (slow password hash, stolen database).</param>
/// <param name="OnlineCrackTime">At 100 guesses an hour (rate-limited login form).</param>
/// <param name="Warning">A key of <see cref="PasswordMessages.English"/>, or empty; only for scores up to 2.</param>
/// <param name="Suggestions">Keys of <see cref="PasswordMessages.English"/>; only for scores up to 2.</param>
/// <param name="Note">"truncated" when only the first 256 characters were estimated, otherwise empty.</param>
/// <param name="Sequence">The patterns of the cheapest decomposition, left to right.</param>
public sealed record StrengthEstimate(
    double Guesses,
    double GuessesLog10,
    int Score,
    CrackTimeClass OfflineCrackTime,
    CrackTimeClass OnlineCrackTime,
    string Warning,
    IReadOnlyList<string> Suggestions,
    string Note,
    IReadOnlyList<MatchedPattern> Sequence);
