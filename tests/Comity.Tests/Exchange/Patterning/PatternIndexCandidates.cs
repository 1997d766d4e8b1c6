using Comity.Exchange.Patterning;

namespace Comity.Tests.Exchange.Patterning;

public sealed class PatternIndexCandidates
{
    [Fact]
    public void A_single_hash_indicator_yields_its_type_quoted_path_and_value()
    {
        var candidates = Parse("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']").EqualityComparisons();
        Assert.Equal([new EqualityComparison("file", "hashes.'SHA-256'", "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f")], candidates);
    }

    [Fact]
    public void Equalities_and_set_values_are_found_at_any_depth_and_negated_or_other_operators_are_not()
    {
        var candidates = Parse(
            "([ipv4-addr:value = '198.51.100.1' OR ipv4-addr:value IN ('203.0.113.1', '203.0.113.2')] FOLLOWEDBY " +
            "[domain-name:value != 'a.example' AND domain-name:value NOT = 'b.example' AND domain-name:value LIKE '%.example']) WITHIN 600 SECONDS " +
            "OR [file:size NOT IN (1, 2) AND (file:hashes.'MD5' == 'cead3f77f6cda6ec00f57d76c9a6879f' AND file:size = 1024)]").EqualityComparisons();

        Assert.Equal(
        [
            new EqualityComparison("ipv4-addr", "value", "198.51.100.1"),
            new EqualityComparison("ipv4-addr", "value", "203.0.113.1"),
            new EqualityComparison("ipv4-addr", "value", "203.0.113.2"),
            new EqualityComparison("file", "hashes.MD5", "cead3f77f6cda6ec00f57d76c9a6879f"),
            new EqualityComparison("file", "size", "1024"),
        ], candidates);
    }

    [Fact]
    public void Paths_with_indexes_and_non_string_constants_use_their_canonical_text()
    {
        var candidates = Parse("[network-traffic:extensions.'http-request-ext'.request_header.'Accept-Encoding' = 'gzip' AND network-traffic:src_ref[0].value = true AND file:magic_number_hex = h'FFD8']").EqualityComparisons();
        Assert.Equal(
        [
            new EqualityComparison("network-traffic", "extensions.'http-request-ext'.request_header.'Accept-Encoding'", "gzip"),
            new EqualityComparison("network-traffic", "src_ref[0].value", "true"),
            new EqualityComparison("file", "magic_number_hex", "FFD8"),
        ], candidates);
    }

    [Fact]
    public void A_pattern_with_only_ranges_and_regexes_has_no_candidates()
    {
        Assert.Empty(Parse("[ipv4-addr:value ISSUBSET '10.0.0.0/8' OR url:value MATCHES '^https?://'] REPEATS 3 TIMES").EqualityComparisons());
    }

    private static Pattern Parse(string text)
    {
        var result = StixPattern.Parse(text);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Pattern!;
    }
}
