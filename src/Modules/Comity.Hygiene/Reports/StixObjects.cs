using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Comity.Exchange.Sharing;
using Comity.Exchange.Stix;
using Comity.Identity.Organisations;

namespace Comity.Hygiene.Reports;

/// <summary>
/// The STIX 2.1 objects an accepted report's items become, for the bundle export and the exchange alike. Identifiers
/// are deterministic (the same queue and value always give the same indicator), so writing an item again is a no-op
/// or a new version, never a second indicator. Only the scam's own artefacts go in: nothing about the reporter.
/// </summary>
internal static class StixObjects
{
    /// <summary>The STIX 2.1 namespace for deterministic cyber-observable identifiers (section 2.9).</summary>
    private static readonly Guid ScoNamespace = Guid.Parse("00abedb4-aa42-466c-9c01-fed23315a9b7");

    /// <summary>Comity's own namespace for identifiers of the objects it derives.</summary>
    private static readonly Guid ComityNamespace = Guid.Parse("6f1c2b7e-3d4a-5e8b-9c0d-1a2b3c4d5e6f");

    /// <summary>The OASIS TLP 2.0 marking definitions (extension-definition--60a3c5c5-…).</summary>
    public static readonly IReadOnlyDictionary<Tlp, (string Id, string Name, string Value)> Markings = new Dictionary<Tlp, (string, string, string)>
    {
        [Tlp.Clear] = (TlpMarkings.Clear, "TLP:CLEAR", "clear"),
        [Tlp.Green] = (TlpMarkings.Green, "TLP:GREEN", "green"),
    };

    private const string TlpExtension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    private static readonly JsonSerializerOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string IdentityId(Guid organisation) => OrganisationIdentity.Id(organisation);

    public static string IndicatorId(ScamItem item) =>
        $"indicator--{UuidV5(ComityNamespace, $"indicator:{item.OrganisationId}:{item.Kind}:{item.Value}")}";

    public static JsonObject Identity(OrganisationResponse organisation) => OrganisationIdentity.For(organisation);

    public static JsonObject MarkingDefinition(Tlp tlp)
    {
        var (id, name, value) = Markings[tlp];
        return new JsonObject
        {
            ["type"] = "marking-definition", ["spec_version"] = "2.1", ["id"] = id, ["created"] = "2022-10-01T00:00:00.000Z", ["name"] = name,
            ["extensions"] = new JsonObject { [TlpExtension] = new JsonObject { ["extension_type"] = "property-extension", ["tlp_2_0"] = value } },
        };
    }

    /// <summary>The item's cyber-observable (<c>url</c>, <c>domain-name</c> or <c>email-addr</c>); phone numbers have none in STIX 2.1.</summary>
    public static JsonObject Observable(ScamItem item) => new()
    {
        ["type"] = TypeOf(item), ["spec_version"] = "2.1", ["id"] = ObservableId(item), ["value"] = item.Value,
    };

    /// <summary>An indicator whose STIX pattern matches the item; its version is the item's first sighting, so it never changes.</summary>
    public static JsonObject Indicator(ScamItem item, Tlp tlp)
    {
        var type = TypeOf(item);
        var first = Timestamp(item.FirstSeen);
        return new JsonObject
        {
            ["type"] = "indicator", ["spec_version"] = "2.1", ["id"] = IndicatorId(item),
            ["created_by_ref"] = IdentityId(item.OrganisationId), ["created"] = first, ["modified"] = first,
            ["name"] = $"Reported scam {type}: {item.Value}",
            ["indicator_types"] = new JsonArray("malicious-activity"),
            ["pattern"] = $"[{type}:value = '{item.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']",
            ["pattern_type"] = "stix", ["valid_from"] = first,
            ["object_marking_refs"] = new JsonArray(Markings[tlp].Id),
        };
    }

    /// <summary>How often accepted reports named the item, as observed data over its observable (the bundle export).</summary>
    public static JsonObject ObservedData(ScamItem item, DateTimeOffset now) => new()
    {
        ["type"] = "observed-data", ["spec_version"] = "2.1", ["id"] = $"observed-data--{UuidV5(ComityNamespace, $"observed:{item.Id}")}",
        ["created_by_ref"] = IdentityId(item.OrganisationId), ["created"] = Timestamp(item.FirstSeen), ["modified"] = Timestamp(now),
        ["first_observed"] = Timestamp(item.FirstSeen), ["last_observed"] = Timestamp(item.LastSeen), ["number_observed"] = item.Count,
        ["object_refs"] = new JsonArray(ObservableId(item)),
        ["object_marking_refs"] = new JsonArray(Markings[item.Tlp].Id),
    };

    /// <summary>
    /// The queue's sighting of the item's indicator, one object per item whose <c>count</c> is the number of accepted
    /// reports that named it: each repeat writes a new version (modified <paramref name="now"/>, to the microsecond).
    /// </summary>
    public static JsonObject Sighting(ScamItem item, DateTimeOffset now) => new()
    {
        ["type"] = "sighting", ["spec_version"] = "2.1",
        ["id"] = $"sighting--{UuidV5(ComityNamespace, $"sighting:{item.OrganisationId}:{item.Kind}:{item.Value}")}",
        ["created_by_ref"] = IdentityId(item.OrganisationId),
        ["created"] = Timestamp(item.FirstSeen), ["modified"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["first_seen"] = Timestamp(item.FirstSeen), ["last_seen"] = Timestamp(item.LastSeen), ["count"] = item.Count,
        ["sighting_of_ref"] = IndicatorId(item),
        ["where_sighted_refs"] = new JsonArray(IdentityId(item.OrganisationId)),
        ["object_marking_refs"] = new JsonArray(Markings[item.Tlp].Id),
    };

    public static string Timestamp(DateTimeOffset instant) => OrganisationIdentity.Timestamp(instant);

    private static string TypeOf(ScamItem item) => item.Kind switch
    {
        ItemKind.Url => "url",
        ItemKind.Domain => "domain-name",
        ItemKind.Email => "email-addr",
        _ => throw new InvalidOperationException("STIX 2.1 has no observable for telephone numbers."),
    };

    private static string ObservableId(ScamItem item) =>
        $"{TypeOf(item)}--{UuidV5(ScoNamespace, JsonSerializer.Serialize(new { value = item.Value }, Canonical))}";

    /// <summary>RFC 9562 name-based UUID, version 5, as STIX requires for deterministic identifiers.</summary>
    internal static Guid UuidV5(Guid ns, string name) => StixIds.V5(ns, Encoding.UTF8.GetBytes(name));
}
