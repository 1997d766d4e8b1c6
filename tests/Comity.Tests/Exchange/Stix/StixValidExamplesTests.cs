using Comity.Exchange.Stix;

namespace Comity.Tests.Exchange.Stix;

public sealed class StixValidExamplesTests
{
    public static TheoryData<string> Names() => StixExamples.AllNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void A_valid_example_passes_with_no_errors_and_no_warnings(string name)
    {
        var result = StixValidator.Validate(StixExamples.Parse(StixExamples.Get(name)));

        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        if (name.Contains("deprecated", StringComparison.Ordinal))
        {
            Assert.Equal("objects", Assert.Single(result.Warnings).Path);
        }
        else
        {
            Assert.True(result.Warnings.Count == 0, string.Join("\n", result.Warnings));
        }
    }

    [Fact]
    public void There_is_an_example_of_every_type_the_specification_defines()
    {
        var defined = StixTypes.DomainObjects.Concat(StixTypes.RelationshipObjects).Concat(StixTypes.CyberObservables)
            .Concat(StixTypes.MetaObjects);

        Assert.Equal(defined.Order(), StixExamples.Valid.Keys.Order());
        Assert.Equal(19, StixTypes.DomainObjects.Count);
        Assert.Equal(18, StixTypes.CyberObservables.Count);
    }

    [Theory]
    [InlineData("indicator", "Sdo")]
    [InlineData("incident", "Sdo")]
    [InlineData("sighting", "Sro")]
    [InlineData("x509-certificate", "Sco")]
    [InlineData("extension-definition", "Meta")]
    [InlineData("bundle", "Bundle")]
    [InlineData("x-acme-thing", "Custom")]
    [InlineData("acme9", "Custom")]
    [InlineData("ab", "Invalid")]
    [InlineData("x--double", "Invalid")]
    [InlineData("Upper", "Invalid")]
    [InlineData("under_score", "Invalid")]
    [InlineData("action", "Invalid")]
    public void KindOf_classifies_type_names(string type, string kind) =>
        Assert.Equal(Enum.Parse<StixKind>(kind), StixTypes.KindOf(type));

    [Fact]
    public void A_type_name_of_250_characters_is_allowed_and_251_is_not()
    {
        Assert.Equal(StixKind.Custom, StixTypes.KindOf(new string('a', 250)));
        Assert.Equal(StixKind.Invalid, StixTypes.KindOf(new string('a', 251)));
    }

    [Fact]
    public void Every_TLP_2_marking_definition_with_its_fixed_id_passes()
    {
        foreach (var (id, (level, name)) in TlpDefinitions.Tlp2)
        {
            var json = """{"type": "marking-definition", "spec_version": "2.1", "id": "@id", "created": "2022-10-01T00:00:00.000Z", "name": "@name", "extensions": {"@ext": {"extension_type": "property-extension", "tlp_2_0": "@level"}}}"""
                .Replace("@id", id, StringComparison.Ordinal).Replace("@name", name, StringComparison.Ordinal)
                .Replace("@ext", TlpDefinitions.Tlp2ExtensionId, StringComparison.Ordinal).Replace("@level", level, StringComparison.Ordinal);
            var result = StixValidator.Validate(StixExamples.Parse(json));
            Assert.True(result.IsValid, name + ": " + string.Join("\n", result.Errors));
            Assert.Empty(result.Warnings);
        }
    }

    [Fact]
    public void Every_TLP_1_marking_definition_with_its_fixed_id_passes()
    {
        foreach (var (id, (level, name)) in TlpDefinitions.Tlp1)
        {
            var json = """{"type": "marking-definition", "spec_version": "2.1", "id": "@id", "created": "@created", "name": "@name", "definition_type": "tlp", "definition": {"tlp": "@level"}}"""
                .Replace("@id", id, StringComparison.Ordinal).Replace("@name", name, StringComparison.Ordinal)
                .Replace("@created", TlpDefinitions.Tlp1Created, StringComparison.Ordinal).Replace("@level", level, StringComparison.Ordinal);
            Assert.True(StixValidator.Validate(StixExamples.Parse(json)).IsValid, name);
        }
    }

    [Fact]
    public void The_validator_leaves_the_submitted_JSON_unchanged()
    {
        var json = StixExamples.Get("file");
        var element = StixExamples.Parse(json);

        StixValidator.Validate(element);

        Assert.Equal(json, element.GetRawText());
    }
}
