using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Comity.Hygiene.Data;
using Comity.Identity.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Comity.Hygiene.Reports;

/// <summary>
/// Accepted public reports as a STIX 2.1 bundle, until the exchange module takes them over. Each URL, domain and
/// e-mail address becomes an indicator plus observed data whose <c>number_observed</c> is how many accepted reports named
/// it. STIX 2.1 defines no cyber-observable for telephone numbers, so numbers stay in the queue and are not exported.
/// Nothing about reporters is in the queue's items, so nothing about them can reach the bundle.
/// </summary>
public static class StixExport
{
    /// <summary>The STIX 2.1 namespace for deterministic cyber-observable identifiers (section 2.9).</summary>
    private static readonly Guid ScoNamespace = Guid.Parse("00abedb4-aa42-466c-9c01-fed23315a9b7");

    /// <summary>Comity's own namespace for identifiers of the objects it derives, so a re-export keeps the same ids.</summary>
    private static readonly Guid ComityNamespace = Guid.Parse("6f1c2b7e-3d4a-5e8b-9c0d-1a2b3c4d5e6f");

    /// <summary>The OASIS TLP 2.0 marking definitions (extension-definition--60a3c5c5-…).</summary>
    internal static readonly IReadOnlyDictionary<Tlp, (string Id, string Name, string Value)> Markings = new Dictionary<Tlp, (string, string, string)>
    {
        [Tlp.Clear] = ("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "TLP:CLEAR", "clear"),
        [Tlp.Green] = ("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "TLP:GREEN", "green"),
    };

    private const string TlpExtension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    private static readonly JsonSerializerOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<JsonObject> BundleAsync(OrganisationResponse organisation, HygieneDb db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var items = await db.Items.AsNoTracking().Where(i => i.OrganisationId == organisation.Id && i.Kind != ItemKind.Phone)
            .OrderBy(i => i.FirstSeen).ToListAsync(cancellationToken);
        var now = Timestamp(clock.GetUtcNow());
        var identityId = $"identity--{UuidV5(ComityNamespace, $"organisation:{organisation.Id}")}";
        var objects = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "identity", ["spec_version"] = "2.1", ["id"] = identityId,
                ["created"] = Timestamp(organisation.CreatedAt), ["modified"] = Timestamp(organisation.UpdatedAt),
                ["name"] = organisation.Name, ["identity_class"] = "organization",
            },
        };
        foreach (var tlp in items.Select(i => i.Tlp).Distinct().Order())
        {
            var (id, name, value) = Markings[tlp];
            objects.Add(new JsonObject
            {
                ["type"] = "marking-definition", ["spec_version"] = "2.1", ["id"] = id, ["created"] = "2022-10-01T00:00:00.000Z", ["name"] = name,
                ["extensions"] = new JsonObject { [TlpExtension] = new JsonObject { ["extension_type"] = "property-extension", ["tlp_2_0"] = value } },
            });
        }
        foreach (var item in items)
        {
            var (type, path) = item.Kind switch
            {
                ItemKind.Url => ("url", "url:value"),
                ItemKind.Domain => ("domain-name", "domain-name:value"),
                _ => ("email-addr", "email-addr:value"),
            };
            var scoId = $"{type}--{UuidV5(ScoNamespace, JsonSerializer.Serialize(new { value = item.Value }, Canonical))}";
            var marking = new JsonArray(Markings[item.Tlp].Id);
            var first = Timestamp(item.FirstSeen);
            var last = Timestamp(item.LastSeen);
            objects.Add(new JsonObject { ["type"] = type, ["spec_version"] = "2.1", ["id"] = scoId, ["value"] = item.Value });
            objects.Add(new JsonObject
            {
                ["type"] = "indicator", ["spec_version"] = "2.1", ["id"] = $"indicator--{UuidV5(ComityNamespace, $"indicator:{item.Id}")}",
                ["created_by_ref"] = identityId, ["created"] = first, ["modified"] = last,
                ["name"] = $"Reported scam {type}: {item.Value}",
                ["indicator_types"] = new JsonArray("malicious-activity"),
                ["pattern"] = $"[{path} = '{item.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']",
                ["pattern_type"] = "stix", ["valid_from"] = first,
                ["object_marking_refs"] = marking,
            });
            objects.Add(new JsonObject
            {
                ["type"] = "observed-data", ["spec_version"] = "2.1", ["id"] = $"observed-data--{UuidV5(ComityNamespace, $"observed:{item.Id}")}",
                ["created_by_ref"] = identityId, ["created"] = first, ["modified"] = now,
                ["first_observed"] = first, ["last_observed"] = last, ["number_observed"] = item.Count,
                ["object_refs"] = new JsonArray(scoId),
                ["object_marking_refs"] = marking.DeepClone(),
            });
        }
        return new JsonObject { ["type"] = "bundle", ["id"] = $"bundle--{Guid.NewGuid()}", ["objects"] = objects };
    }

    private static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 9562 name-based UUID, version 5 (SHA-1), as STIX requires for deterministic identifiers.</summary>
    internal static Guid UuidV5(Guid ns, string name)
    {
        var nsBytes = ns.ToByteArray(bigEndian: true);
        var data = new byte[nsBytes.Length + Encoding.UTF8.GetByteCount(name)];
        nsBytes.CopyTo(data, 0);
        Encoding.UTF8.GetBytes(name, data.AsSpan(nsBytes.Length));
#pragma warning disable CA5350 // SHA-1 is what the UUID v5 definition specifies; it is not used for security here.
        var hash = SHA1.HashData(data);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
