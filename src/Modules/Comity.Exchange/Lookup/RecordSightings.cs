using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Comity.Exchange.Stix;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Lookup;

/// <summary>A sighting written because a lookup matched an indicator.</summary>
public sealed record RecordedSighting(string Indicator, string? Sighting, int? Count, string? Problem);

/// <summary>
/// Records that the caller's organisation saw what matched: one STIX sighting per organisation and indicator, stored in
/// the indicator's collection, whose <c>count</c> grows with every lookup that matches again (each time a new version).
/// A sighting is shared exactly as the indicator is, never wider: same TLP level, and for AMBER+STRICT and RED the
/// indicator's producer is named as recipient. Without the right to write to the collection nothing is recorded there.
/// </summary>
internal static class RecordSightings
{
    private static readonly Guid SightingNamespace = new("b0d4f3a6-5d8e-4c1f-8a2b-3e9f7c6d1a54");

    public static async Task<IReadOnlyList<RecordedSighting>> RecordAsync(ExchangeCaller caller, IReadOnlyList<SightedIndicator> sighted, ExchangeDb db,
        ApiRoots roots, IngestObjects ingest, TimeProvider clock, CancellationToken cancellationToken)
    {
        var recorded = new List<RecordedSighting>();
        var now = clock.GetUtcNow();
        foreach (var group in sighted.GroupBy(s => s.Collection))
        {
            var collection = await db.Collections.AsNoTracking().SingleAsync(c => c.Id == group.Key, cancellationToken);
            var root = await roots.ForCentreAsync(collection.CentreId, cancellationToken);
            if (root is null || !caller.AccessTo(collection, root).CanWrite)
            {
                recorded.AddRange(group.Select(s => new RecordedSighting(s.IndicatorId, null, null,
                    $"Not recorded: your organisation may not write to the collection '{collection.Title}'.")));
                continue;
            }
            var ids = group.ToDictionary(s => SightingId(caller.OrganisationId, s.IndicatorId), StringComparer.Ordinal);
            var keys = ids.Keys.ToList();
            var previous = await db.Objects.AsNoTracking()
                .Where(o => o.CollectionId == collection.Id && o.IsLatest).WithStixIds(keys)
                .ToDictionaryAsync(o => o.StixId, o => o.Json, StringComparer.Ordinal, cancellationToken);
            var objects = ids.Select(pair => Sighting(pair.Key, pair.Value, caller, previous.GetValueOrDefault(pair.Key), now)).ToList();
            var elements = objects.Prepend(OrganisationIdentity.For(caller.Organisation)).Select(o => JsonSerializer.SerializeToElement(o)).ToList();
            var refused = (await ingest.IngestAsync(collection, caller, elements, cancellationToken)).Refused
                .Where(f => f.Id is not null).GroupBy(f => f.Id!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Message, StringComparer.Ordinal);
            recorded.AddRange(objects.Zip(ids.Values).Select(pair => refused.TryGetValue((string)pair.First["id"]!, out var problem)
                ? new RecordedSighting(pair.Second.IndicatorId, null, null, problem)
                : new RecordedSighting(pair.Second.IndicatorId, (string)pair.First["id"]!, (int)pair.First["count"]!, null)));
        }
        return recorded;
    }

    private static JsonObject Sighting(string id, SightedIndicator indicator, ExchangeCaller caller, string? previousJson, DateTimeOffset now)
    {
        var identity = OrganisationIdentity.Id(caller.OrganisationId);
        var previous = previousJson is null ? null : JsonNode.Parse(previousJson)!.AsObject();
        var timestamp = OrganisationIdentity.Timestamp(now);
        if (previous is not null && string.CompareOrdinal(timestamp, (string)previous["modified"]!) <= 0)
        {
            // Two lookups within one millisecond: the new version still needs a later 'modified'.
            timestamp = OrganisationIdentity.Timestamp(DateTimeOffset.Parse((string)previous["modified"]!, CultureInfo.InvariantCulture).AddMilliseconds(1));
        }
        var sighting = new JsonObject
        {
            ["type"] = "sighting",
            ["spec_version"] = "2.1",
            ["id"] = id,
            ["created"] = previous?["created"]?.DeepClone() ?? timestamp,
            ["modified"] = timestamp,
            ["created_by_ref"] = identity,
            ["first_seen"] = previous?["first_seen"]?.DeepClone() ?? timestamp,
            ["last_seen"] = timestamp,
            ["count"] = ((int?)previous?["count"] ?? 0) + indicator.Observables,
            ["sighting_of_ref"] = indicator.IndicatorId,
            ["where_sighted_refs"] = new JsonArray(identity),
            ["object_marking_refs"] = new JsonArray(indicator.Tlp.ToMarking()),
        };
        if (indicator.Tlp >= Tlp.AmberStrict && indicator.Producer != caller.OrganisationId)
        {
            sighting[IncomingObjects.RecipientsProperty] = new JsonArray($"identity--{indicator.Producer}");
        }
        return sighting;
    }

    private static string SightingId(Guid organisation, string indicatorId) =>
        "sighting--" + StixIds.V5(SightingNamespace, System.Text.Encoding.UTF8.GetBytes($"{organisation:D}|{indicatorId}")).ToString("D");
}

/// <summary>An indicator a lookup matched, how many of the batch's observables matched it, and how it is shared.</summary>
internal sealed record SightedIndicator(string IndicatorId, Guid Collection, Tlp Tlp, Guid Producer, int Observables);
