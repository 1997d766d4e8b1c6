using System.Text.Json.Nodes;
using Comity.Exchange.Stix;

namespace Comity.Exchange.Misp;

/// <summary>Turns an observable graph into SCO JSON objects with the identifiers STIX 2.1 §2.9 prescribes.</summary>
internal static class ScoWriter
{
    /// <summary>ID contributing properties of the SCO types this importer produces (STIX 2.1 §6).</summary>
    private static readonly Dictionary<string, string[]> Contributing = new(StringComparer.Ordinal)
    {
        ["autonomous-system"] = ["number"],
        ["domain-name"] = ["value"],
        ["email-addr"] = ["value"],
        ["email-message"] = ["from_ref", "subject", "body"],
        ["file"] = ["hashes", "name", "extensions", "parent_directory_ref"],
        ["ipv4-addr"] = ["value"],
        ["ipv6-addr"] = ["value"],
        ["mac-addr"] = ["value"],
        ["mutex"] = ["name"],
        ["network-traffic"] = ["start", "end", "src_ref", "dst_ref", "src_port", "dst_port", "protocols", "extensions"],
        ["url"] = ["value"],
        ["windows-registry-key"] = ["key", "values"],
        ["x509-certificate"] = ["hashes", "serial_number"],
    };

    /// <summary>Only one hash contributes to an id, chosen in this order (§2.9).</summary>
    private static readonly string[] HashPreference = ["MD5", "SHA-1", "SHA-256", "SHA-512"];

    /// <summary>
    /// Writes <paramref name="root"/> and everything it references into <paramref name="into"/> (references first) and
    /// returns the root's id. <paramref name="fallbackKey"/> seeds the id of an SCO that has none of its contributing
    /// properties (an e-mail known only by its recipients), where STIX would fall back to a random UUIDv4.
    /// </summary>
    public static string Write(Observable root, string fallbackKey, List<(string Id, JsonObject Json)> into)
    {
        var sco = new JsonObject { ["type"] = root.Type, ["spec_version"] = "2.1", ["id"] = "" };
        foreach (var (name, value) in root.Properties)
        {
            sco[name] = value?.DeepClone();
        }
        var refIndex = 0;
        foreach (var r in root.Refs)
        {
            var targetId = Write(r.Target, fallbackKey + "/" + refIndex++, into);
            if (!r.IsList)
            {
                sco[r.Name] = targetId;
            }
            else if (sco[r.Name] is JsonArray list)
            {
                list.Add(targetId);
            }
            else
            {
                sco[r.Name] = new JsonArray(targetId);
            }
        }
        var id = IdOf(root.Type, sco, fallbackKey);
        sco["id"] = id;
        into.Add((id, sco));
        return id;
    }

    private static string IdOf(string type, JsonObject sco, string fallbackKey)
    {
        var basis = new JsonObject();
        foreach (var name in Contributing.GetValueOrDefault(type, []))
        {
            if (sco[name] is not { } value)
            {
                continue;
            }
            basis[name] = name == "hashes" && value is JsonObject hashes ? OneHash(hashes) : value.DeepClone();
        }
        return basis.Count > 0
            ? StixIds.Sco(type, CanonicalJson.Write(basis))
            : StixIds.Derived(type, "sco|" + fallbackKey);
    }

    private static JsonObject OneHash(JsonObject hashes)
    {
        foreach (var algorithm in HashPreference)
        {
            if (hashes[algorithm] is { } preferred)
            {
                return new JsonObject { [algorithm] = preferred.DeepClone() };
            }
        }
        var (key, value) = hashes.OrderBy(p => p.Key, StringComparer.Ordinal).First();
        return new JsonObject { [key] = value?.DeepClone() };
    }
}
