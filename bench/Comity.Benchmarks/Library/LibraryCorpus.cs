using System.Text;
using Comity.Library.Demo;
using Comity.Library.Search;

namespace Comity.Benchmarks.Library;

/// <summary>
/// Deterministic synthetic library documents. Each language's vocabulary is the demo documents' words (most frequent
/// first) followed by 20,000 pseudo-words spliced from them, drawn with a Zipf law (s = 1) so that term statistics
/// resemble real prose: a few very common words and a long tail. Bodies are 150 to 2,000 words (median about 500,
/// some 3 KB of text); the language mix leans to English and French as the network's library does.
/// </summary>
internal sealed class LibraryCorpus
{
    private const int TailWords = 20_000;
    private static readonly (string Language, int Weight)[] LanguageMix = [("en", 35), ("fr", 20), ("es", 15), ("ar", 10), ("ru", 10), ("zh", 10)];
    private static readonly string[] Types = ["legislation", "strategy", "guide", "training", "case-study"];
    private static readonly string[] Licences = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "All rights reserved"];
    private static readonly string[] Regions = ["West Africa", "East Africa", "Southern Africa", "North Africa", "Middle East", "Central Asia", "Eastern Europe", "Latin America", "Caribbean", "South-East Asia", "Pacific"];
    private static readonly string[] Countries = ["SN", "CI", "GH", "NG", "KE", "UG", "TZ", "ZA", "MA", "TN", "EG", "JO", "LB", "KZ", "UZ", "KG", "GE", "MD", "AM", "CO", "PE", "MX", "CR", "AR", "CL", "JM", "TT", "PH", "ID", "VN", "FJ", "PG", "BJ", "CM", "GA", "DZ", "SG", "CN", "BR", "IN"];
    private static readonly string[] Topics = ["electronic-evidence", "international-cooperation", "cybercrime-legislation", "ransomware", "online-child-protection", "incident-response", "capacity-building", "data-protection", "cyber-strategy", "financial-fraud", "online-investigations", "cryptocurrency", "darknet", "critical-infrastructure", "human-rights", "gender", "prosecution", "judicial-training", "public-awareness", "attribution"];

    private readonly Dictionary<string, Vocabulary> vocabularies;
    private readonly int seed;

    public LibraryCorpus(int seed)
    {
        this.seed = seed;
        var random = new Random(seed);
        vocabularies = DemoLibrary.Documents()
            .GroupBy(d => d.Metadata.Language)
            .ToDictionary(g => g.Key, g => Vocabulary.From(g.Key, g.Select(d => d.Title + " " + d.Text), random));
    }

    public IReadOnlyDictionary<string, Vocabulary> Vocabularies => vocabularies;

    public IEnumerable<LibraryDocument> Documents(int count)
    {
        var random = new Random(seed + 1);
        var totalWeight = LanguageMix.Sum(l => l.Weight);
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(totalWeight);
            var language = LanguageMix.First(l => (pick -= l.Weight) < 0).Language;
            var vocabulary = vocabularies[language];
            var words = (int)Math.Clamp(Math.Exp(6.2 + (0.6 * Gaussian(random))), 150, 2_000);
            yield return new LibraryDocument(
                "synthetic-" + i,
                vocabulary.Sentence(random, random.Next(5, 12)),
                vocabulary.Text(random, words),
                new LibraryMetadata(
                    language,
                    Types[random.Next(Types.Length)],
                    Pick(random, Countries, random.Next(1, 4)),
                    Regions[random.Next(Regions.Length)],
                    Pick(random, Topics, random.Next(1, 4)),
                    random.Next(10) == 0 ? null : 2000 + random.Next(27),
                    "Publisher " + random.Next(30),
                    Licences[random.Next(Licences.Length)]));
        }
    }

    private static string[] Pick(Random random, string[] values, int count) =>
        Enumerable.Range(0, count).Select(_ => values[random.Next(values.Length)]).Distinct().ToArray();

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>A language's words, most frequent first, with Zipf sampling.</summary>
    internal sealed class Vocabulary(string language, string[] words)
    {
        private readonly double[] cumulative = Cumulative(words.Length);

        public string[] Words { get; } = words;

        public static Vocabulary From(string language, IEnumerable<string> texts, Random random)
        {
            var tokens = texts.SelectMany(t => language == "zh" ? ChineseWords(t) : t.Split(' ', '\n', '.', ',', ':', ';', '(', ')', '*', '#', '-', '!', '?', '"', '«', '»', '،'))
                .Where(w => w.Length > 1 && w.All(char.IsLetter))
                .Select(w => w.ToLowerInvariant())
                .ToList();
            var known = tokens.GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
            var seen = known.ToHashSet();
            var tail = new List<string>();
            while (tail.Count < TailWords)
            {
                var a = known[random.Next(known.Count)];
                var b = known[random.Next(known.Count)];
                var word = language == "zh"
                    ? string.Concat(a[random.Next(a.Length)], b[random.Next(b.Length)])
                    : a[..Math.Max(1, a.Length / 2)] + b[(b.Length / 2)..];
                if (word.Length > 1 && seen.Add(word))
                {
                    tail.Add(word);
                }
            }
            return new Vocabulary(language, [.. known, .. tail]);
        }

        public string Word(Random random)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
            return Words[Math.Min(index < 0 ? ~index : index, Words.Length - 1)];
        }

        public string Sentence(Random random, int words)
        {
            var builder = new StringBuilder();
            AppendSentence(builder, random, words);
            return builder.ToString();
        }

        public string Text(Random random, int words)
        {
            var builder = new StringBuilder(words * 7);
            while (words > 0)
            {
                var length = Math.Min(words, random.Next(6, 25));
                AppendSentence(builder, random, length);
                builder.Append(random.Next(6) == 0 ? "\n\n" : " ");
                words -= length;
            }
            return builder.ToString();
        }

        private void AppendSentence(StringBuilder builder, Random random, int words)
        {
            var separator = language == "zh" ? "" : " ";
            for (var i = 0; i < words; i++)
            {
                if (i > 0)
                {
                    builder.Append(separator);
                }
                builder.Append(Word(random));
            }
            builder.Append(language == "zh" ? "。" : ".");
        }

        private static double[] Cumulative(int count)
        {
            var cumulative = new double[count];
            var sum = 0.0;
            for (var rank = 0; rank < count; rank++)
            {
                sum += 1.0 / (rank + 1);
                cumulative[rank] = sum;
            }
            return cumulative;
        }

        private static IEnumerable<string> ChineseWords(string text)
        {
            var han = new string(text.Where(c => c >= '\u4E00' && c <= '\u9FFF').ToArray());
            for (var i = 0; i + 1 < han.Length; i += 2)
            {
                yield return han.Substring(i, 2);
            }
        }
    }
}
