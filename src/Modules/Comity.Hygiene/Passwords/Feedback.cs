namespace Comity.Hygiene.Passwords;

/// <summary>Picks a warning and suggestions (message keys) from the longest pattern of a weak password.</summary>
internal static class Feedback
{
    public static (string Warning, IReadOnlyList<string> Suggestions) For(int score, IReadOnlyList<PatternMatch> sequence)
    {
        if (sequence.Count == 0)
        {
            return ("", ["useWords", "noNeed"]);
        }
        if (score > 2)
        {
            return ("", []);
        }
        var longest = sequence[0];
        foreach (var m in sequence)
        {
            if (m.Length > longest.Length)
            {
                longest = m;
            }
        }
        var suggestions = new List<string> { "anotherWord" };
        var warning = longest.Kind switch
        {
            PatternKind.Dictionary => Dictionary(longest, sequence.Count == 1, suggestions),
            PatternKind.Spatial => Add(suggestions, longest.Turns == 1 ? "straightRow" : "keyPattern", "longerKeyboardPattern"),
            PatternKind.Repeat => Add(suggestions, longest.BaseToken.Length == 1 ? "simpleRepeat" : "extendedRepeat", "repeated"),
            PatternKind.Sequence => Add(suggestions, "sequences", "sequencesSuggestion"),
            PatternKind.Year => Add(suggestions, "recentYears", "recentYearsSuggestion", "associatedYears"),
            PatternKind.Date => Add(suggestions, "dates", "datesSuggestion"),
            _ => "",
        };
        return (warning, suggestions);
    }

    private static string Add(List<string> suggestions, string warning, params string[] more)
    {
        suggestions.AddRange(more);
        return warning;
    }

    private static string Dictionary(PatternMatch m, bool alone, List<string> suggestions)
    {
        var list = Dictionaries.ListName(m.List);
        var plain = m.L33t.Count == 0 && !m.Reversed;
        var warning = list switch
        {
            "passwords" when alone && plain => m.Rank <= 10 ? "topTen" : m.Rank <= 100 ? "topHundred" : "common",
            "passwords" => "similarToCommon",
            "names" or "arabic" => alone ? "namesByThemselves" : "commonNames",
            "user" => "userInputs",
            _ => alone ? "wordByItself" : "",
        };
        var upper = m.Token.Count(TextFold.IsUpper);
        var letters = upper + m.Token.Count(TextFold.IsLower);
        if (upper == 1 && TextFold.IsUpper(m.Token[0]))
        {
            suggestions.Add("capitalization");
        }
        else if (upper > 1 && upper == letters)
        {
            suggestions.Add("allUppercase");
        }
        if (m.Reversed && m.Length >= 4)
        {
            suggestions.Add("reverseWords");
        }
        if (m.L33t.Count > 0)
        {
            suggestions.Add("l33t");
        }
        return warning;
    }
}
