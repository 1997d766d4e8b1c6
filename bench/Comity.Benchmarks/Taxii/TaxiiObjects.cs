using System.Globalization;
using System.Text;

namespace Comity.Benchmarks.Taxii;

/// <summary>
/// Deterministic STIX 2.1 objects shaped like a CERT's feed, for the TAXII load driver: per ten objects six indicators
/// (domain, IPv4, URL, SHA-256 and e-mail patterns, one in ten with two observables joined by OR), two observables
/// (ipv4-addr, domain-name), one relationship and one malware. Every object is valid; a run of the driver checks that
/// the server accepted them all.
/// </summary>
internal static class TaxiiObjects
{
    private const string Created = "2026-10-01T08:00:00.000Z";
    private const string Green = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    private static readonly string[] Tlds = ["com", "net", "org", "info", "xyz", "top", "io"];

    /// <summary>Envelopes of <paramref name="size"/> objects as UTF-8 bytes, ready to post.</summary>
    public static List<byte[]> Envelopes(int objects, int size, int seed)
    {
        var random = new Random(seed);
        var envelopes = new List<byte[]>((objects + size - 1) / size);
        var body = new StringBuilder(size * 600);
        for (var start = 0; start < objects; start += size)
        {
            body.Clear().Append("{\"objects\":[");
            var count = Math.Min(size, objects - start);
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    body.Append(',');
                }
                Append(body, start + i, random);
            }
            body.Append("]}");
            envelopes.Add(Encoding.UTF8.GetBytes(body.ToString()));
        }
        return envelopes;
    }

    private static void Append(StringBuilder body, int n, Random random)
    {
        var id = Id(random);
        switch (n % 10)
        {
            case < 6:
                var pattern = random.Next(10) == 0 ? $"{Comparison(random)} OR {Comparison(random)}" : Comparison(random);
                body.Append(CultureInfo.InvariantCulture, $$"""{"type":"indicator","spec_version":"2.1","id":"indicator--{{id}}","created":"{{Created}}","modified":"{{Created}}","name":"Feed indicator {{n}}","description":"Seen in a phishing campaign against bank customers.","indicator_types":["malicious-activity"],"pattern":"[{{pattern}}]","pattern_type":"stix","valid_from":"2026-10-01T00:00:00Z","labels":["phishing"],"object_marking_refs":["{{Green}}"]}""");
                break;
            case 6:
                body.Append(CultureInfo.InvariantCulture, $$"""{"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--{{id}}","value":"{{Ipv4(random)}}"}""");
                break;
            case 7:
                body.Append(CultureInfo.InvariantCulture, $$"""{"type":"domain-name","spec_version":"2.1","id":"domain-name--{{id}}","value":"{{Domain(random)}}"}""");
                break;
            case 8:
                body.Append(CultureInfo.InvariantCulture, $$"""{"type":"relationship","spec_version":"2.1","id":"relationship--{{id}}","created":"{{Created}}","modified":"{{Created}}","relationship_type":"indicates","source_ref":"indicator--{{Id(random)}}","target_ref":"malware--{{Id(random)}}","object_marking_refs":["{{Green}}"]}""");
                break;
            default:
                body.Append(CultureInfo.InvariantCulture, $$"""{"type":"malware","spec_version":"2.1","id":"malware--{{id}}","created":"{{Created}}","modified":"{{Created}}","name":"Loader family {{n}}","is_family":true,"malware_types":["trojan"],"object_marking_refs":["{{Green}}"]}""");
                break;
        }
    }

    private static string Comparison(Random random) => random.Next(5) switch
    {
        0 => $"domain-name:value = '{Domain(random)}'",
        1 => $"ipv4-addr:value = '{Ipv4(random)}'",
        2 => $"url:value = 'https://{Domain(random)}/login/{random.Next(100_000)}'",
        3 => $"file:hashes.'SHA-256' = '{Convert.ToHexStringLower(RandomBytes(random, 32))}'",
        _ => $"email-addr:value = 'billing{random.Next(10_000)}@{Domain(random)}'",
    };

    private static string Domain(Random random)
    {
        Span<char> name = stackalloc char[random.Next(6, 14)];
        for (var i = 0; i < name.Length; i++)
        {
            name[i] = (char)('a' + random.Next(26));
        }
        return $"{name}.{Tlds[random.Next(Tlds.Length)]}";
    }

    private static string Ipv4(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 224)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}");

    private static string Id(Random random)
    {
        var bytes = RandomBytes(random, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
