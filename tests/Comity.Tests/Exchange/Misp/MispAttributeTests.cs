using System.Text.Json.Nodes;
using Comity.Exchange.Misp;
using Comity.Exchange.Sharing;

namespace Comity.Tests.Exchange.Misp;

public sealed class MispAttributeTests
{
    private static readonly MispImportOptions Options = new();

    private static (MispConversion Conversion, Dictionary<string, System.Text.Json.JsonElement> Objects) Convert(params JsonObject[] attributes)
    {
        var conversion = MispImport.Convert(MispSamples.Event(new JsonArray([.. attributes])), Options);
        return (conversion, ConversionChecks.WellFormed(conversion));
    }

    [Theory]
    [InlineData("ip-src", "198.51.100.7", "[network-traffic:src_ref.value = '198.51.100.7']")]
    [InlineData("ip-dst", "2001:db8::1", "[network-traffic:dst_ref.value = '2001:db8::1']")]
    [InlineData("ip-dst", "10.0.0.0/8", "[network-traffic:dst_ref.value = '10.0.0.0/8']")]
    [InlineData("ip-src|port", "198.51.100.7|4444", "[network-traffic:src_port = 4444 AND network-traffic:src_ref.value = '198.51.100.7']")]
    [InlineData("ip-dst|port", "203.0.113.9|443", "[network-traffic:dst_port = 443 AND network-traffic:dst_ref.value = '203.0.113.9']")]
    [InlineData("domain", "evil.example", "[domain-name:value = 'evil.example']")]
    [InlineData("hostname", "mail.evil.example", "[domain-name:value = 'mail.evil.example']")]
    [InlineData("domain|ip", "evil.example|192.0.2.10", "[domain-name:value = 'evil.example' AND domain-name:resolves_to_refs[*].value = '192.0.2.10']")]
    [InlineData("url", "https://evil.example/a?b='c'", "[url:value = 'https://evil.example/a?b=\\'c\\'']")]
    [InlineData("uri", "/gate.php", "[url:value = '/gate.php']")]
    [InlineData("email-src", "boss@evil.example", "[email-message:from_ref.value = 'boss@evil.example']")]
    [InlineData("email-dst", "victim@bank.example", "[email-message:to_refs[*].value = 'victim@bank.example']")]
    [InlineData("email", "x@evil.example", "[email-addr:value = 'x@evil.example']")]
    [InlineData("email-subject", "Your invoice", "[email-message:subject = 'Your invoice']")]
    [InlineData("md5", "D41D8CD98F00B204E9800998ECF8427E", "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']")]
    [InlineData("sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", "[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']")]
    [InlineData("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']")]
    [InlineData("sha512", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", "[file:hashes.'SHA-512' = 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e']")]
    [InlineData("filename|md5", "inv|oice.exe|d41d8cd98f00b204e9800998ecf8427e", "[file:name = 'inv|oice.exe' AND file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']")]
    [InlineData("filename|sha256", "a.exe|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "[file:name = 'a.exe' AND file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']")]
    [InlineData("filename", "C:\\Users\\Public\\run.bat", "[file:name = 'C:\\\\Users\\\\Public\\\\run.bat']")]
    [InlineData("mutex", "Global\\{7a1f}", "[mutex:name = 'Global\\\\{7a1f}']")]
    [InlineData("regkey", "HKLM\\Software\\Run", "[windows-registry-key:key = 'HKLM\\\\Software\\\\Run']")]
    [InlineData("regkey|value", "HKCU\\Run|C:\\a.exe", "[windows-registry-key:key = 'HKCU\\\\Run' AND windows-registry-key:values[*].data = 'C:\\\\a.exe']")]
    [InlineData("AS", "AS174", "[autonomous-system:number = 174]")]
    [InlineData("hostname|port", "c2.example|8443", "[network-traffic:dst_port = 8443 AND network-traffic:dst_ref.value = 'c2.example']")]
    [InlineData("x509-fingerprint-sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", "[x509-certificate:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']")]
    public void A_to_ids_attribute_becomes_an_indicator_with_the_expected_pattern(string type, string value, string pattern)
    {
        var (_, objects) = Convert(MispSamples.Attribute(type, value, uuid: "11111111-2222-4333-8444-555555555555"));

        var indicator = Assert.Single(objects.OfType("indicator"));
        Assert.Equal("indicator--11111111-2222-4333-8444-555555555555", indicator.Str("id"));
        Assert.Equal(pattern, indicator.Str("pattern"));
        Assert.Equal("stix", indicator.Str("pattern_type"));
        Assert.Contains($"misp:type=\"{type}\"", indicator.Strings("labels"));
    }

    [Theory]
    [InlineData("md5", "d41d8cd98f00b204e9800998ecf8427")]
    [InlineData("ip-src", "999.1.1.1")]
    [InlineData("ip-dst|port", "192.0.2.1|http")]
    [InlineData("AS", "ASabc")]
    [InlineData("domain|ip", "example.com")]
    [InlineData("btc", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT")]
    [InlineData("text", "free text")]
    [InlineData("domain", "")]
    public void An_attribute_that_cannot_be_mapped_is_reported_by_uuid_and_type(string type, string value)
    {
        var (conversion, objects) = Convert(MispSamples.Attribute(type, value, uuid: "11111111-2222-4333-8444-555555555555"),
            MispSamples.Attribute("domain", "kept.example"));

        var warning = Assert.Single(conversion.Warnings);
        Assert.Equal("11111111-2222-4333-8444-555555555555", warning.Uuid);
        Assert.Equal(type, warning.Kind);
        Assert.Single(objects.OfType("indicator"));
    }

    [Fact]
    public void A_non_ids_attribute_becomes_observed_data_over_scos_with_spec_ids()
    {
        var (_, objects) = Convert(MispSamples.Attribute("domain", "example.com", toIds: false, comment: "seen in proxy logs"));

        Assert.Empty(objects.OfType("indicator"));
        var observed = Assert.Single(objects.OfType("observed-data"));
        // The SCO id is UUIDv5 over {"value":"example.com"}, computed independently with Python's uuid and json modules.
        Assert.Equal(["domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7"], observed.Strings("object_refs"));
        Assert.Equal(1, observed.GetProperty("number_observed").GetInt32());
        var note = Assert.Single(objects.OfType("note"));
        Assert.Equal("seen in proxy logs", note.Str("content"));
        Assert.Equal([observed.Str("id")], note.Strings("object_refs"));
    }

    [Fact]
    public void An_observed_address_pair_becomes_traffic_referencing_the_address()
    {
        var (_, objects) = Convert(MispSamples.Attribute("ip-src|port", "1.2.3.4|8080", toIds: false));

        var traffic = Assert.Single(objects.OfType("network-traffic"));
        Assert.Equal("ipv4-addr--0198f97b-e65d-5025-87e5-58bc39d4bdb4", traffic.Str("src_ref"));
        Assert.Equal(8080, traffic.GetProperty("src_port").GetInt32());
        Assert.Equal(["ipv4"], traffic.Strings("protocols"));
        Assert.Equal(traffic.Str("id"), Assert.Single(objects.OfType("observed-data")).Strings("object_refs")[0]);
    }

    [Fact]
    public void The_same_value_in_two_attributes_yields_one_sco()
    {
        var (_, objects) = Convert(
            MispSamples.Attribute("ip-dst", "192.0.2.1", toIds: false),
            MispSamples.Attribute("domain|ip", "a.example|192.0.2.1", toIds: false));

        Assert.Single(objects.OfType("ipv4-addr"));
        Assert.Equal(2, objects.OfType("observed-data").Count());
    }

    [Fact]
    public void A_file_observable_id_uses_one_hash_and_the_name_as_stix_prescribes()
    {
        var (_, objects) = Convert(MispSamples.Attribute("filename|md5", "a\"bé.exe|d41d8cd98f00b204e9800998ecf8427e", toIds: false));

        // Python: uuid5(ns, json.dumps({"hashes":{"MD5":...},"name":"a\"bé.exe"}, sort_keys, compact, ensure_ascii=False)).
        Assert.Equal("file--3cbd63eb-82b9-5eff-842f-9af314c9779e", Assert.Single(objects.OfType("file")).Str("id"));
    }

    [Fact]
    public void First_and_last_seen_bound_the_indicator_and_the_comment_describes_it()
    {
        var attribute = MispSamples.Attribute("url", "http://x.example/", comment: "C2 panel");
        attribute["first_seen"] = "2024-02-01T10:00:00.123456+00:00";
        attribute["last_seen"] = "2024-02-20T00:00:00+00:00";

        var (_, objects) = Convert(attribute);

        var indicator = Assert.Single(objects.OfType("indicator"));
        Assert.Equal("2024-02-01T10:00:00.123Z", indicator.Str("valid_from"));
        Assert.Equal("2024-02-20T00:00:00.000Z", indicator.Str("valid_until"));
        Assert.Equal("C2 panel", indicator.Str("description"));
        Assert.Equal("2024-03-01T13:33:20.000Z", indicator.Str("created"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_last_seen_before_the_attribute_timestamp_never_makes_an_interval_run_backwards(bool toIds)
    {
        var attribute = MispSamples.Attribute("domain", "a.example", toIds);
        attribute["last_seen"] = "2020-01-01T00:00:00+00:00";

        var (_, objects) = Convert(attribute);

        var sdo = Assert.Single(objects.OfType(toIds ? "indicator" : "observed-data"));
        Assert.Equal("2024-03-01T13:33:20.000Z", sdo.Str(toIds ? "valid_from" : "last_observed"));
    }

    [Fact]
    public void An_indicator_without_first_seen_is_valid_from_its_timestamp_and_has_no_end()
    {
        var (_, objects) = Convert(MispSamples.Attribute("domain", "a.example"));

        var indicator = Assert.Single(objects.OfType("indicator"));
        Assert.Equal("2024-03-01T13:33:20.000Z", indicator.Str("valid_from"));
        Assert.False(indicator.TryGetProperty("valid_until", out _));
    }

    [Fact]
    public void A_vulnerability_attribute_becomes_a_vulnerability_with_its_cve_reference()
    {
        var (_, objects) = Convert(MispSamples.Attribute("vulnerability", "CVE-2023-23397", category: "External analysis", comment: "Outlook EoP"));

        var vulnerability = Assert.Single(objects.OfType("vulnerability"));
        Assert.Equal("CVE-2023-23397", vulnerability.Str("name"));
        Assert.Equal("Outlook EoP", vulnerability.Str("description"));
        var reference = Assert.Single(vulnerability.GetProperty("external_references").EnumerateArray());
        Assert.Equal("cve", reference.Str("source_name"));
        Assert.Equal("CVE-2023-23397", reference.Str("external_id"));
        Assert.Empty(objects.OfType("indicator"));
    }

    [Fact]
    public void A_link_becomes_an_external_reference_of_the_report()
    {
        var (conversion, objects) = Convert(
            MispSamples.Attribute("link", "https://blog.example/analysis", category: "External analysis", comment: "vendor write-up"),
            MispSamples.Attribute("link", "javascript:alert(1)", category: "External analysis"),
            MispSamples.Attribute("domain", "a.example"));

        var report = objects[conversion.ContainerId!];
        var references = report.GetProperty("external_references").EnumerateArray().ToList();
        Assert.Contains(references, r => r.TryGetProperty("url", out var u) && u.GetString() == "https://blog.example/analysis"
            && r.Str("description") == "vendor write-up");
        Assert.Equal("link", Assert.Single(conversion.Warnings).Kind);
    }

    [Fact]
    public void A_deleted_attribute_is_reported_not_imported()
    {
        var deleted = MispSamples.Attribute("domain", "gone.example");
        deleted["deleted"] = true;

        var (conversion, objects) = Convert(deleted, MispSamples.Attribute("domain", "kept.example"));

        Assert.Single(objects.OfType("indicator"));
        Assert.Contains("deleted", Assert.Single(conversion.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_tags_become_labels_and_a_stricter_attribute_tlp_wins()
    {
        var (_, objects) = Convert(
            MispSamples.Attribute("domain", "red.example", tags: ["tlp:red", "kill-chain:Delivery"]),
            MispSamples.Attribute("domain", "white.example", tags: ["tlp:white"]));

        var red = objects.OfType("indicator").Single(i => i.Str("pattern").Contains("red.example", StringComparison.Ordinal));
        var white = objects.OfType("indicator").Single(i => i.Str("pattern").Contains("white.example", StringComparison.Ordinal));
        Assert.Equal([TlpMarkings.Red], red.Strings("object_marking_refs"));
        Assert.Contains("kill-chain:Delivery", red.Strings("labels"));
        Assert.DoesNotContain(red.Strings("labels"), l => l.StartsWith("tlp:", StringComparison.Ordinal));
        // The event is amber; an attribute cannot loosen it.
        Assert.Equal([TlpMarkings.Amber], white.Strings("object_marking_refs"));
    }
}
