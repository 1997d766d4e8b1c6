using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Comity.Library.Search;

/// <summary>Metadata filters as a Lucene filter: exact-term ORs within a field (years too), AND across fields, a numeric range on year.</summary>
internal static class LibraryFilterBuilder
{
    public static Filter? Build(LibraryFilters filters)
    {
        var all = new BooleanQuery();
        AddField(all, LibraryFacet.Type, filters.Types);
        AddField(all, LibraryFacet.Countries, filters.Countries);
        AddField(all, LibraryFacet.Region, filters.Regions);
        AddField(all, LibraryFacet.Topics, filters.Topics);
        AddField(all, LibraryFacet.Language, filters.Languages.Select(l => LibraryLanguages.Normalize(l) ?? l).ToList());
        AddField(all, LibraryFacet.Publisher, filters.Publishers);
        AddField(all, LibraryFacet.Licence, filters.Licences);
        AddField(all, LibraryFacet.Year, filters.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
        if (filters.YearFrom is not null || filters.YearTo is not null)
        {
            all.Add(NumericRangeQuery.NewInt32Range(LibraryFields.YearNumber, filters.YearFrom, filters.YearTo, minInclusive: true, maxInclusive: true), Occur.MUST);
        }
        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    private static void AddField(BooleanQuery all, LibraryFacet facet, IReadOnlyList<string> values)
    {
        var wanted = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return;
        }
        var field = LibraryFields.Of(facet);
        var anyOf = new BooleanQuery();
        foreach (var value in wanted)
        {
            anyOf.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }
        all.Add(anyOf, Occur.MUST);
    }
}
