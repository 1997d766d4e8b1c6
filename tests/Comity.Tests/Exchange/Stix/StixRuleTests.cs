using Comity.Exchange.Stix;

namespace Comity.Tests.Exchange.Stix;

/// <summary>Each rule broken once, starting from a valid example: the problem is reported at the expected path.</summary>
public sealed class StixRuleTests
{
    private const string TlpExt = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    private const string SomeExt = "extension-definition--dd73de4f-a7f3-49ea-8ec1-8e884196b7a8";

    public static TheoryData<string, string[], string, string> Errors() => new()
    {
        // type, spec_version, id
        { "indicator", ["type=\"Indicator\""], "type", "3 to 250 characters of a–z" },
        { "indicator", ["type=\"x--y\""], "type", "no two hyphens" },
        { "indicator", ["type=\"action\""], "type", "reserved type name" },
        { "indicator", ["type=\"bundle\""], "type", "bundles cannot be nested" },
        { "indicator", ["-spec_version"], "spec_version", "is required in an indicator" },
        { "indicator", ["spec_version=\"2.0\""], "spec_version", "must be \"2.1\"" },
        { "indicator", ["-id"], "id", "is required in an indicator" },
        { "indicator", ["id=\"indicator--123\""], "id", "is not an identifier of the form type--UUID" },
        { "indicator", ["id=\"malware--31b940d4-6f7f-459a-80ea-9c1f17b58abc\""], "id", "must start with 'indicator--'" },
        { "indicator", ["id=\"indicator--8e2e2d2b-17d4-6cbf-938f-98ee46b3cd3f\""], "id", "version digit must be 1 to 5" },
        { "indicator", ["id=\"indicator--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f\""], "id", "variant digit must be 8, 9, a or b" },
        { "indicator", ["id=\"indicator--8e2e2d2b17d4-4cbf-938f-98ee46b3cd3ff\""], "id", "8-4-4-4-12" },
        { "ipv4-addr", ["id=\"ipv6-addr--ff26c055-6336-5bc5-b98d-13d6226742dd\""], "id", "must start with 'ipv4-addr--'" },
        // created / modified
        { "indicator", ["-created"], "created", "is required" },
        { "indicator", ["-modified"], "modified", "is required" },
        { "indicator", ["created=\"2024-03-01T10:00:00Z\""], "created", "precise to the millisecond" },
        { "indicator", ["modified=\"2024-03-02T10:00:00.1Z\""], "modified", "precise to the millisecond" },
        { "indicator", ["created=\"2024-03-01 10:00:00.000Z\""], "created", "RFC 3339 UTC timestamp" },
        { "indicator", ["created=\"2024-03-01T10:00:00.000+01:00\""], "created", "RFC 3339 UTC timestamp" },
        { "indicator", ["created=\"2023-02-29T10:00:00.000Z\""], "created", "RFC 3339 UTC timestamp" },
        { "indicator", ["created=\"2024-03-01T10:00:00.Z\""], "created", "RFC 3339 UTC timestamp" },
        { "indicator", ["modified=\"2024-02-01T10:00:00.000Z\""], "modified", "must not be earlier than created" },
        // common references and properties
        { "indicator", [$"created_by_ref=\"{StixExamples.Malware}\""], "created_by_ref", "must reference an identity, not 'malware--31b940d4" },
        { "indicator", ["created_by_ref=\"ACME\""], "created_by_ref", "must be a STIX identifier (type--UUID), but 'ACME'" },
        { "indicator", [$"object_marking_refs=[\"{StixExamples.Identity}\"]"], "object_marking_refs[0]", "must reference a marking-definition" },
        { "indicator", ["object_marking_refs=[]"], "object_marking_refs", "must not be an empty list" },
        { "indicator", ["granular_markings=[{\"selectors\": [\"name\"]}]"], "granular_markings[0]", "must have either marking_ref or lang" },
        { "indicator", [$"granular_markings=[{{\"selectors\": [\"name\"], \"lang\": \"en\", \"marking_ref\": \"{StixExamples.Marking}\"}}]"], "granular_markings[0]", "not both" },
        { "indicator", [$"granular_markings=[{{\"selectors\": [\"description\"], \"marking_ref\": \"{StixExamples.Marking}\"}}]"], "granular_markings[0].selectors[0]", "not present in the object" },
        { "indicator", [$"granular_markings=[{{\"selectors\": [\"Name!\"], \"marking_ref\": \"{StixExamples.Marking}\"}}]"], "granular_markings[0].selectors[0]", "must be a selector" },
        { "indicator", [$"granular_markings=[{{\"marking_ref\": \"{StixExamples.Marking}\"}}]"], "granular_markings[0].selectors", "is required in a granular marking" },
        { "indicator", [$"granular_markings=[{{\"selectors\": [\"name\"], \"marking_ref\": \"{StixExamples.Identity}\"}}]"], "granular_markings[0].marking_ref", "must reference a marking-definition" },
        { "indicator", ["external_references=[{\"url\": \"https://example.com\"}]"], "external_references[0].source_name", "is required in an external reference" },
        { "indicator", ["external_references=[{\"source_name\": \"acme\"}]"], "external_references[0]", "at least one of description, url or external_id" },
        { "indicator", ["external_references=[{\"source_name\": \"acme\", \"url\": \"https://e.com/a\", \"hashes\": {\"SHA-256\": \"abc\"}}]"], "external_references[0].hashes.SHA-256", "64 hexadecimal digits" },
        { "indicator", ["external_references=[{\"source_name\": \"acme\", \"url\": \"not a url\"}]"], "external_references[0].url", "absolute URL" },
        { "indicator", ["labels=\"bad\""], "labels", "must be a list" },
        { "indicator", ["labels=[1]"], "labels[0]", "must be a string, not the number 1" },
        { "indicator", ["confidence=101"], "confidence", "between 0 and 100" },
        { "indicator", ["confidence=50.5"], "confidence", "whole number" },
        { "indicator", ["revoked=\"yes\""], "revoked", "true or false" },
        { "indicator", ["kill_chain_phases=[{\"kill_chain_name\": \"lockheed\"}]"], "kill_chain_phases[0].phase_name", "is required in a kill chain phase" },
        // extensions and custom properties
        { "indicator", ["extensions={}"], "extensions", "must not be an empty dictionary" },
        { "indicator", ["extensions={\"foo\": {\"a\": 1}}"], "extensions.foo", "not a valid extension key" },
        { "indicator", [$"extensions={{\"{SomeExt}\": {{\"rank\": 1}}}}"], $"extensions.{SomeExt}.extension_type", "is required" },
        { "indicator", [$"extensions={{\"{SomeExt}\": {{\"extension_type\": \"new-thing\"}}}}"], $"extensions.{SomeExt}.extension_type", "must be one of new-sdo" },
        { "indicator", [$"extensions={{\"{SomeExt}\": {{\"extension_type\": \"new-sdo\"}}}}"], $"extensions.{SomeExt}.extension_type", "cannot be new-sdo on indicator" },
        { "indicator", ["extensions={\"extension-definition--1234\": {\"extension_type\": \"property-extension\"}}"], "extensions.extension-definition--1234", "not a valid extension-definition id" },
        { "marking-definition", ["extensions={\"x-acme-ext\": {\"a\": 1}}"], "extensions.x-acme-ext", "must be keyed by an extension-definition id" },
        { "indicator", ["severity=\"high\""], "severity", "reserved property name" },
        { "indicator", ["x_acme_score=null"], "x_acme_score", "must not be null" },
        { "indicator", ["x_acme_digest_hex=\"zz\""], "x_acme_digest_hex", "hexadecimal" },
        { "indicator", ["x_acme_blob_bin=\"%%%\""], "x_acme_blob_bin", "base64" },
        // indicator
        { "indicator", ["-pattern"], "pattern", "is required in an indicator" },
        { "indicator", ["-pattern_type"], "pattern_type", "is required" },
        { "indicator", ["-valid_from"], "valid_from", "is required" },
        { "indicator", ["valid_until=\"2024-03-01T00:00:00Z\""], "valid_until", "must be later than valid_from" },
        { "indicator", ["pattern=42"], "pattern", "must be a string" },
        // malware, sighting, relationship
        { "malware", ["-is_family"], "is_family", "is required in a malware" },
        { "malware", ["-name"], "name", "is required when is_family is true" },
        { "malware", ["is_family=\"true\""], "is_family", "true or false" },
        { "malware", [$"sample_refs=[\"{StixExamples.Indicator}\"]"], "sample_refs[0]", "must reference a file or artifact" },
        { "malware", [$"operating_system_refs=[\"{StixExamples.File}\"]"], "operating_system_refs[0]", "must reference a software" },
        { "malware", ["last_seen=\"2020-01-01T00:00:00Z\"", "first_seen=\"2021-01-01T00:00:00Z\""], "last_seen", "must not be earlier than first_seen" },
        { "campaign", ["last_seen=\"2020-01-01T00:00:00Z\""], "last_seen", "must not be earlier than first_seen" },
        { "sighting", ["sighting_of_ref=\"relationship--16d2358f-3b0d-4c88-b047-0da2f7ed4471\""], "sighting_of_ref", "must reference a STIX domain object" },
        { "sighting", [$"sighting_of_ref=\"{StixExamples.Ipv4}\""], "sighting_of_ref", "must reference a STIX domain object" },
        { "sighting", [$"where_sighted_refs=[\"{StixExamples.Malware}\"]"], "where_sighted_refs[0]", "must reference an identity or location" },
        { "sighting", [$"observed_data_refs=[\"{StixExamples.Malware}\"]"], "observed_data_refs[0]", "must reference an observed-data" },
        { "sighting", ["count=-1"], "count", "between 0 and 999,999,999" },
        { "sighting", ["-sighting_of_ref"], "sighting_of_ref", "is required" },
        { "relationship", ["source_ref=\"bundle--16d2358f-3b0d-4c88-b047-0da2f7ed4471\""], "source_ref", "must reference a domain or cyber-observable object" },
        { "relationship", [$"target_ref=\"{StixExamples.Marking}\""], "target_ref", "must reference a domain or cyber-observable object" },
        { "relationship", ["target_ref=\"sighting--ee20065d-2555-424f-ad9e-0f8428623c75\""], "target_ref", "must reference a domain or cyber-observable object" },
        { "relationship", ["relationship_type=\"Indicates\""], "relationship_type", "lowercase letters, digits and hyphens" },
        { "relationship", ["stop_time=\"2024-03-01T00:00:00Z\""], "stop_time", "must be later than start_time" },
        { "relationship", ["-target_ref"], "target_ref", "is required in a relationship" },
        // observed-data
        { "observed-data", [$"object_refs=[\"{StixExamples.Malware}\"]"], "object_refs[0]", "must reference a cyber-observable object or a relationship or sighting" },
        { "observed-data", ["number_observed=0"], "number_observed", "between 1 and 999,999,999" },
        { "observed-data", ["number_observed=1000000000"], "number_observed", "between 1 and 999,999,999" },
        { "observed-data", ["last_observed=\"2024-03-01T18:59:59.999Z\""], "last_observed", "must not be earlier than first_observed" },
        { "observed-data", ["objects={\"0\": {\"type\": \"ipv4-addr\", \"value\": \"198.51.100.3\"}}"], "", "object_refs or objects, not both" },
        { "observed-data", ["-object_refs"], "object_refs", "is required" },
        { "observed-data with the deprecated objects container", ["objects/1/src_ref=\"7\""], "objects['1'].src_ref", "'7' is not one" },
        { "observed-data with the deprecated objects container", ["objects/1/src_ref=\"1\""], "objects['1'].src_ref", "must reference an ipv4-addr, ipv6-addr, mac-addr or domain-name, not object '1'" },
        { "observed-data with the deprecated objects container", ["objects/0/type=\"malware\""], "objects['0'].type", "must be a cyber-observable type" },
        { "observed-data with the deprecated objects container", ["objects/0/value=\"1.2.3\""], "objects['0'].value", "IPv4 address" },
        // other domain objects
        { "opinion", ["opinion=\"maybe\""], "opinion", "must be one of strongly-disagree, disagree, neutral, agree, strongly-agree" },
        { "opinion", ["-object_refs"], "object_refs", "is required" },
        { "report", ["-published"], "published", "is required in a report" },
        { "report", ["object_refs=[\"bundle--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3\"]"], "object_refs[0]", "must reference a STIX object" },
        { "grouping", ["-context"], "context", "is required in a grouping" },
        { "note", ["-content"], "content", "is required in a note" },
        { "identity", ["-name"], "name", "is required in an identity" },
        { "attack-pattern", ["name=[\"x\"]"], "name", "must be a string, not a list" },
        { "location", ["-latitude", "-longitude", "-precision", "-country", "-region", "city=\"Paris\""], "", "at least one of region, country, or latitude and longitude" },
        { "location", ["latitude=91"], "latitude", "between -90 and 90" },
        { "location", ["longitude=-180.5"], "longitude", "between -180 and 180" },
        { "location", ["-longitude"], "longitude", "is required when latitude is present" },
        { "location", ["-longitude", "-latitude"], "precision", "only be given together with latitude and longitude" },
        { "malware-analysis", ["-result"], "", "at least one of result or analysis_sco_refs" },
        { "malware-analysis", [$"sample_ref=\"{StixExamples.Ipv4}\""], "sample_ref", "must reference a file, network-traffic or artifact" },
        { "malware-analysis", [$"analysis_sco_refs=[\"{StixExamples.Malware}\"]"], "analysis_sco_refs[0]", "must reference a cyber-observable object" },
        { "malware-analysis", ["analysis_ended=\"2024-03-01T09:00:00Z\""], "analysis_ended", "must not be earlier than analysis_started" },
        // meta objects
        { "language-content", ["object_ref=\"bundle--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3\""], "object_ref", "other than a bundle or language-content" },
        { "language-content", ["-contents"], "contents", "is required in a language-content" },
        { "language-content", ["contents={}"], "contents", "must not be an empty dictionary" },
        { "marking-definition", ["-definition"], "definition", "is required unless the marking is defined by an extension" },
        { "marking-definition", ["id=\"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9\""], "id", "must be marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da" },
        { "marking-definition", ["definition={\"tlp\": \"purple\"}"], "definition", "must have tlp set to white, green, amber or red" },
        { "marking-definition", ["name=\"TLP:RED\""], "name", "must be TLP:GREEN" },
        { "marking-definition", ["created=\"2017-01-20T00:00:00Z\""], "created", "precise to the millisecond" },
        { "statement marking", ["definition={\"text\": \"x\"}"], "definition", "must have a statement string" },
        { "statement marking", ["definition=\"Copyright\""], "definition", "must be an object" },
        { "statement marking", ["-spec_version"], "spec_version", "is required in a marking-definition" },
        { "TLP 2.0 amber+strict marking", [$"extensions/{TlpExt}/tlp_2_0=\"amber\""], $"extensions.{TlpExt}.tlp_2_0", "must be amber+strict" },
        { "TLP 2.0 amber+strict marking", ["id=\"marking-definition--ad2caa47-58fd-4491-8f67-255377927369\""], "id", "must be marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003" },
        { "TLP 2.0 amber+strict marking", ["name=\"TLP:AMBER\""], "name", "must be TLP:AMBER+STRICT" },
        { "TLP 2.0 amber+strict marking", [$"extensions/{TlpExt}/tlp_2_0=\"white\""], $"extensions.{TlpExt}.tlp_2_0", "must be clear, green, amber, amber+strict or red" },
        { "TLP 2.0 amber+strict marking", ["-extensions"], "extensions", "must carry the TLP 2.0 extension" },
        { "extension-definition", ["-created_by_ref"], "created_by_ref", "is required in an extension-definition" },
        { "extension-definition", ["-schema"], "schema", "is required" },
        { "extension-definition", ["extension_types=[\"new-thing\"]"], "extension_types[0]", "must be one of new-sdo, new-sco, new-sro, property-extension, toplevel-property-extension" },
        { "extension-definition", ["extension_properties=[\"rank\"]"], "extension_properties", "only be used when extension_types includes toplevel-property-extension" },
        // custom objects
        { "custom object", ["-id"], "id", "is required in every STIX object" },
        { "custom object", ["type=\"x_acme\""], "type", "3 to 250 characters" },
        { "custom object", ["-modified"], "modified", "is required when created is present" },
        { "custom object from a new-sdo extension", ["-created"], "created", "is required in a custom object" },
        // observables
        { "ipv4-addr", ["value=\"999.1.1.1\""], "value", "must be an IPv4 address or CIDR block" },
        { "ipv4-addr", ["value=\"10.0.0.0/33\""], "value", "must be an IPv4 address or CIDR block" },
        { "ipv4-addr", ["-value"], "value", "is required in an ipv4-addr" },
        { "ipv4-addr", [$"resolves_to_refs=[\"{StixExamples.Ipv4}\"]"], "resolves_to_refs[0]", "must reference a mac-addr" },
        { "ipv6-addr", ["value=\"198.51.100.1\""], "value", "must be an IPv6 address" },
        { "mac-addr", ["value=\"D2:FB:49:24:37:18\""], "value", "lowercase MAC-48" },
        { "file", ["-hashes", "-name"], "", "at least one of hashes or name" },
        { "file", ["hashes={\"MD5\": \"0cc175b9\"}"], "hashes.MD5", "must be 32 hexadecimal digits for MD5" },
        { "file", ["hashes={}"], "hashes", "must not be an empty dictionary" },
        { "file", ["size=-1"], "size", "must be at least 0" },
        { "file", [$"parent_directory_ref=\"{StixExamples.File}\""], "parent_directory_ref", "must reference a directory" },
        { "file", ["magic_number_hex=\"FFD8F\""], "magic_number_hex", "even number of digits" },
        { "file", ["extensions/windows-pebinary-ext/time_date_stamp=\"2016-01-22T12:31:12.5Z\""], "extensions.windows-pebinary-ext.time_date_stamp", "whole seconds" },
        { "file", ["extensions/windows-pebinary-ext/number_of_sections=-4"], "extensions.windows-pebinary-ext.number_of_sections", "at least 0" },
        { "file", ["-extensions/windows-pebinary-ext/pe_type"], "extensions.windows-pebinary-ext.pe_type", "is required in the windows-pebinary-ext extension" },
        { "file", ["extensions/ntfs-ext={\"x\": 1}"], "extensions.ntfs-ext", "at least one of sid or alternate_data_streams" },
        { "file", ["extensions/archive-ext={\"contains_refs\": [\"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd\"]}"], "extensions.archive-ext.contains_refs[0]", "must reference a file or directory" },
        { "network-traffic", ["-protocols"], "protocols", "is required in a network-traffic" },
        { "network-traffic", ["-src_ref", "-dst_ref"], "", "at least one of src_ref or dst_ref" },
        { "network-traffic", ["dst_port=70000"], "dst_port", "between 0 and 65,535" },
        { "network-traffic", ["is_active=true"], "end", "must not be present while is_active is true" },
        { "network-traffic", ["end=\"2024-03-01T09:00:00Z\""], "end", "must not be earlier than start" },
        { "network-traffic", [$"src_ref=\"{StixExamples.File}\""], "src_ref", "must reference an ipv4-addr, ipv6-addr, mac-addr or domain-name" },
        { "network-traffic", ["extensions/socket-ext/address_family=\"AF_FOO\""], "extensions.socket-ext.address_family", "must be one of AF_UNSPEC" },
        { "network-traffic", ["extensions/http-request-ext={\"request_method\": \"get\"}"], "extensions.http-request-ext.request_value", "is required" },
        { "email-message", [$"from_ref=\"{StixExamples.Ipv4}\""], "from_ref", "must reference an email-addr" },
        { "email-message", [$"to_refs=[\"{StixExamples.UserAccount}\"]"], "to_refs[0]", "must reference an email-addr" },
        { "email-message", ["body=\"hello\""], "body", "must not be present when is_multipart is true" },
        { "email-message", ["-is_multipart"], "is_multipart", "is required in an email-message" },
        { "email-message", ["body_multipart/0/body_raw_ref=\"artifact--6f437177-6e48-5cf8-9d9e-872a2bddd641\""], "body_multipart[0]", "exactly one of body or body_raw_ref" },
        { "email-addr", [$"belongs_to_ref=\"{StixExamples.Identity}\""], "belongs_to_ref", "must reference a user-account" },
        { "artifact", ["url=\"https://example.com/a.zip\""], "", "payload_bin or url, not both" },
        { "artifact", ["-payload_bin", "url=\"https://example.com/a.zip\""], "hashes", "is required when url is present" },
        { "artifact", ["payload_bin=\"not base64!\""], "payload_bin", "base64" },
        { "artifact", ["encryption_algorithm=\"rot13\""], "encryption_algorithm", "must be one of AES-256-GCM" },
        { "artifact", ["-encryption_algorithm"], "decryption_key", "must not be present without encryption_algorithm" },
        { "process", ["-pid", "-command_line", "-image_ref", "-extensions"], "", "no properties of its own" },
        { "process", ["extensions/windows-service-ext={\"start_type\": \"SOMETIMES\"}"], "extensions.windows-service-ext.start_type", "must be one of SERVICE_AUTO_START" },
        { "process", [$"parent_ref=\"{StixExamples.File}\""], "parent_ref", "must reference a process" },
        { "x509-certificate", ["-issuer", "-validity_not_before", "-validity_not_after", "-subject", "-serial_number", "-x509_v3_extensions"], "", "no properties of its own" },
        { "x509-certificate", ["validity_not_after=\"2015-01-01T00:00:00Z\""], "validity_not_after", "must not be earlier than validity_not_before" },
        { "windows-registry-key", ["key=\"HKLM\\\\Software\""], "key", "must spell out the hive" },
        { "windows-registry-key", ["values/0/data_type=\"REG_FOO\""], "values[0].data_type", "must be one of REG_NONE" },
        { "url", ["value=\"not a url\""], "value", "absolute URL" },
        { "autonomous-system", ["number=\"15139\""], "number", "whole number" },
        { "domain-name", ["-value"], "value", "is required in a domain-name" },
        { "mutex", ["-name"], "name", "is required in a mutex" },
        { "software", ["-name"], "name", "is required in a software" },
        { "directory", ["-path"], "path", "is required in a directory" },
        { "user-account", ["extensions/unix-account-ext/gid=\"wheel\""], "extensions.unix-account-ext.gid", "whole number" },
        { "ipv4-addr", ["spec_version=\"2.0\""], "spec_version", "must be \"2.1\"" },
    };

    public static TheoryData<string, string[], string, string> Warnings() => new()
    {
        { "indicator", ["pattern_type=\"kql\""], "pattern_type", "not in the suggested vocabulary pattern-type-ov" },
        { "indicator", ["indicator_types=[\"bad-stuff\"]"], "indicator_types[0]", "indicator-type-ov" },
        { "identity", ["identity_class=\"company\""], "identity_class", "identity-class-ov" },
        { "threat-actor", ["sophistication=\"elite\""], "sophistication", "threat-actor-sophistication-ov" },
        { "location", ["country=\"France\""], "country", "ISO 3166-1 alpha-2" },
        { "location", ["region=\"mars\""], "region", "region-ov" },
        { "indicator", ["id=\"indicator--8e2e2d2b-17d4-1cbf-938f-98ee46b3cd3f\""], "id", "should use a UUIDv4" },
        { "ipv4-addr", ["id=\"ipv4-addr--ff26c055-6336-1bc5-b98d-13d6226742dd\""], "id", "should use a UUIDv5" },
        { "indicator", ["XFoo=1"], "XFoo", "not a well-formed custom property name" },
        { "indicator", ["x=1"], "x", "not a well-formed custom property name" },
        { "indicator", ["lang=\"english!\""], "lang", "RFC 5646 language tag" },
        { "ipv4-addr", ["created=\"2024-03-01T10:00:00.000Z\""], "created", "not of cyber-observable objects" },
        { "file", ["hashes={\"sha256\": \"ceafbfd424be2ca4a5f0402cae090dda2fb0526cf521b60b60077c0f622b285a\"}"], "hashes.sha256", "spells it 'SHA-256'" },
        { "file", ["hashes={\"ACME-HASH\": \"abc\"}"], "hashes.ACME-HASH", "not in hash-algorithm-ov" },
        { "file", ["extensions/x-acme-ext={\"a\": 1}"], "extensions.x-acme-ext", "not a predefined extension of file" },
        { "file", ["extensions/http-request-ext={\"request_method\": \"get\", \"request_value\": \"/\"}"], "extensions.http-request-ext", "not a predefined extension of file" },
        { "marking-definition", ["modified=\"2017-01-20T00:00:00.000Z\""], "modified", "cannot be versioned" },
        { "indicator with a toplevel property extension", [$"extensions/{SomeExt}/rank=5"], $"extensions.{SomeExt}", "belong at the top level" },
        { "vulnerability", ["external_references/0/external_id=\"2016-1234\""], "external_references[0].external_id", "should be a CVE id" },
        { "indicator", ["external_references=[{\"source_name\": \"acme\", \"url\": \"https://e.com\", \"note\": \"x\"}]"], "external_references[0].note", "not a property of an external reference" },
        { "custom object", ["-spec_version"], "spec_version", "should be given as \"2.1\"" },
        { "user-account", ["-user_id", "-account_login", "-account_type", "-is_privileged", "-extensions"], "", "no properties of its own" },
        { "language-content", ["contents/de!={\"name\": \"x\"}"], "contents['de!']", "should be an RFC 5646" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void A_broken_rule_is_an_error_at_the_expected_path(string example, string[] edits, string path, string fragment)
    {
        var result = StixValidator.Validate(StixExamples.Parse(StixExamples.Edit(example, edits)));

        Assert.False(result.IsValid, "expected an error");
        Assert.True(result.Errors.Any(e => e.Path == path && e.Message.Contains(fragment, StringComparison.Ordinal)),
            $"expected an error at '{path}' containing \"{fragment}\", got:\n" + string.Join("\n", result.Errors));
    }

    [Theory]
    [MemberData(nameof(Warnings))]
    public void A_recommendation_not_followed_is_a_warning_at_the_expected_path(string example, string[] edits, string path, string fragment)
    {
        var result = StixValidator.Validate(StixExamples.Parse(StixExamples.Edit(example, edits)));

        Assert.True(result.IsValid, "expected no errors, got:\n" + string.Join("\n", result.Errors));
        Assert.True(result.Warnings.Any(e => e.Path == path && e.Message.Contains(fragment, StringComparison.Ordinal)),
            $"expected a warning at '{path}' containing \"{fragment}\", got:\n" + string.Join("\n", result.Warnings));
    }

    [Fact]
    public void Messages_name_the_property_and_the_offending_value()
    {
        var json = StixExamples.Edit("indicator", $"created_by_ref=\"{StixExamples.Malware}\"");

        var error = Assert.Single(StixValidator.Validate(StixExamples.Parse(json)).Errors);

        Assert.Equal($"created_by_ref must reference an identity, not '{StixExamples.Malware}'.", error.Message);
    }

    [Fact]
    public void A_non_object_is_reported_at_the_root()
    {
        var error = Assert.Single(StixValidator.Validate(StixExamples.Parse("[1, 2]")).Errors);

        Assert.Equal("", error.Path);
        Assert.Contains("must be a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stix_pattern_is_checked_by_the_callback_and_its_message_is_kept()
    {
        var seen = new List<string>();
        var result = StixValidator.Validate(StixExamples.Parse(StixExamples.Get("indicator")), p =>
        {
            seen.Add(p);
            return "unbalanced bracket at position 3";
        });

        Assert.Equal(["[ipv4-addr:value = '198.51.100.7']"], seen);
        var error = Assert.Single(result.Errors);
        Assert.Equal("pattern", error.Path);
        Assert.Equal("pattern is not a valid STIX pattern: unbalanced bracket at position 3", error.Message);
    }

    [Fact]
    public void Patterns_of_other_types_are_not_sent_to_the_stix_pattern_callback()
    {
        var called = false;
        var result = StixValidator.Validate(StixExamples.Parse(StixExamples.Get("indicator with a toplevel property extension")), _ =>
        {
            called = true;
            return "should not be called";
        });

        Assert.False(called);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void A_pattern_the_callback_accepts_leaves_the_indicator_valid() =>
        Assert.True(StixValidator.Validate(StixExamples.Parse(StixExamples.Get("indicator")), _ => null).IsValid);
}
