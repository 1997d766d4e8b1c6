using System.Text.Json;
using Comity.Exchange.Misp;
using Comity.Exchange.Patterning;
using Comity.Exchange.Sharing;

namespace Comity.Tests.Exchange.Misp;

/// <summary>What every conversion must satisfy, whatever the event: the objects form a closed, valid STIX graph.</summary>
internal static class ConversionChecks
{
    private static readonly HashSet<string> ScoTypes = new(StringComparer.Ordinal)
    {
        "autonomous-system", "domain-name", "email-addr", "email-message", "file", "ipv4-addr", "ipv6-addr", "mac-addr",
        "mutex", "network-traffic", "url", "windows-registry-key", "x509-certificate",
    };

    private static readonly HashSet<string> Tlp2 = new(StringComparer.Ordinal)
    {
        TlpMarkings.Clear, TlpMarkings.Green, TlpMarkings.Amber, TlpMarkings.AmberStrict, TlpMarkings.Red,
    };

    /// <summary>Checks the graph and returns the objects by id.</summary>
    public static Dictionary<string, JsonElement> WellFormed(MispConversion conversion)
    {
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var text in conversion.Objects)
        {
            var obj = JsonDocument.Parse(text).RootElement.Clone();
            var id = obj.GetProperty("id").GetString()!;
            Assert.True(byId.TryAdd(id, obj), $"duplicate id {id}");
        }
        foreach (var (id, obj) in byId)
        {
            var type = obj.GetProperty("type").GetString()!;
            // What the store demands at ingest, for everything the converter composes itself. Observables carry MISP's
            // values as they are; one that is no valid STIX value (a CVE id typed as an e-mail address) is refused at
            // ingest with its reason, which the import's answer lists.
            if (!ScoTypes.Contains(type))
            {
                var validation = Comity.Exchange.Stix.StixValidator.Validate(obj, Comity.Exchange.Objects.ObjectRules.PatternProblem);
                Assert.True(validation.IsValid, $"{id}: {string.Join("; ", validation.Errors.Select(e => $"{e.Path}: {e.Message}"))}");
            }
            Assert.Equal("2.1", obj.GetProperty("spec_version").GetString());
            Assert.StartsWith(type + "--", id, StringComparison.Ordinal);
            var uuid = Guid.Parse(id[(type.Length + 2)..]);
            if (ScoTypes.Contains(type))
            {
                Assert.Equal(5, uuid.Version);
                Assert.False(obj.TryGetProperty("created", out _), $"{id}: an SCO has no created");
            }
            else
            {
                Assert.True(uuid.Version is 4 or 5, $"{id}: version {uuid.Version}");
                Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", obj.GetProperty("created").GetString()!);
                Assert.True(string.CompareOrdinal(obj.GetProperty("created").GetString(), obj.GetProperty("modified").GetString()) <= 0);
            }
            foreach (var property in obj.EnumerateObject())
            {
                CheckReferences(byId, id, property);
            }
            if (type == "observed-data")
            {
                Assert.True(string.CompareOrdinal(obj.Str("first_observed"), obj.Str("last_observed")) <= 0, $"{id}: observed interval runs backwards");
            }
            if (type == "indicator" && obj.TryGetProperty("valid_until", out var until))
            {
                Assert.True(string.CompareOrdinal(obj.Str("valid_from"), until.GetString()) < 0, $"{id}: valid_until is not after valid_from");
            }
            if (type == "indicator")
            {
                var pattern = obj.GetProperty("pattern").GetString()!;
                var parsed = StixPattern.Parse(pattern);
                Assert.True(parsed.IsValid, $"{pattern}: {string.Join("; ", parsed.Errors)}");
            }
        }
        if (conversion.ContainerId is { } containerId)
        {
            var refs = byId[containerId].GetProperty("object_refs").EnumerateArray().Select(r => r.GetString()!).ToHashSet();
            Assert.Equal(byId.Keys.Where(k => k != containerId).ToHashSet(), refs);
        }
        return byId;
    }

    private static void CheckReferences(Dictionary<string, JsonElement> byId, string id, JsonProperty property)
    {
        if (property.Name == "object_marking_refs")
        {
            Assert.All(property.Value.EnumerateArray(), m => Assert.Contains(m.GetString()!, Tlp2));
            return;
        }
        IEnumerable<JsonElement> targets = property.Name.EndsWith("_refs", StringComparison.Ordinal) ? property.Value.EnumerateArray()
            : property.Name.EndsWith("_ref", StringComparison.Ordinal) ? [property.Value]
            : [];
        foreach (var target in targets)
        {
            Assert.True(byId.ContainsKey(target.GetString()!), $"{id}.{property.Name} -> {target.GetString()} is not among the objects");
        }
    }

    public static IEnumerable<JsonElement> OfType(this Dictionary<string, JsonElement> objects, string type) =>
        objects.Values.Where(o => o.GetProperty("type").GetString() == type);

    public static string Str(this JsonElement obj, string name) => obj.GetProperty(name).GetString()!;

    public static string[] Strings(this JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) ? [.. v.EnumerateArray().Select(e => e.GetString()!)] : [];
}
