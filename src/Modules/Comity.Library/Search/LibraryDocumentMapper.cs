using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Comity.Library.Search;

/// <summary>Between <see cref="LibraryDocument"/> and Lucene documents.</summary>
internal static class LibraryDocumentMapper
{
    public static Document ToLucene(LibraryDocument source)
    {
        var language = LibraryLanguages.Normalize(source.Metadata.Language)
            ?? throw new ArgumentException($"Document '{source.Id}' has language '{source.Metadata.Language}', which is not one of {string.Join(", ", LibraryLanguages.All)}.", nameof(source));
        if (string.IsNullOrWhiteSpace(source.Id))
        {
            throw new ArgumentException("A library document needs an id.", nameof(source));
        }
        var meta = source.Metadata;
        var doc = new Document
        {
            new StringField(LibraryFields.Id, source.Id, Field.Store.YES),
            new StoredField(LibraryFields.Title, source.Title),
            new StoredField(LibraryFields.Body, source.Text),
            new TextField(LibraryLanguages.TitleField(language), source.Title, Field.Store.NO),
            new TextField(LibraryLanguages.BodyField(language), source.Text, Field.Store.NO),
        };
        AddFacet(doc, LibraryFacet.Language, language);
        AddFacet(doc, LibraryFacet.Type, meta.Type);
        AddFacet(doc, LibraryFacet.Region, meta.Region);
        AddFacet(doc, LibraryFacet.Publisher, meta.Publisher);
        AddFacet(doc, LibraryFacet.Licence, meta.Licence);
        foreach (var country in meta.Countries.Distinct(StringComparer.Ordinal))
        {
            AddFacet(doc, LibraryFacet.Countries, country);
        }
        foreach (var topic in meta.Topics.Distinct(StringComparer.Ordinal))
        {
            AddFacet(doc, LibraryFacet.Topics, topic);
        }
        if (meta.Year is { } year)
        {
            AddFacet(doc, LibraryFacet.Year, year.ToString(CultureInfo.InvariantCulture));
            doc.Add(new Int32Field(LibraryFields.YearNumber, year, Field.Store.NO));
        }
        // Undated documents sort last when browsing newest first.
        doc.Add(new NumericDocValuesField(LibraryFields.YearSort, meta.Year ?? 0));
        return doc;
    }

    public static LibraryMetadata ReadMetadata(Document doc)
    {
        var year = doc.Get(LibraryFields.Of(LibraryFacet.Year), CultureInfo.InvariantCulture);
        return new LibraryMetadata(
            doc.Get(LibraryFields.Of(LibraryFacet.Language), CultureInfo.InvariantCulture),
            doc.Get(LibraryFields.Of(LibraryFacet.Type), CultureInfo.InvariantCulture) ?? "",
            doc.GetValues(LibraryFields.Of(LibraryFacet.Countries), CultureInfo.InvariantCulture),
            doc.Get(LibraryFields.Of(LibraryFacet.Region), CultureInfo.InvariantCulture),
            doc.GetValues(LibraryFields.Of(LibraryFacet.Topics), CultureInfo.InvariantCulture),
            year is null ? null : int.Parse(year, CultureInfo.InvariantCulture),
            doc.Get(LibraryFields.Of(LibraryFacet.Publisher), CultureInfo.InvariantCulture),
            doc.Get(LibraryFields.Of(LibraryFacet.Licence), CultureInfo.InvariantCulture));
    }

    private static void AddFacet(Document doc, LibraryFacet facet, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        var name = LibraryFields.Of(facet);
        var trimmed = value.Trim();
        doc.Add(new StringField(name, trimmed, Field.Store.YES));
        // Single-valued doc values read with one lookup per hit, about twice as fast to count as sorted sets.
        doc.Add(LibraryFields.IsMultiValued(facet) ? new SortedSetDocValuesField(name, new BytesRef(trimmed)) : new SortedDocValuesField(name, new BytesRef(trimmed)));
    }
}
