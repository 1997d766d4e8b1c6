using System.Text.Json.Nodes;
using Comity.Exchange.Misp;
using Comity.Exchange.Sharing;

namespace Comity.Tests.Exchange.Misp;

public sealed class MispGalaxyAndSightingTests
{
    private const string Apt28 = "5b4ee3ea-eee3-4c8e-8323-85ae32658754";
    private const string Phishing = "a62a8db3-f23a-4d8f-afd6-9dbc77e7813b";
    private const string XAgent = "5930509b-7793-4db9-bdfc-4edda7709d0d";
    private const string Mimikatz = "afc079f3-c0ea-4096-b75d-3f05338b7f60";

    private static readonly MispImportOptions Options = new();

    private static JsonArray EventGalaxies() =>
    [
        MispSamples.Galaxy("threat-actor", "Threat Actor", MispSamples.Cluster("threat-actor", Apt28, "APT28", synonyms: ["Sofacy", "Fancy Bear", "APT28"])),
        MispSamples.Galaxy("mitre-attack-pattern", "Attack Pattern", MispSamples.Cluster("mitre-attack-pattern", Phishing, "Phishing - T1566", externalId: "T1566")),
        MispSamples.Galaxy("mitre-malware", "Malware", MispSamples.Cluster("mitre-malware", XAgent, "X-Agent - S0161", externalId: "S0161")),
        MispSamples.Galaxy("mitre-tool", "Tool", MispSamples.Cluster("mitre-tool", Mimikatz, "Mimikatz - S0002", externalId: "S0002")),
        MispSamples.Galaxy("sector", "Sector", MispSamples.Cluster("sector", "9c2d1ab8-1111-4222-8333-444455556666", "Finance")),
    ];

    [Fact]
    public void Event_galaxies_become_their_sdos_and_the_actor_uses_the_rest()
    {
        // MISP lists each attached cluster's tag among the event tags as well.
        var galaxies = EventGalaxies();
        var tags = galaxies.SelectMany(g => g!["GalaxyCluster"]!.AsArray()).Select(c => (string)c!["tag_name"]!).Append("tlp:amber").ToArray();
        var conversion = MispImport.Convert(MispSamples.Event([MispSamples.Attribute("domain", "a.example")], galaxies: galaxies, tags: tags), Options);
        var objects = ConversionChecks.WellFormed(conversion);

        var actor = Assert.Single(objects.OfType("threat-actor"));
        Assert.Equal("threat-actor--" + Apt28, actor.Str("id"));
        Assert.Equal(["Sofacy", "Fancy Bear"], actor.Strings("aliases"));
        Assert.Equal("2023-11-14T22:13:20.000Z", actor.Str("created"));
        var technique = Assert.Single(objects.OfType("attack-pattern"));
        Assert.Contains(technique.GetProperty("external_references").EnumerateArray(),
            r => r.Str("source_name") == "mitre-attack" && r.Str("external_id") == "T1566");
        Assert.True(Assert.Single(objects.OfType("malware")).GetProperty("is_family").GetBoolean());
        Assert.Single(objects.OfType("tool"));

        var uses = objects.OfType("relationship").Where(r => r.Str("relationship_type") == "uses")
            .Select(r => (r.Str("source_ref"), r.Str("target_ref"))).ToHashSet();
        Assert.Equal(
            new HashSet<(string, string)>
            {
                ("threat-actor--" + Apt28, "attack-pattern--" + Phishing),
                ("threat-actor--" + Apt28, "malware--" + XAgent),
                ("threat-actor--" + Apt28, "tool--" + Mimikatz),
                ("malware--" + XAgent, "attack-pattern--" + Phishing),
                ("malware--" + XAgent, "tool--" + Mimikatz),
            }, uses);

        // The sector galaxy has no STIX object: it stays a label and is reported.
        var labels = objects[conversion.ContainerId!].Strings("labels");
        Assert.Contains("misp-galaxy:sector=\"Finance\"", labels);
        Assert.DoesNotContain("misp-galaxy:threat-actor=\"APT28\"", labels);
        Assert.Equal("galaxy:sector", Assert.Single(conversion.Warnings).Kind);
    }

    [Fact]
    public void A_galaxy_on_an_ids_attribute_is_indicated_by_its_indicator()
    {
        var attribute = MispSamples.Attribute("ip-dst", "192.0.2.77", uuid: "77777777-0000-4000-8000-000000000001");
        attribute["Galaxy"] = new JsonArray(MispSamples.Galaxy("mitre-malware", "Malware", MispSamples.Cluster("mitre-malware", XAgent, "X-Agent - S0161")));
        attribute["Tag"] = new JsonArray(new JsonObject { ["name"] = "misp-galaxy:mitre-malware=\"X-Agent - S0161\"" });

        var objects = ConversionChecks.WellFormed(MispImport.Convert(MispSamples.Event([attribute]), Options));

        var relationship = Assert.Single(objects.OfType("relationship"));
        Assert.Equal("indicates", relationship.Str("relationship_type"));
        Assert.Equal("indicator--77777777-0000-4000-8000-000000000001", relationship.Str("source_ref"));
        Assert.Equal("malware--" + XAgent, relationship.Str("target_ref"));
        Assert.DoesNotContain(Assert.Single(objects.OfType("indicator")).Strings("labels"), l => l.StartsWith("misp-galaxy:", StringComparison.Ordinal));
    }

    [Fact]
    public void Sightings_become_sightings_false_positives_opinions_and_expirations_warnings()
    {
        var attribute = MispSamples.Attribute("domain", "c2.example", uuid: "88888888-0000-4000-8000-000000000001", tags: ["tlp:red"]);
        var org = new JsonObject { ["id"] = "9", ["uuid"] = "99999999-0000-4000-8000-000000000009", ["name"] = "Police Unit North" };
        attribute["Sighting"] = new JsonArray(
            new JsonObject { ["uuid"] = "88888888-0000-4000-8000-0000000000a0", ["type"] = "0", ["date_sighting"] = "1709400000", ["source"] = "proxy", ["Organisation"] = org.DeepClone() },
            new JsonObject { ["uuid"] = "88888888-0000-4000-8000-0000000000a1", ["type"] = "1", ["date_sighting"] = "1709400100", ["Organisation"] = org.DeepClone() },
            new JsonObject { ["uuid"] = "88888888-0000-4000-8000-0000000000a2", ["type"] = "2", ["date_sighting"] = "1709400200", ["Organisation"] = org.DeepClone() });

        var conversion = MispImport.Convert(MispSamples.Event([attribute]), Options);
        var objects = ConversionChecks.WellFormed(conversion);

        var sighting = Assert.Single(objects.OfType("sighting"));
        Assert.Equal("sighting--88888888-0000-4000-8000-0000000000a0", sighting.Str("id"));
        Assert.Equal("indicator--88888888-0000-4000-8000-000000000001", sighting.Str("sighting_of_ref"));
        Assert.Equal(["identity--99999999-0000-4000-8000-000000000009"], sighting.Strings("where_sighted_refs"));
        Assert.Equal(1, sighting.GetProperty("count").GetInt32());
        Assert.Equal([TlpMarkings.Red], sighting.Strings("object_marking_refs"));
        var opinion = Assert.Single(objects.OfType("opinion"));
        Assert.Equal("strongly-disagree", opinion.Str("opinion"));
        Assert.Equal(["Police Unit North"], opinion.Strings("authors"));
        Assert.Equal("88888888-0000-4000-8000-0000000000a2", Assert.Single(conversion.Warnings).Uuid);
        Assert.Equal(2, objects.OfType("identity").Count());
    }

    [Fact]
    public void Sightings_listed_at_event_level_attach_to_their_attribute_once()
    {
        var ev = MispSamples.Event([MispSamples.Attribute("ip-dst", "192.0.2.8", uuid: "88888888-0000-4000-8000-000000000002")]);
        var json = JsonNode.Parse(ev.GetRawText())!;
        var sighting = new JsonObject { ["uuid"] = "88888888-0000-4000-8000-0000000000b0", ["type"] = "0", ["date_sighting"] = "1709400000", ["attribute_uuid"] = "88888888-0000-4000-8000-000000000002" };
        json["Event"]!["Attribute"]![0]!["Sighting"] = new JsonArray(sighting.DeepClone());
        json["Event"]!["Sighting"] = new JsonArray(sighting.DeepClone(),
            new JsonObject { ["uuid"] = "88888888-0000-4000-8000-0000000000b1", ["type"] = "0", ["date_sighting"] = "1709400000", ["attribute_uuid"] = "88888888-0000-4000-8000-0000000000ff" });

        var conversion = MispImport.Convert(MispSamples.Parse(json.ToJsonString()), Options);
        var objects = ConversionChecks.WellFormed(conversion);

        var stix = Assert.Single(objects.OfType("sighting"));
        Assert.Equal("indicator--88888888-0000-4000-8000-000000000002", stix.Str("sighting_of_ref"));
        Assert.Equal(["identity--" + MispSamples.OrgcUuid], stix.Strings("where_sighted_refs"));
        Assert.Equal("88888888-0000-4000-8000-0000000000b1", Assert.Single(conversion.Warnings).Uuid);
    }
}
