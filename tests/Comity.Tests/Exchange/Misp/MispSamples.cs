using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Comity.Tests.Exchange.Misp;

/// <summary>MISP events shaped like /events/view output (strings for numbers and flags, as MISP writes them).</summary>
internal static class MispSamples
{
    public const string EventUuid = "5e6b6b2c-1f3a-4b7e-9c1d-2a3b4c5d6e7f";
    public const string OrgcUuid = "55f6ea5e-2c60-40e5-964f-47a8950d210f";

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>An event with the given attributes, objects, galaxies and tags; everything else as MISP fills it.</summary>
    public static JsonElement Event(JsonArray? attributes = null, JsonArray? objects = null, JsonArray? galaxies = null,
        string[]? tags = null, string uuid = EventUuid)
    {
        var ev = new JsonObject
        {
            ["id"] = "1234",
            ["orgc_id"] = "2",
            ["org_id"] = "1",
            ["date"] = "2024-03-01",
            ["threat_level_id"] = "2",
            ["info"] = "Phishing campaign against regional banks",
            ["published"] = true,
            ["uuid"] = uuid,
            ["analysis"] = "1",
            ["timestamp"] = "1709301600",
            ["distribution"] = "2",
            ["publish_timestamp"] = "1709305200",
            ["sharing_group_id"] = "0",
            ["Org"] = new JsonObject { ["id"] = "1", ["name"] = "CERT-Region", ["uuid"] = "5cf66e53-b5f8-43e7-be9a-49880a3b4631" },
            ["Orgc"] = new JsonObject { ["id"] = "2", ["name"] = "CIRCL", ["uuid"] = OrgcUuid },
            ["Attribute"] = attributes ?? [],
            ["Object"] = objects ?? [],
            ["Galaxy"] = galaxies ?? [],
            ["Tag"] = new JsonArray([.. (tags ?? ["tlp:amber"]).Select(t => (JsonNode)new JsonObject { ["name"] = t, ["colour"] = "#FFC000" })]),
        };
        return Parse(new JsonObject { ["Event"] = ev }.ToJsonString());
    }

    public static JsonObject Attribute(string type, string value, bool toIds = true, string? uuid = null, string category = "Network activity",
        string? comment = null, string[]? tags = null)
    {
        var a = new JsonObject
        {
            ["id"] = "1",
            ["type"] = type,
            ["category"] = category,
            ["to_ids"] = toIds,
            ["uuid"] = uuid ?? Guid.NewGuid().ToString(),
            ["event_id"] = "1234",
            ["distribution"] = "5",
            ["timestamp"] = "1709300000",
            ["comment"] = comment ?? "",
            ["sharing_group_id"] = "0",
            ["deleted"] = false,
            ["disable_correlation"] = false,
            ["object_id"] = "0",
            ["object_relation"] = null,
            ["first_seen"] = null,
            ["last_seen"] = null,
            ["value"] = value,
        };
        if (tags is not null)
        {
            a["Tag"] = new JsonArray([.. tags.Select(t => (JsonNode)new JsonObject { ["name"] = t })]);
        }
        return a;
    }

    public static JsonObject ObjectAttribute(string relation, string type, string value, bool toIds = true)
    {
        var a = Attribute(type, value, toIds);
        a["object_relation"] = relation;
        return a;
    }

    public static JsonObject MispObject(string name, string uuid, params JsonObject[] attributes) => new()
    {
        ["id"] = "7",
        ["name"] = name,
        ["meta-category"] = "network",
        ["template_uuid"] = "9f8cea74-16fe-4968-a2b4-026676949ac6",
        ["template_version"] = "10",
        ["uuid"] = uuid,
        ["timestamp"] = "1709300500",
        ["distribution"] = "5",
        ["comment"] = "",
        ["deleted"] = false,
        ["Attribute"] = new JsonArray([.. attributes]),
    };

    public static JsonObject Galaxy(string type, string name, params JsonObject[] clusters) => new()
    {
        ["id"] = "3",
        ["uuid"] = Guid.NewGuid().ToString(),
        ["name"] = name,
        ["type"] = type,
        ["namespace"] = type.StartsWith("mitre", StringComparison.Ordinal) ? "mitre-attack" : "misp",
        ["GalaxyCluster"] = new JsonArray([.. clusters]),
    };

    public static JsonObject Cluster(string galaxyType, string uuid, string value, string? externalId = null, string[]? synonyms = null)
    {
        var meta = new JsonObject { ["refs"] = new JsonArray("https://attack.mitre.org/", "not a url") };
        if (externalId is not null)
        {
            meta["external_id"] = new JsonArray(externalId);
        }
        if (synonyms is not null)
        {
            meta["synonyms"] = new JsonArray([.. synonyms.Select(s => (JsonNode)s)]);
        }
        return new JsonObject
        {
            ["uuid"] = uuid,
            ["type"] = galaxyType,
            ["value"] = value,
            ["tag_name"] = $"misp-galaxy:{galaxyType}=\"{value}\"",
            ["description"] = value + " as described by the galaxy.",
            ["version"] = "1700000000",
            ["meta"] = meta,
        };
    }

    /// <summary>A feed-sized event: <paramref name="count"/> indicators cycling through the common attribute types.</summary>
    public static JsonElement Big(int count)
    {
        var attributes = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var (type, value) = (i % 10) switch
            {
                0 => ("ip-dst", $"198.51.{i / 250 % 250}.{i % 250}"),
                1 => ("domain", $"host{n}.bad-{n}.example"),
                2 => ("url", $"https://cdn{n}.example/payload/{n}.php?id='{n}'"),
                3 => ("md5", (i * 7919L).ToString("x32", CultureInfo.InvariantCulture)),
                4 => ("sha256", (i * 104729L).ToString("x64", CultureInfo.InvariantCulture)),
                5 => ("email-src", $"sender{n}@phish.example"),
                6 => ("filename|sha1", $"invoice_{n}.pdf.exe|{(i * 31L).ToString("x40", CultureInfo.InvariantCulture)}"),
                7 => ("ip-src|port", $"203.0.113.{i % 250}|{1024 + i}"),
                8 => ("hostname", $"c2-{n}.example.net"),
                _ => ("domain|ip", $"relay{n}.example|192.0.2.{i % 250}"),
            };
            attributes.Add(Attribute(type, value, toIds: i % 4 != 0, uuid: DeterministicUuid(i)));
        }
        return Event(attributes);
    }

    public static string DeterministicUuid(int i) =>
        $"{i:x8}-0000-4000-8000-{i:x12}";
}
