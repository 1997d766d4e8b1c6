using System.Text.Json;
using System.Text.Json.Nodes;

namespace Comity.Tests.Exchange.Stix;

/// <summary>One hand-written valid example of every STIX 2.1 object type, and a way to break them one edit at a time.</summary>
internal static class StixExamples
{
    public const string Identity = "identity--311b2d2d-f010-4473-83ec-1edf84858f4c";
    public const string Marking = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";
    public const string Malware = "malware--31b940d4-6f7f-459a-80ea-9c1f17b58abc";
    public const string Indicator = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";
    public const string Ipv4 = "ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd";
    public const string Software = "software--a1827f6d-ca53-5605-9e93-4316cd22a00a";
    public const string File = "file--e277603e-1060-5ad4-9937-c26c97f1ca68";
    public const string Artifact = "artifact--6f437177-6e48-5cf8-9d9e-872a2bddd641";
    public const string EmailAddr = "email-addr--2d77a846-6264-5d51-b586-e43822ea1ea3";
    public const string UserAccount = "user-account--0d5b424b-93b8-5cd8-ac36-306e1789d63c";
    public const string NetworkTraffic = "network-traffic--2568d22a-8998-58eb-99ec-3c8ca74f527d";
    public const string Directory = "directory--93c0a9b0-520d-545d-9094-1a08ddf46b05";
    public const string Observed = "observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf";
    public const string Location = "location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64";

    private const string Sdo = """
        "spec_version": "2.1", "created": "2024-03-01T10:00:00.000Z", "modified": "2024-03-02T10:00:00.000Z",
        "created_by_ref": "identity--311b2d2d-f010-4473-83ec-1edf84858f4c"
        """;

    public static readonly IReadOnlyDictionary<string, string> Valid = new Dictionary<string, string>
    {
        ["attack-pattern"] = """{"type": "attack-pattern", "id": "attack-pattern--7e33a43e-e34b-40ec-89da-36c9bb2cacd5", @Sdo@, "name": "Spear Phishing", "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "initial-access"}], "external_references": [{"source_name": "capec", "external_id": "CAPEC-163"}]}""",
        ["campaign"] = """{"type": "campaign", "id": "campaign--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", @Sdo@, "name": "Green Group Attacks", "first_seen": "2024-01-01T00:00:00Z", "last_seen": "2024-02-01T00:00:00Z"}""",
        ["course-of-action"] = """{"type": "course-of-action", "id": "course-of-action--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", @Sdo@, "name": "Add TCP port 80 filter rule"}""",
        ["grouping"] = """{"type": "grouping", "id": "grouping--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3", @Sdo@, "name": "Suspicious activity", "context": "suspicious-activity", "object_refs": ["@Indicator@", "@Malware@"]}""",
        ["identity"] = """{"type": "identity", "id": "identity--311b2d2d-f010-4473-83ec-1edf84858f4c", "spec_version": "2.1", "created": "2024-03-01T10:00:00.000Z", "modified": "2024-03-01T10:00:00.000Z", "name": "National Cybercrime Centre", "identity_class": "organization", "sectors": ["government-national"]}""",
        ["incident"] = """{"type": "incident", "id": "incident--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", @Sdo@, "name": "Ransomware at the port authority"}""",
        ["indicator"] = """{"type": "indicator", "id": "@Indicator@", @Sdo@, "name": "Known C2 address", "indicator_types": ["malicious-activity"], "pattern": "[ipv4-addr:value = '198.51.100.7']", "pattern_type": "stix", "pattern_version": "2.1", "valid_from": "2024-03-01T00:00:00Z", "valid_until": "2024-06-01T00:00:00Z", "object_marking_refs": ["@Marking@"]}""",
        ["infrastructure"] = """{"type": "infrastructure", "id": "infrastructure--38c47d93-d984-4fd9-b87b-d69d0841628d", @Sdo@, "name": "Poison Ivy C2", "infrastructure_types": ["command-and-control"]}""",
        ["intrusion-set"] = """{"type": "intrusion-set", "id": "intrusion-set--4e78f46f-a023-4e5f-bc24-71b3ca22ec29", @Sdo@, "name": "Bobcat Breakin", "resource_level": "organization", "primary_motivation": "personal-gain"}""",
        ["location"] = """{"type": "location", "id": "@Location@", @Sdo@, "latitude": 48.8566, "longitude": 2.3522, "precision": 1000, "country": "FR", "region": "western-europe"}""",
        ["malware"] = """{"type": "malware", "id": "@Malware@", @Sdo@, "name": "Cryptolocker", "is_family": true, "malware_types": ["ransomware"], "sample_refs": ["@File@"], "operating_system_refs": ["@Software@"]}""",
        ["malware-analysis"] = """{"type": "malware-analysis", "id": "malware-analysis--d25167b7-fed0-4068-9ccd-a73dd2c5b07c", @Sdo@, "product": "microsoft", "result": "malicious", "sample_ref": "@File@", "analysis_started": "2024-03-01T10:00:00Z", "analysis_ended": "2024-03-01T10:05:00Z"}""",
        ["note"] = """{"type": "note", "id": "note--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061", @Sdo@, "abstract": "Tracking", "content": "This campaign is also tracked as TT-2024-17.", "authors": ["Ana"], "object_refs": ["campaign--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"]}""",
        ["observed-data"] = """{"type": "observed-data", "id": "@Observed@", @Sdo@, "first_observed": "2024-03-01T19:00:00Z", "last_observed": "2024-03-01T19:00:00Z", "number_observed": 50, "object_refs": ["@Ipv4@", "@NetworkTraffic@"]}""",
        ["opinion"] = """{"type": "opinion", "id": "opinion--b01efc25-77b4-4003-b18b-f6e24b5cd9f7", @Sdo@, "opinion": "strongly-disagree", "explanation": "Not this actor.", "object_refs": ["relationship--16d2358f-3b0d-4c88-b047-0da2f7ed4471"]}""",
        ["report"] = """{"type": "report", "id": "report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3", @Sdo@, "name": "The Black Vine Cyberespionage Group", "report_types": ["campaign"], "published": "2024-03-05T00:00:00Z", "object_refs": ["@Indicator@", "@Malware@"]}""",
        ["threat-actor"] = """{"type": "threat-actor", "id": "threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", @Sdo@, "name": "Evil Org", "threat_actor_types": ["crime-syndicate"], "roles": ["director"], "sophistication": "advanced", "aliases": ["Team Evil"]}""",
        ["tool"] = """{"type": "tool", "id": "tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", @Sdo@, "name": "VNC", "tool_types": ["remote-access"]}""",
        ["vulnerability"] = """{"type": "vulnerability", "id": "vulnerability--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061", @Sdo@, "name": "CVE-2016-1234", "external_references": [{"source_name": "cve", "external_id": "CVE-2016-1234"}]}""",
        ["relationship"] = """{"type": "relationship", "id": "relationship--16d2358f-3b0d-4c88-b047-0da2f7ed4471", @Sdo@, "relationship_type": "indicates", "source_ref": "@Indicator@", "target_ref": "@Malware@", "start_time": "2024-03-01T00:00:00Z", "stop_time": "2024-04-01T00:00:00Z"}""",
        ["sighting"] = """{"type": "sighting", "id": "sighting--ee20065d-2555-424f-ad9e-0f8428623c75", @Sdo@, "sighting_of_ref": "@Indicator@", "count": 3, "first_seen": "2024-03-01T00:00:00Z", "last_seen": "2024-03-02T00:00:00Z", "observed_data_refs": ["@Observed@"], "where_sighted_refs": ["@Identity@", "@Location@"]}""",
        ["artifact"] = """{"type": "artifact", "spec_version": "2.1", "id": "artifact--6f437177-6e48-5cf8-9d9e-872a2bddd641", "mime_type": "application/zip", "payload_bin": "ZXhhbXBsZSBwYXlsb2Fk", "encryption_algorithm": "mime-type-indicated", "decryption_key": "My voice is my passport"}""",
        ["autonomous-system"] = """{"type": "autonomous-system", "spec_version": "2.1", "id": "autonomous-system--f720c34b-98ae-597f-ade5-27ef187498ec", "number": 15139, "name": "Slime Industries", "rir": "ARIN"}""",
        ["directory"] = """{"type": "directory", "spec_version": "2.1", "id": "directory--93c0a9b0-520d-545d-9094-1a08ddf46b05", "path": "C:\\Windows\\System32", "contains_refs": ["file--e277603e-1060-5ad4-9937-c26c97f1ca68"]}""",
        ["domain-name"] = """{"type": "domain-name", "spec_version": "2.1", "id": "domain-name--3c10e93f-798e-5a26-a0c1-08156efab7f5", "value": "example.com", "resolves_to_refs": ["@Ipv4@"]}""",
        ["email-addr"] = """{"type": "email-addr", "spec_version": "2.1", "id": "@EmailAddr@", "value": "john@example.com", "display_name": "John Doe", "belongs_to_ref": "@UserAccount@"}""",
        ["email-message"] = """{"type": "email-message", "spec_version": "2.1", "id": "email-message--cf9b4b7f-14c8-5955-8065-020e0316b559", "is_multipart": true, "date": "2024-03-01T10:00:00Z", "from_ref": "@EmailAddr@", "to_refs": ["@EmailAddr@"], "subject": "Invoice", "additional_header_fields": {"X-Mailer": "Mutt"}, "body_multipart": [{"content_type": "text/plain", "body": "See attached."}, {"content_type": "application/zip", "body_raw_ref": "@File@"}]}""",
        ["file"] = """{"type": "file", "spec_version": "2.1", "id": "@File@", "name": "invoice.exe", "size": 25536, "hashes": {"SHA-256": "ceafbfd424be2ca4a5f0402cae090dda2fb0526cf521b60b60077c0f622b285a", "MD5": "0cc175b9c0f1b6a831c399e269772661"}, "parent_directory_ref": "@Directory@", "extensions": {"windows-pebinary-ext": {"pe_type": "exe", "time_date_stamp": "2016-01-22T12:31:12Z", "number_of_sections": 4}, "ntfs-ext": {"sid": "S-1-5-21"}}}""",
        ["ipv4-addr"] = """{"type": "ipv4-addr", "spec_version": "2.1", "id": "ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd", "value": "198.51.100.3"}""",
        ["ipv6-addr"] = """{"type": "ipv6-addr", "spec_version": "2.1", "id": "ipv6-addr--1e61d36c-a16c-53b7-a80f-2a00161c96b1", "value": "2001:0db8:85a3:0000:0000:8a2e:0370:7334"}""",
        ["mac-addr"] = """{"type": "mac-addr", "spec_version": "2.1", "id": "mac-addr--65cfcf98-8a6e-5a1b-8f61-379ac4f92d00", "value": "d2:fb:49:24:37:18"}""",
        ["mutex"] = """{"type": "mutex", "spec_version": "2.1", "id": "mutex--eba44954-d4e4-5d3b-814c-2b17dd8de300", "name": "__CLEANSWEEP__"}""",
        ["network-traffic"] = """{"type": "network-traffic", "spec_version": "2.1", "id": "@NetworkTraffic@", "src_ref": "@Ipv4@", "dst_ref": "ipv4-addr--6da8dad3-4de3-5f8e-ab23-45d0b8f12f16", "src_port": 2487, "dst_port": 1723, "protocols": ["ipv4", "tcp"], "start": "2024-03-01T10:00:00Z", "end": "2024-03-01T10:01:00Z", "extensions": {"tcp-ext": {"src_flags_hex": "00000002"}, "socket-ext": {"address_family": "AF_INET", "socket_type": "SOCK_STREAM"}}}""",
        ["process"] = """{"type": "process", "spec_version": "2.1", "id": "process--f52a906a-0dfc-40bd-92f1-e7778ead38a9", "pid": 1221, "command_line": "./gedit-bin --new-window", "image_ref": "@File@", "extensions": {"windows-process-ext": {"aslr_enabled": true, "integrity_level": "medium"}}}""",
        ["software"] = """{"type": "software", "spec_version": "2.1", "id": "software--a1827f6d-ca53-5605-9e93-4316cd22a00a", "name": "Word", "cpe": "cpe:2.3:a:microsoft:word:2000:*:*:*:*:*:*:*", "version": "2002", "vendor": "Microsoft"}""",
        ["url"] = """{"type": "url", "spec_version": "2.1", "id": "url--c1477287-23ac-5971-a010-5c287877fa60", "value": "https://example.com/research/index.html"}""",
        ["user-account"] = """{"type": "user-account", "spec_version": "2.1", "id": "@UserAccount@", "user_id": "1001", "account_login": "jdoe", "account_type": "unix", "is_privileged": false, "extensions": {"unix-account-ext": {"gid": 1001, "groups": ["wheel"], "shell": "/bin/bash"}}}""",
        ["windows-registry-key"] = """{"type": "windows-registry-key", "spec_version": "2.1", "id": "windows-registry-key--2ba37ae7-2745-5082-9dfd-9486dad41016", "key": "HKEY_LOCAL_MACHINE\\System\\Foo\\Bar", "values": [{"name": "Foo", "data": "qwerty", "data_type": "REG_SZ"}]}""",
        ["x509-certificate"] = """{"type": "x509-certificate", "spec_version": "2.1", "id": "x509-certificate--463d7b2a-8516-5a50-a3d7-6f801465d5de", "issuer": "C=ZA, ST=Western Cape, L=Cape Town, O=Thawte", "validity_not_before": "2016-03-12T12:00:00Z", "validity_not_after": "2016-08-21T12:00:00Z", "subject": "C=US, ST=Maryland, L=Baltimore, O=John Doe", "serial_number": "36:f7:d4:32:f4:ab:70:ea:d3:ce:98:6e:ea:99:93:49:32:0a:b7:06", "x509_v3_extensions": {"basic_constraints": "critical,CA:TRUE"}}""",
        ["language-content"] = """{"type": "language-content", "id": "language-content--b86bd89f-98bb-4fa9-8cb2-9ad421da981d", @Sdo@, "object_ref": "campaign--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "object_modified": "2024-03-02T10:00:00.000Z", "contents": {"de": {"name": "Bank Angriff 1", "description": "Weitere Informationen über Banküberfall"}, "fr": {"name": "Attaque Bank 1"}}}""",
        ["marking-definition"] = """{"type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "created": "2017-01-20T00:00:00.000Z", "definition_type": "tlp", "name": "TLP:GREEN", "definition": {"tlp": "green"}}""",
        ["extension-definition"] = """{"type": "extension-definition", "id": "extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e", @Sdo@, "name": "Extension Foo Bar", "description": "This schema creates a new object type called my-favorite-sdo-1", "schema": "https://www.example.com/schema-my-favorite-sdo-1/v1/", "version": "1.2.1", "extension_types": ["new-sdo"]}""",
    };

    public static readonly IReadOnlyDictionary<string, string> MoreValid = new Dictionary<string, string>
    {
        ["custom object"] = """{"type": "x-acme-weakness", "spec_version": "2.1", "id": "x-acme-weakness--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061", "created": "2024-03-01T10:00:00.000Z", "modified": "2024-03-01T10:00:00.000Z", "cwe_id": "CWE-79"}""",
        ["custom object from a new-sdo extension"] = """{"type": "my-favorite-sdo", "spec_version": "2.1", "id": "my-favorite-sdo--ac97aae4-83f1-46ca-a351-7aeb76678189", "created": "2024-03-01T10:00:00.000Z", "modified": "2024-03-01T10:00:00.000Z", "name": "This is the name of my favorite", "extensions": {"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e": {"extension_type": "new-sdo"}}}""",
        ["statement marking"] = """{"type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--ad2caa47-58fd-4491-8f67-255377927369", "created": "2024-03-01T10:00:00.000Z", "definition_type": "statement", "definition": {"statement": "Copyright 2024, Example Corp"}}""",
        ["TLP 2.0 amber+strict marking"] = """{"type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "created": "2022-10-01T00:00:00.000Z", "name": "TLP:AMBER+STRICT", "extensions": {"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d": {"extension_type": "property-extension", "tlp_2_0": "amber+strict"}}}""",
        ["indicator with a toplevel property extension"] = """{"type": "indicator", "id": "@Indicator@", @Sdo@, "pattern": "rule x { condition: true }", "pattern_type": "yara", "valid_from": "2024-03-01T00:00:00Z", "rank": 5, "extensions": {"extension-definition--dd73de4f-a7f3-49ea-8ec1-8e884196b7a8": {"extension_type": "toplevel-property-extension"}}}""",
        ["granular markings"] = """{"type": "tool", "id": "tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", @Sdo@, "name": "VNC", "description": "Remote desktop", "external_references": [{"source_name": "wiki", "url": "https://en.wikipedia.org/wiki/VNC"}], "granular_markings": [{"selectors": ["description", "external_references.[0].url"], "marking_ref": "@Marking@"}, {"selectors": ["name"], "lang": "en"}]}""",
        ["observed-data with the deprecated objects container"] = """{"type": "observed-data", "id": "@Observed@", @Sdo@, "first_observed": "2024-03-01T19:00:00Z", "last_observed": "2024-03-01T19:00:00Z", "number_observed": 1, "objects": {"0": {"type": "ipv4-addr", "value": "198.51.100.3"}, "1": {"type": "network-traffic", "src_ref": "0", "protocols": ["tcp"]}}}""",
    };

    /// <summary>Every example, keyed by a description, for theories.</summary>
    public static TheoryData<string> AllNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Valid.Keys.Concat(MoreValid.Keys))
        {
            data.Add(name);
        }
        return data;
    }

    public static string Get(string name) => Fill(Valid.TryGetValue(name, out var json) ? json : MoreValid[name]);

    private static readonly (string Token, string Value)[] Tokens =
    [
        ("@Sdo@", Sdo), ("@Identity@", Identity), ("@Marking@", Marking), ("@Malware@", Malware),
        ("@Indicator@", Indicator), ("@Ipv4@", Ipv4), ("@Software@", Software), ("@File@", File),
        ("@Artifact@", Artifact), ("@EmailAddr@", EmailAddr), ("@UserAccount@", UserAccount),
        ("@NetworkTraffic@", NetworkTraffic), ("@Directory@", Directory), ("@Observed@", Observed), ("@Location@", Location),
    ];

    private static string Fill(string json)
    {
        foreach (var (token, value) in Tokens)
        {
            json = json.Replace(token, value, StringComparison.Ordinal);
        }
        return json;
    }

    /// <summary>
    /// Applies edits to an example: <c>a/b/0=JSON</c> sets a value (creating the last step), <c>-a/b</c> removes it.
    /// </summary>
    public static string Edit(string name, params string[] edits)
    {
        var root = JsonNode.Parse(Get(name))!;
        foreach (var edit in edits)
        {
            var remove = edit.StartsWith('-');
            var eq = remove ? -1 : edit.IndexOf('=', StringComparison.Ordinal);
            var path = remove ? edit[1..] : edit[..eq];
            var steps = path.Split('/');
            var parent = root;
            foreach (var step in steps[..^1])
            {
                parent = int.TryParse(step, out var i) && parent is JsonArray a ? a[i]! : parent[step]!;
            }
            var last = steps[^1];
            if (remove)
            {
                if (parent is JsonArray array)
                {
                    array.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    parent.AsObject().Remove(last);
                }
            }
            else
            {
                var value = JsonNode.Parse(edit[(eq + 1)..]);
                if (parent is JsonArray array)
                {
                    array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
                }
                else
                {
                    parent[last] = value;
                }
            }
        }
        return root.ToJsonString();
    }

    public static JsonElement Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }
}
