using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Comity.Library.Search;

/// <summary>One analyser per language, shared by indexing, querying, snippets and more-like-this. Lucene analysers are thread-safe.</summary>
internal sealed class LibraryAnalyzers : IDisposable
{
    private readonly Dictionary<string, Analyzer> byLanguage;

    public LibraryAnalyzers()
    {
        byLanguage = LibraryLanguages.All.ToDictionary(l => l, LibraryLanguages.CreateAnalyzer);
        var perField = new Dictionary<string, Analyzer>();
        foreach (var (language, analyzer) in byLanguage)
        {
            perField[LibraryLanguages.TitleField(language)] = analyzer;
            perField[LibraryLanguages.BodyField(language)] = analyzer;
        }
        PerField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(LibraryLanguages.Version), perField);
    }

    /// <summary>Routes each title_xx and body_xx field to its language's analyser.</summary>
    public Analyzer PerField { get; }

    public Analyzer For(string language) => byLanguage[language];

    /// <summary>The terms and their positions the analyser makes of <paramref name="text"/> for <paramref name="field"/>.</summary>
    public static List<(string Term, int Position)> Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return terms;
    }

    public void Dispose()
    {
        PerField.Dispose();
        foreach (var analyzer in byLanguage.Values)
        {
            analyzer.Dispose();
        }
    }
}
