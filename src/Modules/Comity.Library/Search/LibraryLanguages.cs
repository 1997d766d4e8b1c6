using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Util;

namespace Comity.Library.Search;

/// <summary>The six UN languages the library indexes, each with its own Lucene analyser and fields.</summary>
internal static class LibraryLanguages
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static IReadOnlyList<string> All { get; } = ["ar", "en", "es", "fr", "ru", "zh"];

    /// <summary>"fr-FR" and "FR" become "fr", "zh-Hans" becomes "zh"; null when the language is not one of the six.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return All.Contains(primary) ? primary : null;
    }

    public static string TitleField(string language) => "title_" + language;

    public static string BodyField(string language) => "body_" + language;

    /// <summary>Chinese has no served segmenter, so CJK bigrams stand in: every adjacent pair of ideographs is a term.</summary>
    public static Analyzer CreateAnalyzer(string language) => language switch
    {
        "ar" => new ArabicAnalyzer(Version),
        "en" => new EnglishAnalyzer(Version),
        "es" => new SpanishAnalyzer(Version),
        "fr" => new FrenchAnalyzer(Version),
        "ru" => new RussianAnalyzer(Version),
        "zh" => new CJKAnalyzer(Version),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a library language."),
    };
}
