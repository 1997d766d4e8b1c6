namespace Comity.Hygiene.Passwords;

/// <summary>The kinds of pattern the estimator recognises, in the order the matchers run.</summary>
public enum PatternKind
{
    Dictionary,
    Spatial,
    Repeat,
    Sequence,
    Year,
    Date,
    BruteForce,
}

/// <summary>
/// One candidate pattern over password[I..J] (inclusive). Only the fields of its kind are set; Guesses is filled in
/// by <see cref="Guesses"/> before the minimum-guesses search.
/// </summary>
internal sealed record PatternMatch(PatternKind Kind, int I, int J, string Token)
{
    public int List { get; init; }
    public int Rank { get; init; }
    public string Word { get; init; } = "";
    public bool Reversed { get; init; }
    /// <summary>Substituted character and the letter it stands for, e.g. ("4", "a").</summary>
    public IReadOnlyList<(char Sub, char Letter)> L33t { get; init; } = [];
    public int Graph { get; init; }
    public int Turns { get; init; }
    public int Shifted { get; init; }
    public string BaseToken { get; init; } = "";
    public double BaseGuesses { get; init; }
    public int RepeatCount { get; init; }
    public bool Ascending { get; init; }
    public int Year { get; init; }
    public bool Separator { get; init; }
    public double Guesses { get; set; }

    public int Length => J - I + 1;
}
