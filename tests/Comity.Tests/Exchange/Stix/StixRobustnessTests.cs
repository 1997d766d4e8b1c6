using System.Text.Json;
using System.Text.Json.Nodes;
using Comity.Exchange.Stix;
using CsCheck;

namespace Comity.Tests.Exchange.Stix;

/// <summary>The validator reports problems; it never throws, whatever JSON arrives.</summary>
public sealed class StixRobustnessTests
{
    private static readonly string[] Names =
    [
        "type", "id", "spec_version", "created", "modified", "objects", "object_refs", "extensions", "hashes", "value",
        "src_ref", "is_multipart", "body_multipart", "definition", "definition_type", "granular_markings", "selectors",
        "latitude", "longitude", "precision", "external_references", "source_name", "pattern", "pattern_type", "x_hex",
        "a_bin", "tlp_2_0", "extension_type", "contents", "0", "1", "SHA-256", "MD5", "name", "is_family",
    ];

    private static readonly string[] Strings =
    [
        "indicator", "bundle", "file", "ipv4-addr", "marking-definition", "x-custom", "--", "", "new-sdo",
        "2.1", "2024-03-01T10:00:00.000Z", "2024-13-01T10:00:00Z", "0", "1", "stix", "amber", "tlp", "statement",
        StixExamples.Indicator, StixExamples.Marking, "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d", "description", "[0]", "name.[0]",
    ];

    private static readonly Gen<JsonNode?> Json = Gen.Recursive<JsonNode?>((depth, self) =>
    {
        var leaf = Gen.OneOf<JsonNode?>(
            Gen.Const<JsonNode?>((JsonNode?)null),
            Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n)),
            Gen.Double.Unit.Select(d => (JsonNode?)JsonValue.Create(d * 2000 - 1000)),
            Gen.OneOf(Strings).Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)));
        if (depth >= 4)
        {
            return leaf;
        }
        var array = self.Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items]));
        var obj = Gen.Select(Gen.OneOf(Names), self).Array[0, 6].Select(pairs =>
        {
            var o = new JsonObject();
            foreach (var (name, value) in pairs)
            {
                o[name] = value;
            }
            return (JsonNode?)o;
        });
        return Gen.Frequency((3, leaf), (1, array), (3, obj));
    });

    private static readonly string[] ExampleNames = [.. StixExamples.Valid.Keys, .. StixExamples.MoreValid.Keys];

    /// <summary>A valid example with one property, somewhere in it, replaced by random JSON: close to real input, so deep rules run.</summary>
    private static readonly Gen<string> MutatedExample =
        Gen.Select(Gen.OneOf(ExampleNames), Gen.Int[0, 1000], Json, (name, pick, replacement) =>
        {
            var root = JsonNode.Parse(StixExamples.Get(name))!;
            var slots = new List<(JsonNode Parent, string? Key, int Index)>();
            Collect(root, slots);
            var (parent, key, index) = slots[pick % slots.Count];
            if (key is null)
            {
                parent.AsArray()[index] = replacement;
            }
            else
            {
                parent[key] = replacement;
            }
            return root.ToJsonString();
        });

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> slots)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o.ToList())
            {
                slots.Add((node, key, 0));
                if (value is not null)
                {
                    Collect(value, slots);
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                slots.Add((node, null, i));
                if (a[i] is { } item)
                {
                    Collect(item, slots);
                }
            }
        }
    }

    private static void ValidateAllWays(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = StixValidator.Validate(doc.RootElement, p => p.Length % 2 == 0 ? null : "odd");
        Assert.All(result.Errors.Concat(result.Warnings), p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        StixValidator.ValidateBundle(doc.RootElement);
    }

    [Fact]
    public void Random_JSON_never_makes_the_validator_throw() =>
        Json.Select(n => n?.ToJsonString() ?? "null").Sample(ValidateAllWays, iter: 3000);

    [Fact]
    public void A_valid_example_with_one_part_replaced_by_random_JSON_never_makes_the_validator_throw() =>
        MutatedExample.Sample(ValidateAllWays, iter: 5000);

    [Fact]
    public void Random_objects_inside_a_bundle_never_make_the_validator_throw() =>
        MutatedExample.Array[0, 5].Sample(objects =>
        {
            var json = $$"""{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [{{string.Join(",", objects)}}]}""";
            using var doc = JsonDocument.Parse(json);
            var result = StixValidator.ValidateBundle(doc.RootElement);
            Assert.Equal(objects.Length, result.Objects.Count);
        }, iter: 1000);
}
