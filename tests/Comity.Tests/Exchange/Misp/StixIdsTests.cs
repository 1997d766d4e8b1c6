using System.Text.Json.Nodes;
using Comity.Exchange.Misp;
using Comity.Exchange.Stix;
using CsCheck;

namespace Comity.Tests.Exchange.Misp;

public sealed class StixIdsTests
{
    [Theory]
    // Expected ids computed with Python: uuid.uuid5(UUID("00abedb4-..."), json.dumps(props, sort_keys=True, separators=(",", ":"), ensure_ascii=False)).
    [InlineData("ipv4-addr", "{\"value\":\"1.2.3.4\"}", "ipv4-addr--0198f97b-e65d-5025-87e5-58bc39d4bdb4")]
    [InlineData("domain-name", "{\"value\":\"example.com\"}", "domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7")]
    public void Sco_ids_match_an_independent_uuid5_implementation(string type, string json, string expected)
    {
        Assert.Equal(expected, StixIds.Sco(type, CanonicalJson.Write(JsonNode.Parse(json))));
    }

    [Fact]
    public void Canonical_json_sorts_keys_and_escapes_only_what_json_requires()
    {
        var node = JsonNode.Parse("{\"b\":1,\"a\":{\"z\":\"\\u00e9\\\"\\\\\\n\\u0001\",\"A\":true},\"\\u00e9\":[2,\"x\"]}");

        Assert.Equal("{\"a\":{\"A\":true,\"z\":\"é\\\"\\\\\\n\\u0001\"},\"b\":1,\"é\":[2,\"x\"]}", CanonicalJson.Write(node));
    }

    [Fact]
    public void A_version_4_misp_uuid_is_kept_and_any_other_is_replaced_by_a_stable_version_5()
    {
        Gen.Guid.Sample(g =>
        {
            var text = g.ToString();
            var id = StixIds.FromMisp("indicator", text, "unused");
            var uuid = Guid.Parse(id["indicator--".Length..]);
            return StixIds.IsVersion4(g) ? id == "indicator--" + text : uuid.Version == 5 && id == StixIds.FromMisp("indicator", text, "unused");
        });
    }

    [Fact]
    public void Uuid5_sets_version_and_variant_bits_whatever_the_name()
    {
        Gen.Byte.Array[0, 64].Sample(name =>
        {
            var g = StixIds.V5(StixIds.ComityNamespace, name);
            return g.Version == 5 && (g.Variant & 0b1100) == 0b1000;
        });
    }
}
