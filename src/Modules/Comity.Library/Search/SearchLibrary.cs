using Comity.Library.Data;
using Comity.Library.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Comity.Library.Search;

/// <summary>
/// A library search as the API and the search page ask for it. Filters take several values (alternatives within a field,
/// all fields together); <see cref="Language"/> is the language the words are written in, which picks the analyser.
/// </summary>
public sealed record SearchQuery
{
    /// <summary>Words, "quoted phrases" and -excluded words; empty lists the whole library, newest first.</summary>
    public string? Q { get; init; }

    /// <summary>The query's language (ar, en, es, fr, ru, zh); empty analyses the words in all six and searches every document.</summary>
    public string? Language { get; init; }

    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Documents written in these languages.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<int> Years { get; init; } = [];

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

/// <summary>
/// One page of matches, and counts per facet value over all matches. <see cref="QueryLanguage"/> is the analyser the words
/// went through; null when all six were used.
/// </summary>
public sealed record SearchResponse(int Total, int Page, int PageSize, string? QueryLanguage, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetGroup> Facets)
{
    public int PageCount => PageSize == 0 ? 0 : (Math.Min(Total, LibraryIndex.MaxResultDepth) + PageSize - 1) / PageSize;
}

/// <summary>A matching document. <paramref name="Snippets"/> are HTML whose only markup is &lt;mark&gt; around matched words.</summary>
public sealed record SearchHit(Guid Id, string Title, string Type, string Language, IReadOnlyList<string> Countries, string? Region,
    IReadOnlyList<string> Topics, int? Year, string? Publisher, string? Summary, IReadOnlyList<string> Snippets);

/// <summary>Counts for one facet: type, language, region, country, topic or year.</summary>
public sealed record FacetGroup(string Name, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Value, int Count, bool Selected);

/// <summary>Full-text search over the library with facets, and documents like a given one.</summary>
public static class SearchLibrary
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;

    /// <summary>The facets offered, in the order pages show them.</summary>
    public static IReadOnlyList<string> FacetNames { get; } = ["type", "language", "topic", "region", "country", "year"];

    public static async Task<SearchResponse> RunAsync(SearchQuery query, LibraryDb db, LibraryIndexKeeper keeper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var index = await keeper.CurrentAsync(db, cancellationToken);
        var filters = Filters(query);
        var page = Math.Clamp(query.Page ?? 1, 1, LibraryIndex.MaxResultDepth);
        var pageSize = Math.Clamp(query.PageSize ?? DefaultPageSize, 1, MaxPageSize);
        // Written in one language, searched in that language's documents: a facet on one language says the same.
        var language = LibraryLanguages.Normalize(query.Language)
            ?? (filters.Languages.Distinct(StringComparer.Ordinal).Count() == 1 ? LibraryLanguages.Normalize(filters.Languages[0]) : null);
        var request = new LibrarySearchRequest { Text = query.Q, QueryLanguage = language, Filters = filters, Page = page, PageSize = pageSize };
        var result = index.Search(request);
        var facets = new List<FacetGroup>();
        foreach (var name in FacetNames)
        {
            var facet = Facet(name);
            var selected = Selected(name, filters);
            var counts = result.Facets.GetValueOrDefault(facet) ?? [];
            if (selected.Count > 0)
            {
                // Counted without this facet's own filter, so the other values stay offered ("drill sideways").
                var sideways = index.Search(request with { Filters = Without(name, filters), Page = 1, PageSize = 1 });
                counts = sideways.Facets.GetValueOrDefault(facet) ?? [];
            }
            var values = counts.Select(c => new FacetValue(c.Value, c.Count, selected.Contains(c.Value))).ToList();
            values.AddRange(selected.Where(s => values.All(v => v.Value != s)).Select(s => new FacetValue(s, 0, true)));
            facets.Add(new FacetGroup(name, name == "year"
                ? values.OrderByDescending(v => v.Value, StringComparer.Ordinal).ToList()
                : values));
        }
        var hits = await ConfirmAsync(result.Hits, db, cancellationToken);
        return new SearchResponse(result.TotalHits, page, pageSize, language, hits, facets);
    }

    /// <summary>Up to <paramref name="count"/> documents like <paramref name="id"/>, most similar first.</summary>
    public static async Task<IReadOnlyList<SearchHit>> SimilarAsync(Guid id, int count, LibraryDb db, LibraryIndexKeeper keeper, CancellationToken cancellationToken)
    {
        var index = await keeper.CurrentAsync(db, cancellationToken);
        return await ConfirmAsync(index.MoreLikeThis(id.ToString(), Math.Clamp(count, 1, MaxPageSize)), db, cancellationToken);
    }

    /// <summary>The hits' summaries from the database; a hit whose document is gone (deleted on another node a moment ago) is dropped.</summary>
    internal static async Task<IReadOnlyList<SearchHit>> ConfirmAsync(IReadOnlyList<LibraryHit> hits, LibraryDb db, CancellationToken cancellationToken)
    {
        var ids = hits.Select(h => Guid.TryParse(h.Id, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var summaries = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Summary })
            .ToDictionaryAsync(d => d.Id, d => d.Summary, cancellationToken);
        return hits.Where(h => Guid.TryParse(h.Id, out var id) && summaries.ContainsKey(id))
            .Select(h =>
            {
                var id = Guid.Parse(h.Id);
                var m = h.Metadata;
                return new SearchHit(id, h.Title, m.Type, m.Language, m.Countries, m.Region, m.Topics, m.Year, m.Publisher, summaries[id],
                    h.Snippets.Select(SnippetHtml.Safe).ToList());
            })
            .ToList();
    }

    private static LibraryFilters Filters(SearchQuery query) => new()
    {
        Types = Clean(query.Types),
        Languages = Clean(query.Languages).Select(l => LibraryLanguages.Normalize(l) ?? l).ToList(),
        Regions = Clean(query.Regions),
        Countries = Clean(query.Countries).Select(c => c.ToUpperInvariant()).ToList(),
        Topics = Clean(query.Topics),
        Years = query.Years.Distinct().ToList(),
    };

    private static List<string> Clean(IReadOnlyList<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).Take(50).ToList();

    private static LibraryFacet Facet(string name) => name switch
    {
        "type" => LibraryFacet.Type,
        "language" => LibraryFacet.Language,
        "topic" => LibraryFacet.Topics,
        "region" => LibraryFacet.Region,
        "country" => LibraryFacet.Countries,
        _ => LibraryFacet.Year,
    };

    private static List<string> Selected(string name, LibraryFilters filters) => name switch
    {
        "type" => [.. filters.Types],
        "language" => [.. filters.Languages],
        "topic" => [.. filters.Topics],
        "region" => [.. filters.Regions],
        "country" => [.. filters.Countries],
        _ => filters.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
    };

    private static LibraryFilters Without(string name, LibraryFilters filters) => name switch
    {
        "type" => filters with { Types = [] },
        "language" => filters with { Languages = [] },
        "topic" => filters with { Topics = [] },
        "region" => filters with { Regions = [] },
        "country" => filters with { Countries = [] },
        _ => filters with { Years = [] },
    };
}
