using System.Text.Json.Nodes;
using Comity.Exchange.Misp;
using Comity.Exchange.Patterning;
using CsCheck;

namespace Comity.Tests.Exchange.Misp;

public sealed class MispPatternPropertyTests
{
    /// <summary>Strings rich in what breaks naive quoting: quotes, backslashes, brackets, keywords, non-BMP and RTL text.</summary>
    private static readonly Gen<string> Nasty = Gen.Frequency(
        (4, Gen.String[Gen.OneOf(Gen.Char['\'', '\''], Gen.Char['\\', '\\'], Gen.Char['"', '"'], Gen.Char[' ', '~'],
            Gen.Char['\u00e0', '\u00ff'], Gen.Char['\u0600', '\u06ff'], Gen.Char['\u4e00', '\u4e10'], Gen.Char['\0', '\u001f']), 1, 40]),
        (1, Gen.OneOf(Gen.Const("' OR '1'='1"), Gen.Const("\\'"), Gen.Const("\\"), Gen.Const("a'] AND [b:c = 'd"), Gen.Const("😀🔥 'x' \\y"))),
        (1, Gen.String.Where(s => s.Length > 0)));

    private static readonly Gen<string> Hex32 = Gen.String[Gen.OneOf(Gen.Char['0', '9'], Gen.Char['a', 'f']), 32, 32];

    /// <summary>Attribute types whose whole value (or the named part) is free text that ends up in a string constant.</summary>
    private static readonly Gen<(string Type, string Value, string Expected)> Attribute = Gen.OneOf(
        Gen.Select(Gen.OneOf("domain", "hostname", "url", "uri", "email", "email-src", "email-dst", "email-subject", "email-reply-to",
            "filename", "mutex", "regkey"), Nasty).Select((t, v) => (t, v, v)),
        Gen.Select(Nasty, Hex32).Select((name, md5) => ("filename|md5", name + "|" + md5, name)),
        Gen.Select(Nasty.Where(k => !k.Contains('|', StringComparison.Ordinal)), Nasty).Select((key, data) => ("regkey|value", key + "|" + data, data)),
        Gen.Select(Nasty, Gen.Int[0, 255]).Select((domain, octet) => ("domain|ip", $"{domain}|192.0.2.{octet}", domain)));

    [Fact]
    public void Any_free_text_value_yields_a_pattern_the_stix_grammar_accepts_and_reads_back_unchanged()
    {
        Gen.Select(Attribute, Gen.Bool).Sample((attribute, toIds) =>
        {
            var (type, value, expected) = attribute;
            var conversion = MispImport.Convert(MispSamples.Event([MispSamples.Attribute(type, value, toIds: true)]), new MispImportOptions());
            var indicator = ConversionChecks.WellFormed(conversion).OfType("indicator").Single();
            var parsed = StixPattern.Parse(indicator.Str("pattern"));
            return parsed.IsValid && parsed.Pattern!.EqualityComparisons().Any(c => c.Value == expected);
        }, iter: 2000);
    }

    private static readonly Gen<string> AnyType = Gen.OneOf("ip-src", "ip-dst", "ip-src|port", "domain", "hostname", "domain|ip", "url",
        "email-src", "email-dst", "md5", "sha1", "sha256", "filename|md5", "mutex", "regkey", "regkey|value", "AS", "btc",
        "vulnerability", "link", "text", "campaign-name", "hostname|port", "x509-fingerprint-sha1");

    private static readonly Gen<string> AnyValue = Gen.OneOf(Nasty, Gen.OneOf("192.0.2.1", "192.0.2.1|80", "AS65000", "x.example|192.0.2.9",
        "d41d8cd98f00b204e9800998ecf8427e", "a.exe|d41d8cd98f00b204e9800998ecf8427e", "https://x.example/", "CVE-2024-3094", "HKLM\\Run|x"));

    [Fact]
    public void Every_attribute_is_either_imported_or_reported_and_the_graph_stays_valid()
    {
        Gen.Select(AnyType, AnyValue, Gen.Bool).Array[1, 8].Sample(attributes =>
        {
            var json = new JsonArray([.. attributes.Select((a, i) => (JsonNode)MispSamples.Attribute(a.Item1, a.Item2, a.Item3, uuid: MispSamples.DeterministicUuid(i + 1)))]);
            var conversion = MispImport.Convert(MispSamples.Event(json), new MispImportOptions());
            var objects = ConversionChecks.WellFormed(conversion);
            var report = conversion.ContainerId is { } id ? objects[id].GetProperty("external_references").GetRawText() : "";
            return attributes.Select((a, i) => (a, uuid: MispSamples.DeterministicUuid(i + 1))).All(x =>
                conversion.Warnings.Any(w => w.Uuid == x.uuid)
                || objects.Keys.Any(k => k.EndsWith("--" + x.uuid, StringComparison.Ordinal))
                || (x.a.Item1 == "link" && report.Contains(JsonValue.Create(x.a.Item2).ToJsonString()[1..^1], StringComparison.Ordinal)));
        }, iter: 500);
    }

    [Fact]
    public void Quoting_then_lexing_a_string_constant_is_the_identity()
    {
        Nasty.Sample(value =>
        {
            var parsed = StixPattern.Parse("[x-test:value = " + PatternWriter.Quote(value) + "]");
            return parsed.IsValid && parsed.Pattern!.EqualityComparisons().Single().Value == value;
        }, iter: 5000);
    }
}
