using System.Text.Json;
using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Objects;

/// <summary>One version of an object as the caller may see it.</summary>
public sealed record ObjectVersion(string Version, DateTimeOffset Added, Tlp Tlp, bool IsLatest, string Json);

/// <summary>
/// A relationship or sighting that points at the object. For relationships: its type, whether this object is
/// the source (<see cref="Outgoing"/>) and the object at the other end; for sightings: how many times.
/// </summary>
public sealed record RelatedObject(Guid CollectionId, string StixId, string Type, string? RelationshipType, bool Outgoing, string? OtherId, long? Count);

/// <summary>Everything the object page shows; only versions and related objects the caller may see.</summary>
public sealed record ObjectView(VisibleCollection Collection, string StixId, string Type, ObjectVersion Shown, IReadOnlyList<ObjectVersion> Versions,
    IReadOnlyList<RelatedObject> Related);

/// <summary>
/// One object with its versions and the relationships and sightings that refer to it. Every query goes
/// through <see cref="Visibility.VisibleTo"/>: an object, version or relationship the caller may not see is
/// not "hidden" on the page, it never leaves the database.
/// </summary>
internal static class ObjectDetails
{
    /// <summary>Most related objects listed; a hub with more links is searched instead.</summary>
    public const int MaxRelated = 200;

    public static async Task<ObjectView?> GetAsync(ExchangeCaller caller, Guid collectionId, string stixId, IReadOnlyList<VisibleCollection> readable,
        ExchangeDb db, CancellationToken cancellationToken)
    {
        var collection = readable.FirstOrDefault(c => c.Collection.Id == collectionId && c.Access.CanRead);
        if (collection is null || stixId.Length > 300)
        {
            return null;
        }
        var versions = await db.Objects.AsNoTracking().Where(o => o.CollectionId == collectionId).WithStixId(stixId)
            .VisibleTo(db, caller, collection.Access)
            .OrderByDescending(o => o.VersionMicros)
            .Select(o => new { o.Type, o.VersionMicros, o.AddedMicros, o.Tlp, o.IsLatest, o.Json })
            .Take(1000)
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }
        var list = versions.Select(v => new ObjectVersion(StixVersions.Format(v.VersionMicros), ExchangeModel.FromMicros(v.AddedMicros), v.Tlp, v.IsLatest, v.Json))
            .ToList();
        var related = await RelatedAsync(caller, stixId, readable, db, cancellationToken);
        return new ObjectView(collection, stixId, versions[0].Type, list[0], list, related);
    }

    private static async Task<IReadOnlyList<RelatedObject>> RelatedAsync(ExchangeCaller caller, string stixId, IReadOnlyList<VisibleCollection> readable,
        ExchangeDb db, CancellationToken cancellationToken)
    {
        var related = new List<RelatedObject>();
        var quoted = $"\"{stixId}\"";
        foreach (var c in readable.Where(c => c.Access.CanRead))
        {
            // The JSON narrows the rows in the database; the reference properties are then read to confirm.
            var rows = await db.Objects.AsNoTracking()
                .Where(o => o.CollectionId == c.Collection.Id && o.IsLatest && (o.Type == "relationship" || o.Type == "sighting") && o.Json.Contains(quoted))
                .VisibleTo(db, caller, c.Access)
                .OrderByDescending(o => o.Seq)
                .Take(MaxRelated)
                .Select(o => new { o.StixId, o.Type, o.Json })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                using var document = JsonDocument.Parse(row.Json);
                var json = document.RootElement;
                if (row.Type == "relationship")
                {
                    var source = BrowseObjects.StringProperty(json, "source_ref");
                    var target = BrowseObjects.StringProperty(json, "target_ref");
                    var kind = BrowseObjects.StringProperty(json, "relationship_type") ?? "related-to";
                    if (source == stixId || target == stixId)
                    {
                        related.Add(new RelatedObject(c.Collection.Id, row.StixId, row.Type, kind, source == stixId, source == stixId ? target : source, null));
                    }
                }
                else if (BrowseObjects.StringProperty(json, "sighting_of_ref") == stixId)
                {
                    long? count = json.TryGetProperty("count", out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt64(out var k) ? k : null;
                    related.Add(new RelatedObject(c.Collection.Id, row.StixId, row.Type, null, false, null, count));
                }
            }
        }
        return related.Take(MaxRelated).ToList();
    }
}
