using System.Text.Json.Nodes;
using Comity.Exchange.Misp;

namespace Comity.Tests.Exchange.Misp;

public sealed class MispObjectTests
{
    private const string FileUuid = "a1b2c3d4-0000-4000-8000-000000000001";
    private const string DomainIpUuid = "a1b2c3d4-0000-4000-8000-000000000002";

    private static readonly MispImportOptions Options = new();

    private static (MispConversion Conversion, Dictionary<string, System.Text.Json.JsonElement> Objects) Convert(params JsonObject[] objects)
    {
        var conversion = MispImport.Convert(MispSamples.Event(objects: new JsonArray([.. objects])), Options);
        return (conversion, ConversionChecks.WellFormed(conversion));
    }

    private static JsonObject FileObject(bool toIds = true) => MispSamples.MispObject("file", FileUuid,
        MispSamples.ObjectAttribute("filename", "filename", "invoice.pdf.exe", toIds),
        MispSamples.ObjectAttribute("md5", "md5", "d41d8cd98f00b204e9800998ecf8427e", toIds),
        MispSamples.ObjectAttribute("sha256", "sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", toIds: false),
        MispSamples.ObjectAttribute("size-in-bytes", "size-in-bytes", "73802", toIds: false));

    [Fact]
    public void A_file_object_with_an_ids_attribute_becomes_one_indicator_with_a_combined_pattern()
    {
        var (conversion, objects) = Convert(FileObject());

        var indicator = Assert.Single(objects.OfType("indicator"));
        Assert.Equal("indicator--" + FileUuid, indicator.Str("id"));
        Assert.Equal("[file:name = 'invoice.pdf.exe' AND file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e' AND "
            + "file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' AND file:size = 73802]",
            indicator.Str("pattern"));
        Assert.Contains("misp:name=\"file\"", indicator.Strings("labels"));
        Assert.Empty(conversion.Warnings);
    }

    [Fact]
    public void A_file_object_without_ids_attributes_becomes_observed_data_of_one_file()
    {
        var (_, objects) = Convert(FileObject(toIds: false));

        var file = Assert.Single(objects.OfType("file"));
        Assert.Equal("invoice.pdf.exe", file.Str("name"));
        Assert.Equal(73802, file.GetProperty("size").GetInt64());
        Assert.Equal(2, file.GetProperty("hashes").EnumerateObject().Count());
        Assert.Equal([file.Str("id")], Assert.Single(objects.OfType("observed-data")).Strings("object_refs"));
    }

    [Fact]
    public void A_domain_ip_object_resolves_its_domain_to_every_address()
    {
        var (_, objects) = Convert(MispSamples.MispObject("domain-ip", DomainIpUuid,
            MispSamples.ObjectAttribute("domain", "domain", "c2.example"),
            MispSamples.ObjectAttribute("ip", "ip-dst", "192.0.2.5"),
            MispSamples.ObjectAttribute("ip", "ip-dst", "2001:db8::5")));

        Assert.Equal("[domain-name:value = 'c2.example' AND domain-name:resolves_to_refs[*].value = '192.0.2.5' AND "
            + "domain-name:resolves_to_refs[*].value = '2001:db8::5']", Assert.Single(objects.OfType("indicator")).Str("pattern"));
    }

    [Fact]
    public void An_ip_port_object_becomes_one_network_traffic()
    {
        var (_, objects) = Convert(MispSamples.MispObject("ip-port", "a1b2c3d4-0000-4000-8000-000000000003",
            MispSamples.ObjectAttribute("ip", "ip-dst", "203.0.113.4", toIds: false),
            MispSamples.ObjectAttribute("dst-port", "port", "443", toIds: false),
            MispSamples.ObjectAttribute("src-port", "port", "51515", toIds: false)));

        var traffic = Assert.Single(objects.OfType("network-traffic"));
        Assert.Equal(443, traffic.GetProperty("dst_port").GetInt32());
        Assert.Equal(51515, traffic.GetProperty("src_port").GetInt32());
        Assert.StartsWith("ipv4-addr--", traffic.Str("dst_ref"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_email_object_becomes_one_message_with_sender_recipients_and_headers()
    {
        var (_, objects) = Convert(MispSamples.MispObject("email", "a1b2c3d4-0000-4000-8000-000000000004",
            MispSamples.ObjectAttribute("from", "email-src", "ceo@evil.example"),
            MispSamples.ObjectAttribute("to", "email-dst", "a@bank.example"),
            MispSamples.ObjectAttribute("to", "email-dst", "b@bank.example"),
            MispSamples.ObjectAttribute("subject", "email-subject", "Urgent: wire 'today'"),
            MispSamples.ObjectAttribute("reply-to", "email-reply-to", "drop@evil.example")));

        Assert.Equal("[email-message:subject = 'Urgent: wire \\'today\\'' AND "
            + "email-message:additional_header_fields.'Reply-To' = 'drop@evil.example' AND "
            + "email-message:from_ref.value = 'ceo@evil.example' AND email-message:to_refs[*].value = 'a@bank.example' AND "
            + "email-message:to_refs[*].value = 'b@bank.example']", Assert.Single(objects.OfType("indicator")).Str("pattern"));
    }

    [Fact]
    public void A_url_object_matches_on_the_url_and_treats_its_parsed_pieces_as_covered()
    {
        var (conversion, objects) = Convert(MispSamples.MispObject("url", "a1b2c3d4-0000-4000-8000-000000000005",
            MispSamples.ObjectAttribute("url", "url", "https://evil.example:8443/x"),
            MispSamples.ObjectAttribute("host", "hostname", "evil.example", toIds: false),
            MispSamples.ObjectAttribute("port", "port", "8443", toIds: false)));

        Assert.Equal("[url:value = 'https://evil.example:8443/x']", Assert.Single(objects.OfType("indicator")).Str("pattern"));
        Assert.Empty(conversion.Warnings);
    }

    [Fact]
    public void An_unmapped_relation_in_a_known_template_is_reported()
    {
        var file = FileObject();
        ((JsonArray)file["Attribute"]!).Add(MispSamples.ObjectAttribute("entropy", "float", "7.9"));

        var (conversion, objects) = Convert(file);

        Assert.Single(objects.OfType("indicator"));
        var warning = Assert.Single(conversion.Warnings);
        Assert.Equal("float", warning.Kind);
        Assert.Contains("entropy", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_object_of_an_unknown_template_is_imported_attribute_by_attribute()
    {
        var (conversion, objects) = Convert(MispSamples.MispObject("person", "a1b2c3d4-0000-4000-8000-000000000006",
            MispSamples.ObjectAttribute("first-name", "first-name", "Jane", toIds: false),
            MispSamples.ObjectAttribute("e-mail", "email", "jane@example.org", toIds: false)));

        Assert.Single(objects.OfType("email-addr"));
        Assert.Contains(conversion.Warnings, w => w.Kind == "object:person");
        Assert.Contains(conversion.Warnings, w => w.Kind == "first-name");
    }

    [Fact]
    public void Object_references_become_relationships_and_dangling_ones_are_reported()
    {
        var file = FileObject();
        file["ObjectReference"] = new JsonArray(
            new JsonObject { ["uuid"] = "a1b2c3d4-0000-4000-8000-0000000000aa", ["object_uuid"] = FileUuid, ["referenced_uuid"] = DomainIpUuid, ["relationship_type"] = "Communicates With" },
            new JsonObject { ["uuid"] = "a1b2c3d4-0000-4000-8000-0000000000bb", ["object_uuid"] = FileUuid, ["referenced_uuid"] = "a1b2c3d4-0000-4000-8000-0000000000ff", ["relationship_type"] = "drops" });
        var domainIp = MispSamples.MispObject("domain-ip", DomainIpUuid, MispSamples.ObjectAttribute("domain", "domain", "c2.example"));

        var (conversion, objects) = Convert(file, domainIp);

        var relationship = Assert.Single(objects.OfType("relationship"));
        Assert.Equal("relationship--a1b2c3d4-0000-4000-8000-0000000000aa", relationship.Str("id"));
        Assert.Equal("communicates-with", relationship.Str("relationship_type"));
        Assert.Equal("indicator--" + FileUuid, relationship.Str("source_ref"));
        Assert.Equal("indicator--" + DomainIpUuid, relationship.Str("target_ref"));
        Assert.Equal("a1b2c3d4-0000-4000-8000-0000000000bb", Assert.Single(conversion.Warnings).Uuid);
    }
}
