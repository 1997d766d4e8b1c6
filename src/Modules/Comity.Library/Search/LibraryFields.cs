namespace Comity.Library.Search;

/// <summary>The metadata fields a search can filter on and count.</summary>
internal enum LibraryFacet
{
    Type,
    Countries,
    Region,
    Topics,
    Language,
    Year,
    Publisher,
    Licence,
}

/// <summary>Lucene field names. Facet fields are indexed as exact terms, stored, and carry sorted-set doc values for counting.</summary>
internal static class LibraryFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";
    public const string YearNumber = "year_number";
    public const string YearSort = "year_sort";

    public static IReadOnlyList<LibraryFacet> Facets { get; } = Enum.GetValues<LibraryFacet>();

    /// <summary>Countries and topics take several values per document; the other facets one at most.</summary>
    public static bool IsMultiValued(LibraryFacet facet) => facet is LibraryFacet.Countries or LibraryFacet.Topics;

    public static string Of(LibraryFacet facet) => facet switch
    {
        LibraryFacet.Type => "type",
        LibraryFacet.Countries => "country",
        LibraryFacet.Region => "region",
        LibraryFacet.Topics => "topic",
        LibraryFacet.Language => "language",
        LibraryFacet.Year => "year",
        LibraryFacet.Publisher => "publisher",
        LibraryFacet.Licence => "licence",
        _ => throw new ArgumentOutOfRangeException(nameof(facet)),
    };
}
