using System.Collections.Frozen;
using System.Text.Json;
using static Comity.Exchange.Stix.CommonShapes;
using V = Comity.Exchange.Stix.StixVocabularies;

namespace Comity.Exchange.Stix;

/// <summary>The 18 cyber-observable objects of §6 and their predefined extensions.</summary>
internal static class ObservableSpecs
{
    public static IEnumerable<TypeSpec> All()
    {
        yield return Sco("artifact", s => s
            .Optional("mime_type", new StringRule(StixFormats.MediaType, formatIsWarning: true))
            .Optional("payload_bin", Binary).Optional("url", Url).Optional("hashes", Hashes)
            .Optional("encryption_algorithm", V.EncryptionAlgorithm).Optional("decryption_key", Str)
            .Rule(CheckArtifact));

        yield return Sco("autonomous-system", s => s
            .Require("number", NonNegative).Optional("name", Str).Optional("rir", Str));

        yield return Sco("directory", s => s
            .Require("path", Str).Optional("path_enc", Str)
            .Optional("ctime", Timestamp).Optional("mtime", Timestamp).Optional("atime", Timestamp)
            .Optional("contains_refs", ObsRefs("file", "directory")));

        yield return Sco("domain-name", s => s
            .Require("value", Str)
            .Optional("resolves_to_refs", ObsRefs("ipv4-addr", "ipv6-addr", "domain-name")));

        yield return Sco("email-addr", s => s
            .Require("value", new StringRule(v => v.Contains('@', StringComparison.Ordinal) ? null : $"must be an email address, not {ValidationContext.Quote(v)}"))
            .Optional("display_name", Str)
            .Optional("belongs_to_ref", ObsRef("user-account")));

        yield return Sco("email-message", s => s
            .Require("is_multipart", Bool)
            .Optional("date", Timestamp).Optional("content_type", Str)
            .Optional("from_ref", ObsRef("email-addr")).Optional("sender_ref", ObsRef("email-addr"))
            .Optional("to_refs", ObsRefs("email-addr")).Optional("cc_refs", ObsRefs("email-addr"))
            .Optional("bcc_refs", ObsRefs("email-addr"))
            .Optional("message_id", Str).Optional("subject", Str).Optional("received_lines", StrList)
            .Optional("additional_header_fields", Dictionary)
            .Optional("body", Str)
            .Optional("body_multipart", List(Shape(MimePart)))
            .Optional("raw_email_ref", ObsRef("artifact"))
            .Rule(CheckEmailBody));

        yield return Sco("file", s => s
            .Optional("hashes", Hashes).Optional("size", NonNegative).Optional("name", Str).Optional("name_enc", Str)
            .Optional("magic_number_hex", Hex).Optional("mime_type", new StringRule(StixFormats.MediaType, formatIsWarning: true))
            .Optional("ctime", Timestamp).Optional("mtime", Timestamp).Optional("atime", Timestamp)
            .Optional("parent_directory_ref", ObsRef("directory"))
            .Optional("contains_refs", ObsRefs(RefTarget.Sco))
            .Optional("content_ref", ObsRef("artifact"))
            .AtLeastOneOf("hashes", "name"),
            ("ntfs-ext", NtfsExt), ("raster-image-ext", RasterImageExt), ("pdf-ext", PdfExt),
            ("archive-ext", ArchiveExt), ("windows-pebinary-ext", PeBinaryExt));

        yield return Sco("ipv4-addr", s => s
            .Require("value", new StringRule(StixFormats.Ipv4))
            .Optional("resolves_to_refs", ObsRefs("mac-addr"))
            .Optional("belongs_to_refs", ObsRefs("autonomous-system")));

        yield return Sco("ipv6-addr", s => s
            .Require("value", new StringRule(StixFormats.Ipv6))
            .Optional("resolves_to_refs", ObsRefs("mac-addr"))
            .Optional("belongs_to_refs", ObsRefs("autonomous-system")));

        yield return Sco("mac-addr", s => s.Require("value", new StringRule(StixFormats.Mac)));

        yield return Sco("mutex", s => s.Require("name", Str));

        yield return Sco("network-traffic", s => s
            .Optional("start", Timestamp).Optional("end", Timestamp).Optional("is_active", Bool)
            .Optional("src_ref", ObsRef("ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"))
            .Optional("dst_ref", ObsRef("ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"))
            .Optional("src_port", new IntegerRule(0, 65535)).Optional("dst_port", new IntegerRule(0, 65535))
            .Require("protocols", StrList)
            .Optional("src_byte_count", NonNegative).Optional("dst_byte_count", NonNegative)
            .Optional("src_packets", NonNegative).Optional("dst_packets", NonNegative)
            .Optional("ipfix", Dictionary)
            .Optional("src_payload_ref", ObsRef("artifact")).Optional("dst_payload_ref", ObsRef("artifact"))
            .Optional("encapsulates_refs", ObsRefs("network-traffic"))
            .Optional("encapsulated_by_ref", ObsRef("network-traffic"))
            .AtLeastOneOf("src_ref", "dst_ref")
            .Rule(Order("start", "end"))
            .Rule((obj, ctx) =>
            {
                if (obj.TryGetProperty("is_active", out var a) && a.ValueKind == JsonValueKind.True && Has(obj, "end"))
                {
                    ctx.ErrorAt("end", "must not be present while is_active is true");
                }
            }),
            ("http-request-ext", HttpRequestExt), ("icmp-ext", IcmpExt), ("socket-ext", SocketExt), ("tcp-ext", TcpExt));

        yield return Sco("process", s => s
            .Optional("is_hidden", Bool).Optional("pid", Int).Optional("created_time", Timestamp)
            .Optional("cwd", Str).Optional("command_line", Str).Optional("environment_variables", Dictionary)
            .Optional("opened_connection_refs", ObsRefs("network-traffic"))
            .Optional("creator_user_ref", ObsRef("user-account")).Optional("image_ref", ObsRef("file"))
            .Optional("parent_ref", ObsRef("process")).Optional("child_refs", ObsRefs("process"))
            .Rule(AtLeastOneSpecificProperty("a process", false)),
            ("windows-process-ext", WindowsProcessExt), ("windows-service-ext", WindowsServiceExt));

        yield return Sco("software", s => s
            .Require("name", Str).Optional("cpe", Str).Optional("swid", Str)
            .Optional("languages", StrList).Optional("vendor", Str).Optional("version", Str));

        yield return Sco("url", s => s.Require("value", new StringRule(StixFormats.Url)));

        yield return Sco("user-account", s => s
            .Optional("user_id", Str).Optional("credential", Str).Optional("account_login", Str)
            .Optional("account_type", V.AccountType).Optional("display_name", Str)
            .Optional("is_service_account", Bool).Optional("is_privileged", Bool)
            .Optional("can_escalate_privs", Bool).Optional("is_disabled", Bool)
            .Optional("account_created", Timestamp).Optional("account_expires", Timestamp)
            .Optional("credential_last_changed", Timestamp).Optional("account_first_login", Timestamp)
            .Optional("account_last_login", Timestamp)
            .Rule(AtLeastOneSpecificProperty("a user account", true)),
            ("unix-account-ext", UnixAccountExt));

        yield return Sco("windows-registry-key", s => s
            .Optional("key", new StringRule(RegistryKey))
            .Optional("values", List(Shape(RegistryValue)))
            .Optional("modified_time", Timestamp)
            .Optional("creator_user_ref", ObsRef("user-account"))
            .Optional("number_of_subkeys", NonNegative)
            .Rule(AtLeastOneSpecificProperty("a registry key", true)));

        yield return Sco("x509-certificate", s => s
            .Optional("is_self_signed", Bool).Optional("hashes", Hashes).Optional("version", Str)
            .Optional("serial_number", Str).Optional("signature_algorithm", Str).Optional("issuer", Str)
            .Optional("validity_not_before", Timestamp).Optional("validity_not_after", Timestamp)
            .Optional("subject", Str).Optional("subject_public_key_algorithm", Str)
            .Optional("subject_public_key_modulus", Str).Optional("subject_public_key_exponent", Int)
            .Optional("x509_v3_extensions", Shape(X509V3Extensions))
            .Rule(Order("validity_not_before", "validity_not_after"))
            .Rule(AtLeastOneSpecificProperty("an X.509 certificate", false)));
    }

    private static TypeSpec Sco(string type, Func<ObjectShape, ObjectShape> build, params (string Name, ObjectShape Shape)[] extensions) =>
        new(type, StixKind.Sco, build(ObservableCore(type)))
        {
            Extensions = extensions.ToFrozenDictionary(e => e.Name, e => e.Shape, StringComparer.Ordinal),
        };

    private static readonly FrozenSet<string> ObservableCommon = FrozenSet.Create(StringComparer.Ordinal,
        "type", "id", "spec_version", "object_marking_refs", "granular_markings", "defanged", "extensions");

    /// <summary>
    /// Process and X.509 certificate objects must carry at least one property of their own (§6.11, §6.18); for user accounts
    /// and registry keys the schemas ask the same, which is reported as a warning.
    /// </summary>
    private static Action<JsonElement, ValidationContext> AtLeastOneSpecificProperty(string noun, bool warning) => (obj, ctx) =>
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (!ObservableCommon.Contains(p.Name) || (p.Name == "extensions" && p.Value.ValueKind == JsonValueKind.Object))
            {
                return;
            }
        }
        var message = $"is {noun} with no properties of its own; it needs at least one besides the common ones";
        if (warning)
        {
            ctx.Warn(message);
        }
        else
        {
            ctx.Error(message);
        }
    };

    private static void CheckArtifact(JsonElement obj, ValidationContext ctx)
    {
        var payload = Has(obj, "payload_bin");
        var url = Has(obj, "url");
        if (payload == url)
        {
            ctx.Error(payload ? "must have payload_bin or url, not both" : "must have either payload_bin or url");
        }
        if (url && !Has(obj, "hashes"))
        {
            ctx.ErrorAt("hashes", "is required when url is present, so the fetched content can be verified");
        }
        if (Has(obj, "decryption_key") && !Has(obj, "encryption_algorithm"))
        {
            ctx.ErrorAt("decryption_key", "must not be present without encryption_algorithm");
        }
    }

    private static void CheckEmailBody(JsonElement obj, ValidationContext ctx)
    {
        if (!obj.TryGetProperty("is_multipart", out var multipart) || multipart.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return;
        }
        if (multipart.ValueKind == JsonValueKind.True && Has(obj, "body"))
        {
            ctx.ErrorAt("body", "must not be present when is_multipart is true; use body_multipart");
        }
        if (multipart.ValueKind == JsonValueKind.False && Has(obj, "body_multipart"))
        {
            ctx.ErrorAt("body_multipart", "must not be present when is_multipart is false; use body");
        }
    }

    private static string? RegistryKey(string key)
    {
        string[] abbreviations = ["HKLM", "HKCC", "HKCR", "HKCU", "HKU"];
        return abbreviations.Any(a => key.StartsWith(a, StringComparison.OrdinalIgnoreCase)
                                      && (key.Length == a.Length || key[a.Length] == '\\'))
            ? $"must spell out the hive (e.g. HKEY_LOCAL_MACHINE), not abbreviate it: {ValidationContext.Quote(key)}"
            : null;
    }

    private static readonly ObjectShape MimePart = new ObjectShape("a MIME part")
        .Optional("body", Str)
        .Optional("body_raw_ref", ObsRef("artifact", "file"))
        .Optional("content_type", Str)
        .Optional("content_disposition", Str)
        .Rule((part, ctx) =>
        {
            if (Has(part, "body") == Has(part, "body_raw_ref"))
            {
                ctx.Error("must have exactly one of body or body_raw_ref");
            }
        });

    private static readonly ObjectShape RegistryValue = new ObjectShape("a registry value")
        .Optional("name", Str).Optional("data", Str).Optional("data_type", V.WindowsRegistryDatatype)
        .AtLeastOneOf("name", "data", "data_type");

    private static readonly ObjectShape X509V3Extensions = new ObjectShape("X.509 v3 extensions")
        .Optional("basic_constraints", Str).Optional("name_constraints", Str).Optional("policy_constraints", Str)
        .Optional("key_usage", Str).Optional("extended_key_usage", Str).Optional("subject_key_identifier", Str)
        .Optional("authority_key_identifier", Str).Optional("subject_alternative_name", Str)
        .Optional("issuer_alternative_name", Str).Optional("subject_directory_attributes", Str)
        .Optional("crl_distribution_points", Str).Optional("inhibit_any_policy", Str)
        .Optional("private_key_usage_period_not_before", Timestamp)
        .Optional("private_key_usage_period_not_after", Timestamp)
        .Optional("certificate_policies", Str).Optional("policy_mappings", Str);

    private static readonly ObjectShape AlternateDataStream = new ObjectShape("an alternate data stream")
        .Require("name", Str).Optional("hashes", Hashes).Optional("size", NonNegative);

    private static readonly ObjectShape NtfsExt = new ObjectShape("the ntfs-ext extension")
        .Optional("sid", Str).Optional("alternate_data_streams", List(Shape(AlternateDataStream)))
        .AtLeastOneOf("sid", "alternate_data_streams");

    private static readonly ObjectShape RasterImageExt = new ObjectShape("the raster-image-ext extension")
        .Optional("image_height", NonNegative).Optional("image_width", NonNegative).Optional("bits_per_pixel", NonNegative)
        .Optional("exif_tags", Dictionary)
        .AtLeastOneOf("image_height", "image_width", "bits_per_pixel", "exif_tags");

    private static readonly ObjectShape PdfExt = new ObjectShape("the pdf-ext extension")
        .Optional("version", Str).Optional("is_optimized", Bool).Optional("document_info_dict", new DictionaryRule(Str))
        .Optional("pdfid0", Str).Optional("pdfid1", Str)
        .AtLeastOneOf("version", "is_optimized", "document_info_dict", "pdfid0", "pdfid1");

    private static readonly ObjectShape ArchiveExt = new ObjectShape("the archive-ext extension")
        .Require("contains_refs", ObsRefs("file", "directory")).Optional("comment", Str);

    private static readonly ObjectShape PeOptionalHeader = new ObjectShape("a PE optional header")
        .Optional("magic_hex", Hex).Optional("major_linker_version", Int).Optional("minor_linker_version", Int)
        .Optional("size_of_code", NonNegative).Optional("size_of_initialized_data", NonNegative)
        .Optional("size_of_uninitialized_data", NonNegative).Optional("address_of_entry_point", Int)
        .Optional("base_of_code", Int).Optional("base_of_data", Int).Optional("image_base", Int)
        .Optional("section_alignment", Int).Optional("file_alignment", Int)
        .Optional("major_os_version", Int).Optional("minor_os_version", Int)
        .Optional("major_image_version", Int).Optional("minor_image_version", Int)
        .Optional("major_subsystem_version", Int).Optional("minor_subsystem_version", Int)
        .Optional("win32_version_value_hex", Hex).Optional("size_of_image", NonNegative)
        .Optional("size_of_headers", NonNegative).Optional("checksum_hex", Hex).Optional("subsystem_hex", Hex)
        .Optional("dll_characteristics_hex", Hex).Optional("size_of_stack_reserve", NonNegative)
        .Optional("size_of_stack_commit", NonNegative).Optional("size_of_heap_reserve", NonNegative)
        .Optional("size_of_heap_commit", NonNegative).Optional("loader_flags_hex", Hex)
        .Optional("number_of_rva_and_sizes", Int).Optional("hashes", Hashes);

    private static readonly ObjectShape PeSection = new ObjectShape("a PE section")
        .Require("name", Str).Optional("size", NonNegative).Optional("entropy", new NumberRule()).Optional("hashes", Hashes);

    private static readonly ObjectShape PeBinaryExt = new ObjectShape("the windows-pebinary-ext extension")
        .Require("pe_type", V.WindowsPeBinaryType).Optional("imphash", Str).Optional("machine_hex", Hex)
        .Optional("number_of_sections", NonNegative)
        .Optional("time_date_stamp", new TimestampRule(wholeSeconds: true))
        .Optional("pointer_to_symbol_table_hex", Hex).Optional("number_of_symbols", NonNegative)
        .Optional("size_of_optional_header", NonNegative).Optional("characteristics_hex", Hex)
        .Optional("file_header_hashes", Hashes).Optional("optional_header", Shape(PeOptionalHeader))
        .Optional("sections", List(Shape(PeSection)));

    private static readonly ObjectShape HttpRequestExt = new ObjectShape("the http-request-ext extension")
        .Require("request_method", Str).Require("request_value", Str).Optional("request_version", Str)
        .Optional("request_header", Dictionary).Optional("message_body_length", NonNegative)
        .Optional("message_body_data_ref", ObsRef("artifact"));

    private static readonly ObjectShape IcmpExt = new ObjectShape("the icmp-ext extension")
        .Require("icmp_type_hex", Hex).Require("icmp_code_hex", Hex);

    private static readonly ObjectShape SocketExt = new ObjectShape("the socket-ext extension")
        .Require("address_family", V.NetworkSocketAddressFamily).Optional("is_blocking", Bool)
        .Optional("is_listening", Bool).Optional("options", new DictionaryRule(Int))
        .Optional("socket_type", V.NetworkSocketType).Optional("socket_descriptor", NonNegative)
        .Optional("socket_handle", Int);

    private static readonly ObjectShape TcpExt = new ObjectShape("the tcp-ext extension")
        .Optional("src_flags_hex", Hex).Optional("dst_flags_hex", Hex)
        .AtLeastOneOf("src_flags_hex", "dst_flags_hex");

    private static readonly ObjectShape WindowsProcessExt = new ObjectShape("the windows-process-ext extension")
        .Optional("aslr_enabled", Bool).Optional("dep_enabled", Bool).Optional("priority", Str)
        .Optional("owner_sid", Str).Optional("window_title", Str).Optional("startup_info", Dictionary)
        .Optional("integrity_level", V.WindowsIntegrityLevel)
        .AtLeastOneOf("aslr_enabled", "dep_enabled", "priority", "owner_sid", "window_title", "startup_info", "integrity_level");

    private static readonly ObjectShape WindowsServiceExt = new ObjectShape("the windows-service-ext extension")
        .Optional("service_name", Str).Optional("descriptions", StrList).Optional("display_name", Str)
        .Optional("group_name", Str).Optional("start_type", V.WindowsServiceStartType)
        .Optional("service_dll_refs", ObsRefs("file")).Optional("service_type", V.WindowsServiceType)
        .Optional("service_status", V.WindowsServiceStatus)
        .AtLeastOneOf("service_name", "descriptions", "display_name", "group_name", "start_type", "service_dll_refs",
            "service_type", "service_status");

    private static readonly ObjectShape UnixAccountExt = new ObjectShape("the unix-account-ext extension")
        .Optional("gid", Int).Optional("groups", StrList).Optional("home_dir", Str).Optional("shell", Str)
        .AtLeastOneOf("gid", "groups", "home_dir", "shell");
}
