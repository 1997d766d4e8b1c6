using System.Text.Json;
using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Objects;

/// <summary>What a person browsing the store filters on. <see cref="Before"/> is the keyset cursor: the row key of the last row of the previous page.</summary>
public sealed record BrowseFilter(
    Guid? Collection,
    string? Type,
    string? Label,
    Tlp? Tlp,
    DateOnly? AddedFrom,
    DateOnly? AddedTo,
    string? Text,
    long? Before);

/// <summary>One object in a list: the latest version the caller may see, with what a row needs.</summary>
public sealed record ObjectSummary(
    Guid CollectionId,
    string CollectionTitle,
    string StixId,
    string Type,
    string? Name,
    IReadOnlyList<string> Labels,
    Tlp Tlp,
    DateTimeOffset Added,
    long Seq);

/// <summary>A page of objects, newest first; <see cref="Next"/> is the cursor of the following page when there is one.</summary>
public sealed record ObjectList(IReadOnlyList<ObjectSummary> Rows, long? Next);

/// <summary>
/// Browsing and searching across every collection the caller may read. Each collection is asked through
/// <see cref="ReadObjects.Filtered"/>, so the TLP rule runs in the database exactly as it does for TAXII;
/// the pages merge the answers newest first and page on the row key (keyset, never offsets).
/// </summary>
internal static class BrowseObjects
{
    public const int PageSize = 50;
    public const int MaxTextLength = 200;

    /// <summary>The collections the caller may read, in every API root.</summary>
    public static async Task<IReadOnlyList<VisibleCollection>> ReadableAsync(ExchangeCaller caller, ExchangeDb db, ApiRoots roots, CancellationToken cancellationToken) =>
        (await FindCollections.EverywhereAsync(db, roots, caller, cancellationToken)).Where(c => c.Access.CanRead).ToList();

    /// <summary>The latest visible versions per TLP level, for each collection the caller may read.</summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<Tlp, int>>> CountsAsync(ExchangeCaller caller, IReadOnlyList<VisibleCollection> collections,
        ExchangeDb db, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<Guid, IReadOnlyDictionary<Tlp, int>>();
        foreach (var c in collections.Where(c => c.Access.CanRead))
        {
            var query = new ObjectQuery(null, 1, [], [], VersionFilter.Latest, []);
            var rows = await ReadObjects.Filtered(db, c.Collection.Id, caller, c.Access, query)
                .GroupBy(o => o.Tlp).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            counts[c.Collection.Id] = rows.ToDictionary(r => r.Key, r => r.Count);
        }
        return counts;
    }

    public static async Task<ObjectList> SearchAsync(ExchangeCaller caller, IReadOnlyList<VisibleCollection> readable, BrowseFilter filter, ExchangeDb db,
        CancellationToken cancellationToken)
    {
        var text = Trimmed(filter.Text);
        var label = Trimmed(filter.Label);
        var type = Trimmed(filter.Type)?.ToLowerInvariant();
        long? from = filter.AddedFrom is { } f ? ExchangeModel.ToMicros(new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) : null;
        long? to = filter.AddedTo is { } t ? ExchangeModel.ToMicros(new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) : null;
        var candidates = new List<(VisibleCollection Collection, long Seq, string StixId, string Type, Tlp Tlp, long Added, string Json)>();
        foreach (var c in readable.Where(c => c.Access.CanRead && (filter.Collection is null || c.Collection.Id == filter.Collection)))
        {
            var objects = ReadObjects.Filtered(db, c.Collection.Id, caller, c.Access, new ObjectQuery(null, PageSize, [], [], VersionFilter.Latest, []));
            if (type is not null)
            {
                objects = objects.Where(o => o.Type == type);
            }
            if (filter.Tlp is { } tlp)
            {
                objects = objects.Where(o => o.Tlp == tlp);
            }
            if (from is { } lower)
            {
                objects = objects.Where(o => o.AddedMicros >= lower);
            }
            if (to is { } upper)
            {
                objects = objects.Where(o => o.AddedMicros < upper);
            }
            if (filter.Before is { } before)
            {
                objects = objects.Where(o => o.Seq < before);
            }
            // The JSON is searched in the database to narrow the rows; the properties are confirmed below, so a
            // word that only appears in, say, a pattern or a property name does not count as a match.
            if (text is not null)
            {
                var lowered = text.ToLowerInvariant();
                objects = objects.Where(o => o.Json.ToLower().Contains(lowered));
            }
            if (label is not null)
            {
                var quoted = $"\"{label}\"";
                objects = objects.Where(o => o.Json.Contains(quoted));
            }
            // Newest first by date_added, which the (collection, date_added) index serves, so a page reads about fifty rows
            // instead of sorting the collection. Within one collection this is also the order of seq (both are handed out
            // under the collection's lock), so the pages merge collections and keep their cursor on seq.
            var rows = await objects.OrderByDescending(o => o.AddedMicros).Take(PageSize + 1)
                .Select(o => new { o.Seq, o.StixId, o.Type, o.Tlp, o.AddedMicros, o.Json }).ToListAsync(cancellationToken);
            candidates.AddRange(rows.Select(r => (c, r.Seq, r.StixId, r.Type, r.Tlp, r.AddedMicros, r.Json)));
        }
        var page = candidates.OrderByDescending(r => r.Seq).Take(PageSize + 1).ToList();
        long? next = null;
        if (page.Count > PageSize)
        {
            page.RemoveAt(page.Count - 1);
            next = page[^1].Seq;
        }
        var summaries = new List<ObjectSummary>(page.Count);
        foreach (var row in page)
        {
            using var document = JsonDocument.Parse(row.Json);
            var json = document.RootElement;
            var name = StringProperty(json, "name");
            var labels = Labels(json);
            if (text is not null && !Mentions(name, text) && !Mentions(StringProperty(json, "description"), text) && !Mentions(row.StixId, text))
            {
                continue;
            }
            if (label is not null && !labels.Contains(label, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            summaries.Add(new ObjectSummary(row.Collection.Collection.Id, row.Collection.Collection.Title, row.StixId, row.Type, name, labels, row.Tlp,
                ExchangeModel.FromMicros(row.Added), row.Seq));
        }
        return new ObjectList(summaries, next);
    }

    internal static string? StringProperty(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static IReadOnlyList<string> Labels(JsonElement json) =>
        json.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Array
            ? labels.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()!).ToList()
            : [];

    private static bool Mentions(string? value, string text) => value is not null && value.Contains(text, StringComparison.OrdinalIgnoreCase);

    private static string? Trimmed(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > MaxTextLength ? trimmed[..MaxTextLength] : trimmed;
    }
}
