using Comity.Exchange.Misp;
using Comity.Exchange.Sharing;
using Comity.Exchange.Stix;

namespace Comity.Tests.Exchange.Misp;

public sealed class MispEventTests
{
    private static readonly MispImportOptions Options = new();

    [Fact]
    public void An_event_becomes_a_report_by_its_creator_over_every_object()
    {
        var ev = MispSamples.Event([MispSamples.Attribute("domain", "a.example"), MispSamples.Attribute("ip-dst", "192.0.2.1", toIds: false)],
            tags: ["tlp:green", "type:OSINT", "misp-galaxy:sector=\"Finance\""]);

        var conversion = MispImport.Convert(ev, Options);
        var objects = ConversionChecks.WellFormed(conversion);

        var report = objects[conversion.ContainerId!];
        Assert.Equal("report--" + MispSamples.EventUuid, report.Str("id"));
        Assert.Equal("Phishing campaign against regional banks", report.Str("name"));
        Assert.Equal("2024-03-01T15:00:00.000Z", report.Str("published"));
        Assert.Equal("2024-03-01T00:00:00.000Z", report.Str("created"));
        Assert.Equal("2024-03-01T14:00:00.000Z", report.Str("modified"));
        Assert.Equal("identity--" + MispSamples.OrgcUuid, report.Str("created_by_ref"));
        Assert.Equal([TlpMarkings.Green], report.Strings("object_marking_refs"));
        Assert.Contains("type:OSINT", report.Strings("labels"));
        Assert.Contains("misp:distribution=\"connected-communities\"", report.Strings("labels"));
        Assert.Contains("misp:threat_level_id=\"medium\"", report.Strings("labels"));
        var identity = Assert.Single(objects.OfType("identity"));
        Assert.Equal("CIRCL", identity.Str("name"));
        Assert.Equal("organization", identity.Str("identity_class"));
        Assert.All(objects.OfType("indicator").Concat(objects.OfType("observed-data")),
            o => Assert.Equal(identity.Str("id"), o.Str("created_by_ref")));
    }

    [Fact]
    public void The_grouping_option_makes_a_grouping_instead_of_a_report()
    {
        var conversion = MispImport.Convert(MispSamples.Event([MispSamples.Attribute("domain", "a.example")]),
            Options with { Container = MispContainer.Grouping });
        var objects = ConversionChecks.WellFormed(conversion);

        var grouping = objects[conversion.ContainerId!];
        Assert.Equal("grouping", grouping.Str("type"));
        Assert.Equal("suspicious-activity", grouping.Str("context"));
        Assert.Empty(objects.OfType("report"));
    }

    [Theory]
    [InlineData("tlp:clear", TlpMarkings.Clear)]
    [InlineData("tlp:white", TlpMarkings.Clear)]
    [InlineData("tlp:green", TlpMarkings.Green)]
    [InlineData("tlp:amber", TlpMarkings.Amber)]
    [InlineData("tlp:amber+strict", TlpMarkings.AmberStrict)]
    [InlineData("TLP:RED", TlpMarkings.Red)]
    public void A_tlp_tag_marks_every_object_with_the_tlp_2_definition(string tag, string marking)
    {
        var conversion = MispImport.Convert(MispSamples.Event([MispSamples.Attribute("domain", "a.example"),
            MispSamples.Attribute("domain", "b.example", toIds: false)], tags: [tag]), Options);
        var objects = ConversionChecks.WellFormed(conversion);

        Assert.All(objects.Values.Where(o => o.Str("type") != "identity"), o => Assert.Equal([marking], o.Strings("object_marking_refs")));
        Assert.DoesNotContain(objects.Values.SelectMany(o => o.Strings("labels")), l => l.StartsWith("tlp:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_untagged_event_takes_the_default_tlp_chosen_by_the_caller()
    {
        var conversion = MispImport.Convert(MispSamples.Event([MispSamples.Attribute("domain", "a.example")], tags: ["type:OSINT"]),
            Options with { DefaultTlp = Tlp.Red });
        var objects = ConversionChecks.WellFormed(conversion);

        Assert.Equal([TlpMarkings.Red], objects[conversion.ContainerId!].Strings("object_marking_refs"));
    }

    [Fact]
    public void Two_tlp_tags_resolve_to_the_stricter_with_a_warning()
    {
        var conversion = MispImport.Convert(MispSamples.Event([MispSamples.Attribute("domain", "a.example")], tags: ["tlp:green", "tlp:amber+strict"]), Options);
        var objects = ConversionChecks.WellFormed(conversion);

        Assert.Equal([TlpMarkings.AmberStrict], objects[conversion.ContainerId!].Strings("object_marking_refs"));
        Assert.Equal("event", Assert.Single(conversion.Warnings).Kind);
    }

    [Fact]
    public void Converting_the_same_event_twice_gives_identical_objects()
    {
        var ev = MispSamples.Big(50);

        Assert.Equal(MispImport.Convert(ev, Options).Objects, MispImport.Convert(ev, Options).Objects);
    }

    [Fact]
    public void A_misp_uuid_that_is_not_version_4_is_replaced_by_a_derived_version_5_id()
    {
        const string v1 = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
        var conversion = MispImport.Convert(MispSamples.Event([MispSamples.Attribute("domain", "a.example", uuid: v1)]), Options);
        var objects = ConversionChecks.WellFormed(conversion);

        var id = Assert.Single(objects.OfType("indicator")).Str("id");
        Assert.Equal(5, Guid.Parse(id["indicator--".Length..]).Version);
        Assert.Equal(StixIds.Derived("indicator", "indicator|" + v1), id);
    }

    [Fact]
    public void A_bare_event_object_is_accepted_like_the_wrapped_form()
    {
        var wrapped = MispSamples.Event([MispSamples.Attribute("domain", "a.example", uuid: MispSamples.DeterministicUuid(1))]);

        Assert.Equal(MispImport.Convert(wrapped, Options).Objects, MispImport.Convert(wrapped.GetProperty("Event"), Options).Objects);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"Event\": {\"info\": \"no uuid\"}}")]
    [InlineData("{\"response\": []}")]
    public void Json_that_is_not_a_misp_event_is_refused(string json)
    {
        Assert.Throws<ArgumentException>(() => MispImport.Convert(MispSamples.Parse(json), Options));
    }

    [Fact]
    public void An_event_with_nothing_to_map_yields_no_report_but_says_why()
    {
        var ev = MispSamples.Parse("""{"Event": {"uuid": "5e6b6b2c-1f3a-4b7e-9c1d-2a3b4c5d6e7f", "info": "empty", "timestamp": "1709301600"}}""");

        var conversion = MispImport.Convert(ev, Options);

        Assert.Null(conversion.ContainerId);
        Assert.Empty(conversion.Objects);
        Assert.Equal(2, conversion.Warnings.Count);
    }

    [Fact]
    public void A_feed_sized_event_of_a_thousand_attributes_converts_completely()
    {
        var conversion = MispImport.Convert(MispSamples.Big(1000), Options);
        var objects = ConversionChecks.WellFormed(conversion);

        Assert.Empty(conversion.Warnings);
        Assert.Equal(750, objects.OfType("indicator").Count());
        Assert.Equal(250, objects.OfType("observed-data").Count());
        Assert.Equal(1000, objects[conversion.ContainerId!].Strings("object_refs").Count(r => r.StartsWith("indicator--", StringComparison.Ordinal) || r.StartsWith("observed-data--", StringComparison.Ordinal)));
    }
}
