using System.Globalization;
using Comity.Exchange.Sharing;

namespace Comity.Exchange.Demo;

/// <summary>The demo's threat intelligence, as a STIX 2.1 bundle an analyst might post. All values are invented.</summary>
internal static class DemoIndicators
{
    public static string Bundle(DateTimeOffset now)
    {
        var created = now.AddDays(-3).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var validFrom = now.AddDays(-3).UtcDateTime.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture);
        const string identity = "identity--5f1a6a3e-4c52-4d0b-9d3c-0c9f2b7d1a11";
        string Indicator(string id, string name, string pattern, string tlp, string labels) => $$"""
            {"type":"indicator","spec_version":"2.1","id":"indicator--{{id}}","created":"{{created}}","modified":"{{created}}",
             "created_by_ref":"{{identity}}","name":"{{name}}","indicator_types":["malicious-activity"],"labels":[{{labels}}],
             "pattern":"{{pattern}}","pattern_type":"stix","valid_from":"{{validFrom}}","object_marking_refs":["{{tlp}}"]}
            """;
        return $$"""
            {"type":"bundle","id":"bundle--0e3a3f4e-8d6b-4a59-9d8e-1b7a4c2f9e01","objects":[
            {"type":"identity","spec_version":"2.1","id":"{{identity}}","created":"{{created}}","modified":"{{created}}",
             "name":"Kenya National CERT (demo)","identity_class":"organization","sectors":["government"],"object_marking_refs":["{{TlpMarkings.Clear}}"]},
            {{Indicator("7d7e3c2a-1f4b-4b8e-9a51-3c0f6e2d8a01", "Mobile-money phishing domain", "[domain-name:value = 'm-pesa-refund.example']", TlpMarkings.Clear, "\"phishing\"")}},
            {{Indicator("7d7e3c2a-1f4b-4b8e-9a51-3c0f6e2d8a02", "Fake tax-refund page", "[url:value = 'http://refund-kra.example/claim']", TlpMarkings.Green, "\"phishing\"")}},
            {{Indicator("7d7e3c2a-1f4b-4b8e-9a51-3c0f6e2d8a03", "SIM-swap fraud C2 address", "[ipv4-addr:value = '198.51.100.23']", TlpMarkings.Green, "\"fraud\"")}},
            {{Indicator("7d7e3c2a-1f4b-4b8e-9a51-3c0f6e2d8a04", "Ransomware loader hash", "[file:hashes.'SHA-256' = '3b1f1c1e5a1d9e3f0c2b7a4d6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b']", TlpMarkings.Amber, "\"ransomware\"")}},
            {{Indicator("7d7e3c2a-1f4b-4b8e-9a51-3c0f6e2d8a05", "Business e-mail compromise sender", "[email-addr:value = 'ceo-office@payroll-update.example']", TlpMarkings.AmberStrict, "\"bec\"")}},
            {{Indicator("7d7e3c2a-1f4b-4b8e-9a51-3c0f6e2d8a06", "Botnet range under investigation", "[ipv4-addr:value ISSUBSET '203.0.113.0/24']", TlpMarkings.Red, "\"botnet\"")}},
            {"type":"malware","spec_version":"2.1","id":"malware--2c7d4e1a-9b3f-4e6a-8d2c-5f1e0a9b7c01","created":"{{created}}","modified":"{{created}}",
             "created_by_ref":"{{identity}}","name":"LoaderX (demo)","is_family":true,"malware_types":["ransomware"],"object_marking_refs":["{{TlpMarkings.Amber}}"]},
            {"type":"relationship","spec_version":"2.1","id":"relationship--4a2e8c1d-3b5f-4d7a-9e6c-1f0b2a3c4d01","created":"{{created}}","modified":"{{created}}",
             "created_by_ref":"{{identity}}","relationship_type":"indicates","source_ref":"indicator--7d7e3c2a-1f4b-4b8e-9a51-3c0f6e2d8a04",
             "target_ref":"malware--2c7d4e1a-9b3f-4e6a-8d2c-5f1e0a9b7c01","object_marking_refs":["{{TlpMarkings.Amber}}"]}
            ]}
            """;
    }
}
