using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Comity.Library.Search;

/// <summary>A built query plus, per body field, the analysed terms to mark in snippets.</summary>
internal sealed record BuiltQuery(Query Query, bool HasText, IReadOnlyDictionary<string, HashSet<string>> HighlightTerms);

/// <summary>
/// Turns parsed query parts into a Lucene query. Each part is analysed separately with the analyser of every language
/// searched and becomes an OR over those languages' title and body fields; parts combine with AND. When a part
/// analyses to several terms (a quoted phrase, "e-mail", Chinese bigrams) it becomes a phrase query.
/// </summary>
internal sealed class LibraryQueryBuilder(LibraryAnalyzers analyzers)
{
    private const float TitleBoost = 2f;

    public BuiltQuery Build(string? text, IReadOnlyList<string> languages)
    {
        var parts = QueryText.Parse(text);
        var highlight = languages.ToDictionary(LibraryLanguages.BodyField, _ => new HashSet<string>(StringComparer.Ordinal));
        var root = new BooleanQuery();
        var positive = false;
        foreach (var part in parts)
        {
            var alternatives = new BooleanQuery(disableCoord: true);
            var stopwordSomewhere = false;
            foreach (var language in languages)
            {
                var analyzer = analyzers.For(language);
                var body = LibraryLanguages.BodyField(language);
                var terms = LibraryAnalyzers.Analyze(analyzer, body, part.Text);
                if (terms.Count == 0)
                {
                    stopwordSomewhere = true;
                    continue;
                }
                alternatives.Add(FieldQuery(LibraryLanguages.TitleField(language), terms, TitleBoost), Occur.SHOULD);
                alternatives.Add(FieldQuery(body, terms, 1f), Occur.SHOULD);
                if (!part.IsExcluded)
                {
                    highlight[body].UnionWith(terms.Select(t => t.Term));
                }
            }
            if (alternatives.Clauses.Count == 0)
            {
                continue;
            }
            // A word that is a stop word in some searched language ("de", "the") only ranks; requiring it would
            // demand it in the languages that index it and silently drop every document in the others.
            var occur = part.IsExcluded ? Occur.MUST_NOT : stopwordSomewhere && !part.IsPhrase ? Occur.SHOULD : Occur.MUST;
            positive |= occur != Occur.MUST_NOT;
            root.Add(alternatives, occur);
        }
        if (!positive)
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return new BuiltQuery(root, positive, highlight);
    }

    private static Query FieldQuery(string field, List<(string Term, int Position)> terms, float boost)
    {
        Query query;
        if (terms.Count == 1)
        {
            query = new TermQuery(new Term(field, terms[0].Term));
        }
        else
        {
            var phrase = new PhraseQuery();
            foreach (var (term, position) in terms)
            {
                phrase.Add(new Term(field, term), position);
            }
            query = phrase;
        }
        query.Boost = boost;
        return query;
    }
}
