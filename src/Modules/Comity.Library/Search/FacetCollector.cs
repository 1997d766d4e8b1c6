using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Comity.Library.Search;

/// <summary>
/// Counts facet values over every matching document while the top hits are collected. Counting is by segment-local
/// ordinal into a flat array; ordinals become strings only once per segment, so a hit costs a few array increments.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly string[] fields;
    private readonly bool[] multiValued;
    private readonly Dictionary<string, int>[] totals;
    private readonly SortedSetDocValues?[] currentSets;
    private readonly SortedDocValues?[] currentSingles;
    private readonly int[][] segmentCounts;

    public FacetCollector(IEnumerable<LibraryFacet> facets)
    {
        var list = facets.ToList();
        fields = list.Select(LibraryFields.Of).ToArray();
        multiValued = list.Select(LibraryFields.IsMultiValued).ToArray();
        totals = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        currentSets = new SortedSetDocValues?[fields.Length];
        currentSingles = new SortedDocValues?[fields.Length];
        segmentCounts = new int[fields.Length][];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < fields.Length; i++)
        {
            if (multiValued[i])
            {
                var values = context.AtomicReader.GetSortedSetDocValues(fields[i]);
                currentSets[i] = values;
                segmentCounts[i] = values is null ? [] : new int[values.ValueCount];
            }
            else
            {
                var values = context.AtomicReader.GetSortedDocValues(fields[i]);
                currentSingles[i] = values;
                segmentCounts[i] = values is null ? [] : new int[values.ValueCount];
            }
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var counts = segmentCounts[i];
            if (currentSingles[i] is { } single)
            {
                var ord = single.GetOrd(doc);
                if (ord >= 0)
                {
                    counts[ord]++;
                }
            }
            else if (currentSets[i] is { } set)
            {
                set.SetDocument(doc);
                long ord;
                while ((ord = set.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    counts[ord]++;
                }
            }
        }
    }

    /// <summary>Counts per field, most frequent first (ties by value), at most <paramref name="top"/> values each.</summary>
    public Dictionary<LibraryFacet, IReadOnlyList<FacetCount>> Result(IReadOnlyList<LibraryFacet> facets, int top)
    {
        FlushSegment();
        var result = new Dictionary<LibraryFacet, IReadOnlyList<FacetCount>>();
        for (var i = 0; i < facets.Count; i++)
        {
            result[facets[i]] = totals[i]
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(top)
                .Select(p => new FacetCount(p.Key, p.Value))
                .ToList();
        }
        return result;
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var i = 0; i < fields.Length; i++)
        {
            var counts = segmentCounts[i];
            if (counts is null)
            {
                continue;
            }
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }
                if (currentSingles[i] is { } single)
                {
                    single.LookupOrd(ord, term);
                }
                else
                {
                    currentSets[i]!.LookupOrd(ord, term);
                }
                var key = term.Utf8ToString();
                totals[i][key] = totals[i].GetValueOrDefault(key) + counts[ord];
            }
            currentSets[i] = null;
            currentSingles[i] = null;
            segmentCounts[i] = null!;
        }
    }
}
