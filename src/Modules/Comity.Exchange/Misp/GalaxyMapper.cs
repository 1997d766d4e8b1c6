using System.Text.Json;
using System.Text.Json.Nodes;

namespace Comity.Exchange.Misp;

/// <summary>MISP galaxy clusters that have a STIX domain object of their own.</summary>
internal static class GalaxyMapper
{
    private static readonly Dictionary<string, string> ByGalaxyType = new(StringComparer.Ordinal)
    {
        ["threat-actor"] = "threat-actor",
        ["mitre-intrusion-set"] = "intrusion-set",
        ["mitre-enterprise-attack-intrusion-set"] = "intrusion-set",
        ["mitre-attack-pattern"] = "attack-pattern",
        ["mitre-enterprise-attack-attack-pattern"] = "attack-pattern",
        ["mitre-mobile-attack-attack-pattern"] = "attack-pattern",
        ["mitre-malware"] = "malware",
        ["mitre-enterprise-attack-malware"] = "malware",
        ["malpedia"] = "malware",
        ["ransomware"] = "malware",
        ["backdoor"] = "malware",
        ["banker"] = "malware",
        ["botnet"] = "malware",
        ["rat"] = "malware",
        ["stealer"] = "malware",
        ["android"] = "malware",
        ["exploit-kit"] = "malware",
        ["mitre-tool"] = "tool",
        ["mitre-enterprise-attack-tool"] = "tool",
        ["tool"] = "tool",
        ["mitre-course-of-action"] = "course-of-action",
        ["mitre-enterprise-attack-course-of-action"] = "course-of-action",
    };

    /// <summary>Target types an indicator may <c>indicates</c> (STIX 2.1 §4.7 relationships).</summary>
    public static readonly IReadOnlySet<string> Indicatable = new HashSet<string>(StringComparer.Ordinal)
    {
        "attack-pattern", "intrusion-set", "malware", "threat-actor", "tool",
    };

    public static string? StixType(string galaxyType) => ByGalaxyType.GetValueOrDefault(galaxyType);

    /// <summary>The type-specific properties of a cluster's SDO: name, description, aliases, external references.</summary>
    public static void Fill(JsonObject sdo, string stixType, string galaxyType, JsonElement cluster)
    {
        var name = MispJson.Text(cluster, "value") ?? "";
        sdo["name"] = name;
        if (MispJson.Text(cluster, "description") is { Length: > 0 } description)
        {
            sdo["description"] = description;
        }
        if (stixType == "malware")
        {
            sdo["is_family"] = true;
        }
        var meta = MispJson.Child(cluster, "meta");
        if (stixType != "course-of-action" && meta is { } m)
        {
            var aliases = Strings(m, "synonyms").Where(a => a != name).Distinct(StringComparer.Ordinal).ToArray();
            if (aliases.Length > 0)
            {
                sdo["aliases"] = new JsonArray([.. aliases.Select(a => (JsonNode)a)]);
            }
        }
        var references = new JsonArray();
        if (meta is { } withIds)
        {
            var source = galaxyType.StartsWith("mitre-", StringComparison.Ordinal) ? "mitre-attack" : galaxyType;
            foreach (var id in Strings(withIds, "external_id"))
            {
                references.Add(new JsonObject { ["source_name"] = source, ["external_id"] = id });
            }
            foreach (var url in Strings(withIds, "refs").Where(IsWebUrl).Distinct(StringComparer.Ordinal))
            {
                references.Add(new JsonObject { ["source_name"] = "url", ["url"] = url });
            }
        }
        if (references.Count > 0)
        {
            sdo["external_references"] = references;
        }
    }

    public static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);

    /// <summary>meta values are lists of strings in misp-galaxy, but single strings occur in hand-made events.</summary>
    private static string[] Strings(JsonElement meta, string name)
    {
        if (!meta.TryGetProperty(name, out var v))
        {
            return [];
        }
        return v.ValueKind switch
        {
            JsonValueKind.String => [v.GetString()!],
            JsonValueKind.Array => [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            _ => [],
        };
    }
}
