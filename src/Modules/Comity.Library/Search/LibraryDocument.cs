namespace Comity.Library.Search;

/// <summary>A library item as the index sees it: extracted plain text plus the metadata searched and counted on.</summary>
/// <param name="Id">Stable identifier; add, update and delete are keyed on it.</param>
/// <param name="Title">Display title, in the document's language.</param>
/// <param name="Text">Plain text of the body (see <c>Comity.Library.Extraction.TextExtractor</c>).</param>
/// <param name="Metadata">Facet and filter values.</param>
internal sealed record LibraryDocument(string Id, string Title, string Text, LibraryMetadata Metadata);

/// <summary>Metadata stored with each document; every field is filterable and counted as a facet.</summary>
/// <param name="Language">One of <see cref="LibraryLanguages.All"/>; picks the analyser for title and body.</param>
/// <param name="Type">legislation, strategy, guide, training, case-study, ...</param>
/// <param name="Countries">ISO 3166 alpha-2 codes the document is about.</param>
/// <param name="Region">Regional grouping, e.g. "West Africa".</param>
/// <param name="Topics">Topic slugs, e.g. "electronic-evidence".</param>
/// <param name="Year">Year of publication, when known.</param>
/// <param name="Publisher">Issuing body.</param>
/// <param name="Licence">SPDX-style licence identifier, e.g. "CC-BY-4.0".</param>
internal sealed record LibraryMetadata(
    string Language,
    string Type,
    IReadOnlyList<string> Countries,
    string? Region,
    IReadOnlyList<string> Topics,
    int? Year,
    string? Publisher,
    string? Licence);
