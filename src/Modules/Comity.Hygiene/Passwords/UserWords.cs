namespace Comity.Hygiene.Passwords;

/// <summary>Words tied to this visitor or page (name, e-mail, site name), ranked in the order given.</summary>
internal sealed class UserWords
{
    public static readonly UserWords None = new(null);

    private readonly Dictionary<string, RankedWord> _words = new(StringComparer.Ordinal);

    public UserWords(IReadOnlyList<string>? inputs)
    {
        foreach (var input in inputs ?? [])
        {
            var word = TextFold.Fold(TextFold.Trim(input));
            if (word.Length >= DictionaryMatcher.MinWordLength && _words.TryAdd(word, new RankedWord(Dictionaries.UserList, _words.Count + 1, word)))
            {
                Longest = Math.Max(Longest, word.Length);
            }
        }
        Lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Dictionary<string, RankedWord>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    public int Longest { get; }
}
