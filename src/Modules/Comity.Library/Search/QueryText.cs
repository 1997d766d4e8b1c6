using System.Text;

namespace Comity.Library.Search;

/// <summary>One piece of user query text: a word or a quoted phrase, possibly excluded with a leading minus.</summary>
internal sealed record QueryPart(string Text, bool IsPhrase, bool IsExcluded);

/// <summary>
/// The only syntax users get: words, "quoted phrases" and -exclusions. Lucene's own query syntax is not exposed,
/// so no input can throw, trigger a wildcard scan or address a field. An unclosed quote runs to the end.
/// </summary>
internal static class QueryText
{
    public const int MaxLength = 512;
    public const int MaxParts = 24;

    public static IReadOnlyList<QueryPart> Parse(string? input)
    {
        var parts = new List<QueryPart>();
        if (string.IsNullOrEmpty(input))
        {
            return parts;
        }
        var text = input.Length > MaxLength ? input[..MaxLength] : input;
        var current = new StringBuilder();
        var inPhrase = false;
        var excluded = false;

        void Flush()
        {
            var value = current.ToString().Trim();
            current.Clear();
            // A part with no letter or digit can only analyse to nothing in every language.
            if (parts.Count < MaxParts && value.Any(char.IsLetterOrDigit))
            {
                parts.Add(new QueryPart(value, inPhrase, excluded));
            }
            excluded = false;
        }

        foreach (var c in text)
        {
            if (c == '"')
            {
                Flush();
                inPhrase = !inPhrase;
            }
            else if (inPhrase)
            {
                current.Append(char.IsControl(c) ? ' ' : c);
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                Flush();
            }
            else if (c == '-' && current.Length == 0)
            {
                excluded = true;
            }
            else
            {
                current.Append(c);
            }
        }
        Flush();
        return parts;
    }
}
