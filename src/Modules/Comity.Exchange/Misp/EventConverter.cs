using System.Text.Json;
using System.Text.Json.Nodes;
using Comity.Exchange.Sharing;
using Comity.Exchange.Stix;

namespace Comity.Exchange.Misp;

/// <summary>The state of one event's conversion: what has been produced so far and how MISP uuids map to STIX ids.</summary>
internal sealed partial class EventConverter(JsonElement mispEvent, MispImportOptions options)
{
    /// <summary>Organisations carry no timestamp in MISP; a fixed one keeps their identity objects identical across events.</summary>
    private static readonly string IdentityTime = StixTime.Format(DateTimeOffset.UnixEpoch);

    private readonly string eventUuid = MispJson.Text(mispEvent, "uuid")!;
    private readonly List<MispWarning> warnings = [];
    private readonly List<JsonObject> domainObjects = [];
    private readonly Dictionary<string, JsonObject> identities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsonObject Json, Tlp Tlp)> observables = new(StringComparer.Ordinal);
    private readonly List<string> observableOrder = [];
    private readonly HashSet<string> emitted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> stixIdByMispUuid = new(StringComparer.Ordinal);
    private readonly JsonArray externalReferences = [];
    private readonly HashSet<string> galaxyTags = new(StringComparer.Ordinal);
    private DateTimeOffset eventTime;
    private Tlp eventTlp;
    private string? authorId;

    public MispConversion Run()
    {
        eventTime = MispJson.UnixTime(mispEvent, "timestamp") ?? MispJson.IsoTime(mispEvent, "date") ?? options.Time.GetUtcNow();
        CollectGalaxyTags(mispEvent);
        var (tlp, labels) = ReadTags(mispEvent, eventUuid, "event", null);
        eventTlp = tlp ?? options.DefaultTlp;
        authorId = Identity(MispJson.Child(mispEvent, "Orgc") ?? MispJson.Child(mispEvent, "Org"));
        if (authorId is null)
        {
            Warn(eventUuid, "event", "the event names no creator organisation (Orgc); objects have no created_by_ref");
        }

        var eventClusters = ConvertGalaxies(mispEvent, eventTlp);
        LinkEventGalaxies(eventClusters);
        var index = 0;
        foreach (var attribute in MispJson.Items(mispEvent, "Attribute"))
        {
            ConvertAttribute(attribute, eventUuid + "/attribute/" + index++);
        }
        index = 0;
        foreach (var obj in MispJson.Items(mispEvent, "Object"))
        {
            ConvertObject(obj, eventUuid + "/object/" + index++);
        }
        ConvertObjectReferences();
        ConvertEventSightings();
        return Finish(labels);
    }

    private MispConversion Finish(List<string> labels)
    {
        var contents = identities.Values.Concat(domainObjects).Select(o => (string)o["id"]!)
            .Concat(observableOrder).ToList();
        if (contents.Count == 0)
        {
            Warn(eventUuid, "event", "the event holds nothing that maps to STIX; no report was made");
            return new MispConversion(null, [], warnings);
        }
        var container = Container(labels, contents);
        var objects = new List<string>(contents.Count + 1);
        objects.AddRange(identities.Values.Select(o => o.ToJsonString()));
        objects.Add(container.ToJsonString());
        objects.AddRange(domainObjects.Select(o => o.ToJsonString()));
        objects.AddRange(observableOrder.Select(id => observables[id].Json.ToJsonString()));
        return new MispConversion((string)container["id"]!, objects, warnings);
    }

    private JsonObject Container(List<string> labels, List<string> contents)
    {
        var type = options.Container == MispContainer.Report ? "report" : "grouping";
        var created = MispJson.IsoTime(mispEvent, "date") is { } date && date < eventTime ? date : eventTime;
        var container = Sdo(type, StixIds.FromMisp(type, eventUuid, eventUuid), created, eventTime);
        container["name"] = MispJson.Text(mispEvent, "info") is { Length: > 0 } info ? info : "MISP event " + eventUuid;
        if (options.Container == MispContainer.Report)
        {
            container["report_types"] = new JsonArray("threat-report");
            container["published"] = StixTime.Format(MispJson.UnixTime(mispEvent, "publish_timestamp") ?? eventTime);
        }
        else
        {
            container["context"] = "suspicious-activity";
        }
        container["object_refs"] = new JsonArray([.. contents.Select(id => (JsonNode)id)]);
        externalReferences.Insert(0, new JsonObject { ["source_name"] = "misp", ["external_id"] = eventUuid });
        container["external_references"] = externalReferences;
        foreach (var (field, names) in EventLabels)
        {
            if (MispJson.Text(mispEvent, field) is { } code && names.TryGetValue(code, out var name))
            {
                labels.Add($"misp:{field}=\"{name}\"");
            }
        }
        Finish(container, eventTlp, labels);
        return container;
    }

    /// <summary>MISP's coded event fields, kept as labels; distribution is a sharing scope, not a TLP, so it is only recorded.</summary>
    private static readonly (string Field, Dictionary<string, string> Names)[] EventLabels =
    [
        ("threat_level_id", new(StringComparer.Ordinal) { ["1"] = "high", ["2"] = "medium", ["3"] = "low", ["4"] = "undefined" }),
        ("analysis", new(StringComparer.Ordinal) { ["0"] = "initial", ["1"] = "ongoing", ["2"] = "completed" }),
        ("distribution", new(StringComparer.Ordinal)
        {
            ["0"] = "organisation-only", ["1"] = "community-only", ["2"] = "connected-communities",
            ["3"] = "all-communities", ["4"] = "sharing-group",
        }),
    ];

    /// <summary>The identity of a MISP organisation, made once per conversion; null when the element names none.</summary>
    private string? Identity(JsonElement? org)
    {
        if (org is not { } o || MispJson.Text(o, "name") is not { Length: > 0 } name)
        {
            return null;
        }
        var uuid = MispJson.Text(o, "uuid");
        var id = StixIds.FromMisp("identity", uuid, "org|" + name);
        if (!identities.ContainsKey(id))
        {
            identities[id] = new JsonObject
            {
                ["type"] = "identity",
                ["spec_version"] = "2.1",
                ["id"] = id,
                ["created"] = IdentityTime,
                ["modified"] = IdentityTime,
                ["name"] = name,
                ["identity_class"] = "organization",
            };
        }
        return id;
    }

    /// <summary>The common head of a domain or relationship object, authored by the event's creator organisation.</summary>
    private JsonObject Sdo(string type, string id, DateTimeOffset created, DateTimeOffset modified, string? author = null)
    {
        var sdo = new JsonObject { ["type"] = type, ["spec_version"] = "2.1", ["id"] = id };
        if ((author ?? authorId) is { } by)
        {
            sdo["created_by_ref"] = by;
        }
        sdo["created"] = StixTime.Format(created);
        sdo["modified"] = StixTime.Format(modified < created ? created : modified);
        return sdo;
    }

    private static void Finish(JsonObject sdo, Tlp tlp, IReadOnlyCollection<string>? labels)
    {
        if (labels is { Count: > 0 })
        {
            sdo["labels"] = new JsonArray([.. labels.Distinct(StringComparer.Ordinal).Select(l => (JsonNode)l)]);
        }
        sdo["object_marking_refs"] = new JsonArray(tlp.ToMarking());
    }

    /// <summary>Adds a finished domain or relationship object, once per id (a galaxy cluster may be attached many times).</summary>
    private void Add(JsonObject sdo)
    {
        if (emitted.Add((string)sdo["id"]!))
        {
            domainObjects.Add(sdo);
        }
    }

    /// <summary>
    /// SCOs are shared by every attribute that names the same value; when their TLPs differ the most restrictive one wins,
    /// so an SCO never travels further than the least shareable attribute that mentions it.
    /// </summary>
    private List<string> AddObservables(Observable root, string fallbackKey, Tlp tlp)
    {
        var made = new List<(string Id, JsonObject Json)>();
        ScoWriter.Write(root, fallbackKey, made);
        var ids = new List<string>(made.Count);
        foreach (var (id, json) in made)
        {
            if (observables.TryGetValue(id, out var seen))
            {
                if (tlp > seen.Tlp)
                {
                    seen.Json["object_marking_refs"] = new JsonArray(tlp.ToMarking());
                    observables[id] = (seen.Json, tlp);
                }
            }
            else
            {
                json["object_marking_refs"] = new JsonArray(tlp.ToMarking());
                observables[id] = (json, tlp);
                observableOrder.Add(id);
            }
            ids.Add(id);
        }
        // The root is written last; list it first, as a reader of object_refs expects.
        ids.Reverse();
        return ids;
    }

    /// <summary>
    /// Splits tags into the TLP (the most restrictive of several, never less than <paramref name="floor"/>) and labels.
    /// Galaxy tags are left out: their clusters become objects of their own.
    /// </summary>
    private (Tlp? Tlp, List<string> Labels) ReadTags(JsonElement owner, string uuid, string kind, Tlp? floor)
    {
        Tlp? tlp = null;
        var tlpTags = 0;
        var labels = new List<string>();
        foreach (var name in MispJson.TagNames(owner))
        {
            if (name.StartsWith("tlp:", StringComparison.OrdinalIgnoreCase) && TlpMarkings.Parse(name) is { } level)
            {
                tlpTags++;
                tlp = tlp is { } t && t > level ? t : level;
            }
            else if (!galaxyTags.Contains(name))
            {
                labels.Add(name);
            }
        }
        if (tlpTags > 1)
        {
            Warn(uuid, kind, $"{tlpTags} TLP tags; the most restrictive, {tlp!.Value.Label()}, applies");
        }
        if (floor is { } f && (tlp is null || tlp < f))
        {
            tlp = f;
        }
        return (tlp, labels);
    }

    /// <summary>Tags of clusters that become SDOs; the tags of unmapped galaxies stay labels.</summary>
    private void CollectGalaxyTags(JsonElement owner)
    {
        foreach (var galaxy in MispJson.Items(owner, "Galaxy"))
        {
            if (GalaxyMapper.StixType(MispJson.Text(galaxy, "type") ?? "") is null)
            {
                continue;
            }
            foreach (var cluster in MispJson.Items(galaxy, "GalaxyCluster"))
            {
                if (MispJson.Text(cluster, "tag_name") is { } tag && MispJson.Text(cluster, "value") is { Length: > 0 })
                {
                    galaxyTags.Add(tag);
                }
            }
        }
    }

    private void Warn(string uuid, string kind, string message) => warnings.Add(new MispWarning(uuid, kind, message));
}
