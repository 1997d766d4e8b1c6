using Comity.Exchange.Stix;

namespace Comity.Tests.Exchange.Stix;

public sealed class StixBundleTests
{
    private static string Bundle(params string[] objects) =>
        $$"""{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [{{string.Join(", ", objects)}}]}""";

    [Fact]
    public void A_bundle_of_every_valid_example_is_valid()
    {
        var result = StixValidator.ValidateBundle(StixExamples.Parse(Bundle([.. StixExamples.Valid.Keys.Select(StixExamples.Get)])));

        Assert.True(result.IsValid, string.Join("\n", result.Objects.SelectMany(o => o.Validation.Errors)));
        Assert.Equal(StixExamples.Valid.Count, result.Objects.Count);
        Assert.Empty(result.Envelope.Errors);
    }

    [Fact]
    public void One_bad_object_does_not_hide_the_others()
    {
        var badMalware = StixExamples.Edit("malware", "-is_family");
        var badIp = StixExamples.Edit("ipv4-addr", "value=\"300.1.1.1\"");
        var json = Bundle(StixExamples.Get("indicator"), badMalware, StixExamples.Get("identity"), badIp);

        var result = StixValidator.ValidateBundle(StixExamples.Parse(json));

        Assert.False(result.IsValid);
        Assert.True(result.Envelope.IsValid);
        Assert.Equal([true, false, true, false], result.Objects.Select(o => o.IsValid));
        Assert.Equal("is_family", Assert.Single(result.Objects[1].Validation.Errors).Path);
        Assert.Equal(StixExamples.Malware, result.Objects[1].Id);
        Assert.Equal("malware", result.Objects[1].Type);
        Assert.Equal(3, result.Objects[3].Index);
        Assert.Equal("value", Assert.Single(result.Objects[3].Validation.Errors).Path);
    }

    [Fact]
    public void An_empty_objects_list_is_accepted_with_a_warning()
    {
        var result = StixValidator.ValidateBundle(StixExamples.Parse(Bundle()));

        Assert.True(result.IsValid);
        Assert.Equal("objects", Assert.Single(result.Envelope.Warnings).Path);
    }

    [Fact]
    public void A_bundle_without_objects_is_valid() =>
        Assert.True(StixValidator.ValidateBundle(StixExamples.Parse(
            """{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d"}""")).IsValid);

    [Theory]
    [InlineData("""{"type": "bundl", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": []}""", "type", "must be \"bundle\"")]
    [InlineData("""{"id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d"}""", "type", "is required in a bundle")]
    [InlineData("""{"type": "bundle", "objects": []}""", "id", "is required in a bundle")]
    [InlineData("""{"type": "bundle", "id": "report--5d0092c5-5f74-4287-9642-33f4c354e56d"}""", "id", "must start with 'bundle--'")]
    [InlineData("""{"type": "bundle", "id": "bundle--5d0092c5"}""", "id", "type--UUID")]
    [InlineData("""{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": {}}""", "objects", "must be a list")]
    [InlineData("""[]""", "", "must be a JSON object")]
    public void A_malformed_envelope_is_an_error(string json, string path, string fragment)
    {
        var result = StixValidator.ValidateBundle(StixExamples.Parse(json));

        Assert.Contains(result.Envelope.Errors, e => e.Path == path && e.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Spec_version_on_a_bundle_and_repeated_objects_are_warnings()
    {
        var json = Bundle(StixExamples.Get("tool"), StixExamples.Get("tool")).Replace("\"objects\"", "\"spec_version\": \"2.1\", \"objects\"", StringComparison.Ordinal);

        var result = StixValidator.ValidateBundle(StixExamples.Parse(json));

        Assert.True(result.IsValid);
        Assert.Contains(result.Envelope.Warnings, w => w.Path == "spec_version");
        Assert.Contains(result.Envelope.Warnings, w => w.Path == "objects[1]" && w.Message.Contains("repeats objects[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nested_bundle_or_a_non_object_entry_is_an_error_of_that_entry()
    {
        var json = Bundle("""{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d"}""", "42");

        var result = StixValidator.ValidateBundle(StixExamples.Parse(json));

        Assert.Contains("bundles cannot be nested", Assert.Single(result.Objects[0].Validation.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("must be a JSON object", Assert.Single(result.Objects[1].Validation.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validating_from_many_threads_at_once_gives_the_same_results_as_one_thread()
    {
        var inputs = StixExamples.Valid.Keys.Select(StixExamples.Get)
            .Append(StixExamples.Edit("malware", "-is_family"))
            .Append(StixExamples.Edit("file", "hashes={\"MD5\": \"0\"}"))
            .Select(StixExamples.Parse)
            .ToArray();
        var expected = inputs.Select(i => string.Join("\n", StixValidator.Validate(i).Errors)).ToArray();

        var actual = new string[inputs.Length * 50];
        Parallel.For(0, actual.Length, n => actual[n] = string.Join("\n", StixValidator.Validate(inputs[n % inputs.Length]).Errors));

        Assert.All(Enumerable.Range(0, actual.Length), n => Assert.Equal(expected[n % inputs.Length], actual[n]));
    }
}
