namespace Comity.Library.Search;

/// <summary>What the user asked for. Every part is optional; an empty request lists the whole library, newest first.</summary>
internal sealed record LibrarySearchRequest
{
    /// <summary>Free text: words, "quoted phrases", and -word to exclude. Any string is accepted.</summary>
    public string? Text { get; init; }

    /// <summary>The language the text is written in (picks its analyser and searches that language's documents); null searches all six.</summary>
    public string? QueryLanguage { get; init; }

    public LibraryFilters Filters { get; init; } = LibraryFilters.None;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    public bool IncludeFacets { get; init; } = true;
}

/// <summary>Metadata filters: values within one field are alternatives (OR), fields combine with AND.</summary>
internal sealed record LibraryFilters
{
    public static LibraryFilters None { get; } = new();

    public IReadOnlyList<string> Types { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<string> Publishers { get; init; } = [];

    public IReadOnlyList<string> Licences { get; init; } = [];

    /// <summary>Exact years of publication (alternatives), as the year facet offers them.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    public int? YearFrom { get; init; }

    public int? YearTo { get; init; }
}

/// <summary>One page of results with facet counts over every document that matched (not just the page).</summary>
internal sealed record LibrarySearchResult(
    int TotalHits,
    int Page,
    int PageSize,
    IReadOnlyList<LibraryHit> Hits,
    IReadOnlyDictionary<LibraryFacet, IReadOnlyList<FacetCount>> Facets);

/// <summary>A matching document. <paramref name="Snippets"/> are HTML: escaped text with matched terms in &lt;mark&gt;.</summary>
internal sealed record LibraryHit(string Id, string Title, float Score, IReadOnlyList<string> Snippets, LibraryMetadata Metadata);

internal sealed record FacetCount(string Value, int Count);
