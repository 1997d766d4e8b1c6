namespace Comity.Hygiene.Passwords;

/// <summary>
/// Warning and suggestion keys returned by <see cref="PasswordStrength"/> and by password-strength.js, with their
/// English text. The English text is the resource key in PasswordText.*.resx; the page renders each translation into a
/// <c>data-msg-{key}</c> attribute so the script needs no tables of its own.
/// </summary>
public static class PasswordMessages
{
    /// <summary>English labels for scores 0–4, also keys in PasswordText.*.resx; the page renders them as <c>data-score-{n}</c>.</summary>
    public static IReadOnlyList<string> ScoreLabels { get; } = ["Very weak", "Weak", "Fair", "Good", "Strong"];

    /// <summary>Every key with its English text, in a fixed order.</summary>
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["straightRow"] = "Straight rows of keys are easy to guess.",
        ["keyPattern"] = "Short keyboard patterns are easy to guess.",
        ["simpleRepeat"] = "Repeated characters such as \"aaa\" are easy to guess.",
        ["extendedRepeat"] = "Repeated groups such as \"abcabcabc\" are only a little harder to guess than \"abc\".",
        ["sequences"] = "Sequences such as \"abc\" or \"6543\" are easy to guess.",
        ["recentYears"] = "Recent years are easy to guess.",
        ["dates"] = "Dates are easy to guess.",
        ["topTen"] = "This is one of the ten most used passwords.",
        ["topHundred"] = "This is one of the hundred most used passwords.",
        ["common"] = "This is a very common password.",
        ["similarToCommon"] = "This is close to a very common password.",
        ["wordByItself"] = "A single word is easy to guess.",
        ["namesByThemselves"] = "A single name or surname is easy to guess.",
        ["commonNames"] = "Common names and surnames are easy to guess.",
        ["userInputs"] = "Do not use your own name, e-mail or words from this page.",
        ["anotherWord"] = "Add another word or two. Uncommon words are better.",
        ["useWords"] = "Use several unrelated words; avoid well-known phrases.",
        ["noNeed"] = "A long password of ordinary words is strong without symbols, digits or capitals.",
        ["longerKeyboardPattern"] = "Use a longer keyboard pattern with more changes of direction.",
        ["repeated"] = "Avoid repeated words and characters.",
        ["sequencesSuggestion"] = "Avoid sequences.",
        ["recentYearsSuggestion"] = "Avoid recent years.",
        ["associatedYears"] = "Avoid years that are linked to you.",
        ["datesSuggestion"] = "Avoid dates and years that are linked to you.",
        ["capitalization"] = "Capitalise more than the first letter.",
        ["allUppercase"] = "Capitalise some letters, not all of them.",
        ["reverseWords"] = "Reversed spellings of common words are not much harder to guess.",
        ["l33t"] = "Predictable substitutions such as \"@\" for \"a\" do not help much.",
        ["truncated"] = "Only the first 256 characters were checked.",
    };
}
