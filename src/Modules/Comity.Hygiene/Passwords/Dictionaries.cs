using System.Collections.Frozen;
using System.Reflection;

namespace Comity.Hygiene.Passwords;

/// <summary>One entry of the ranked word lists: which list it came from and its 1-based rank there.</summary>
internal sealed record RankedWord(int List, int Rank, string Word);

/// <summary>The ranked word lists (Passwords/Data/*.txt), loaded once from the assembly and shared by all threads.</summary>
internal sealed class Dictionaries
{
    /// <summary>List names in a fixed order; the script uses the same order and the same file names.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["passwords", "english", "french", "spanish", "names", "arabic", "chinese", "russian", "russian-latin"];

    public const int UserList = 9;

    private static readonly Lazy<Dictionaries> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private Dictionaries(FrozenDictionary<string, RankedWord> words, int longest)
    {
        Words = words;
        Lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Longest = longest;
    }

    public static Dictionaries Instance => Shared.Value;

    public FrozenDictionary<string, RankedWord> Words { get; }

    public FrozenDictionary<string, RankedWord>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    public int Longest { get; }

    public static string ListName(int list) => list == UserList ? "user" : Names[list];

    private static Dictionaries Load()
    {
        var assembly = typeof(Dictionaries).Assembly;
        var words = new Dictionary<string, RankedWord>(StringComparer.Ordinal);
        var longest = 0;
        for (var list = 0; list < Names.Count; list++)
        {
            var rank = 0;
            foreach (var line in ReadLines(assembly, Names[list]))
            {
                rank++;
                // The build script already keeps each word in one list only; first wins if data is edited by hand.
                if (line.Length > 0 && words.TryAdd(line, new RankedWord(list, rank, line)))
                {
                    longest = Math.Max(longest, line.Length);
                }
            }
        }
        return new Dictionaries(words.ToFrozenDictionary(StringComparer.Ordinal), longest);
    }

    private static IEnumerable<string> ReadLines(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream($"Comity.Hygiene.Passwords.{name}.txt")
            ?? throw new InvalidOperationException($"Missing embedded word list {name}.txt");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return TextFold.Trim(line);
        }
    }
}
