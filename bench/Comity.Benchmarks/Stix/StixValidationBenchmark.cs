using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Comity.Exchange.Stix;

namespace Comity.Benchmarks.Stix;

/// <summary>
/// Single-threaded throughput of the STIX validator on a feed-like mix of objects (mostly indicators, relationships and
/// observables), measured on already parsed objects and on raw UTF-8 including parsing.
/// </summary>
internal static class StixValidationBenchmark
{
    private const string Created = "\"spec_version\": \"2.1\", \"created\": \"2024-03-01T10:00:00.000Z\", \"modified\": \"2024-03-02T10:00:00.000Z\", \"created_by_ref\": \"identity--311b2d2d-f010-4473-83ec-1edf84858f4c\", \"object_marking_refs\": [\"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb\"]";

    // (weight, template); @N@, @HEX@, @A@ and @B@ become per-object numbers so ids and values differ.
    private static readonly (int Weight, string Json)[] Mix =
    [
        (30, "{\"type\": \"indicator\", \"id\": \"indicator--8e2e2d2b-17d4-4cbf-938f-@HEX@\", " + Created + ", \"name\": \"C2 address @N@\", \"indicator_types\": [\"malicious-activity\"], \"pattern\": \"[ipv4-addr:value = '198.51.100.7']\", \"pattern_type\": \"stix\", \"pattern_version\": \"2.1\", \"valid_from\": \"2024-03-01T00:00:00Z\", \"valid_until\": \"2024-06-01T00:00:00Z\", \"kill_chain_phases\": [{\"kill_chain_name\": \"mitre-attack\", \"phase_name\": \"command-and-control\"}], \"labels\": [\"c2\"], \"confidence\": 80}"),
        (10, "{\"type\": \"indicator\", \"id\": \"indicator--1e2e2d2b-17d4-4cbf-938f-@HEX@\", " + Created + ", \"pattern\": \"[file:hashes.'SHA-256' = 'ceafbfd424be2ca4a5f0402cae090dda2fb0526cf521b60b60077c0f622b285a']\", \"pattern_type\": \"stix\", \"valid_from\": \"2024-03-01T00:00:00Z\", \"external_references\": [{\"source_name\": \"vendor\", \"url\": \"https://example.com/r/@N@\"}]}"),
        (15, "{\"type\": \"relationship\", \"id\": \"relationship--16d2358f-3b0d-4c88-b047-@HEX@\", " + Created + ", \"relationship_type\": \"indicates\", \"source_ref\": \"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\", \"target_ref\": \"malware--31b940d4-6f7f-459a-80ea-9c1f17b58abc\"}"),
        (10, "{\"type\": \"ipv4-addr\", \"spec_version\": \"2.1\", \"id\": \"ipv4-addr--ff26c055-6336-5bc5-b98d-@HEX@\", \"value\": \"198.51.@A@.@B@\"}"),
        (8, "{\"type\": \"domain-name\", \"spec_version\": \"2.1\", \"id\": \"domain-name--3c10e93f-798e-5a26-a0c1-@HEX@\", \"value\": \"host@N@.example.com\"}"),
        (5, "{\"type\": \"url\", \"spec_version\": \"2.1\", \"id\": \"url--c1477287-23ac-5971-a010-@HEX@\", \"value\": \"https://example.com/path/@N@/index.html\"}"),
        (6, "{\"type\": \"file\", \"spec_version\": \"2.1\", \"id\": \"file--e277603e-1060-5ad4-9937-@HEX@\", \"name\": \"invoice@N@.exe\", \"size\": 25536, \"hashes\": {\"SHA-256\": \"ceafbfd424be2ca4a5f0402cae090dda2fb0526cf521b60b60077c0f622b285a\", \"MD5\": \"0cc175b9c0f1b6a831c399e269772661\"}}"),
        (5, "{\"type\": \"sighting\", \"id\": \"sighting--ee20065d-2555-424f-ad9e-@HEX@\", " + Created + ", \"sighting_of_ref\": \"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\", \"count\": 3, \"first_seen\": \"2024-03-01T00:00:00Z\", \"last_seen\": \"2024-03-02T00:00:00Z\", \"where_sighted_refs\": [\"identity--311b2d2d-f010-4473-83ec-1edf84858f4c\"]}"),
        (4, "{\"type\": \"malware\", \"id\": \"malware--31b940d4-6f7f-459a-80ea-@HEX@\", " + Created + ", \"name\": \"Family @N@\", \"is_family\": true, \"malware_types\": [\"ransomware\"], \"aliases\": [\"F@N@\"]}"),
        (3, "{\"type\": \"identity\", \"id\": \"identity--311b2d2d-f010-4473-83ec-@HEX@\", \"spec_version\": \"2.1\", \"created\": \"2024-03-01T10:00:00.000Z\", \"modified\": \"2024-03-01T10:00:00.000Z\", \"name\": \"Centre @N@\", \"identity_class\": \"organization\", \"sectors\": [\"government-national\"]}"),
        (2, "{\"type\": \"report\", \"id\": \"report--84e4d88f-44ea-4bcd-bbf3-@HEX@\", " + Created + ", \"name\": \"Weekly @N@\", \"published\": \"2024-03-05T00:00:00Z\", \"report_types\": [\"threat-report\"], \"object_refs\": [\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\", \"malware--31b940d4-6f7f-459a-80ea-9c1f17b58abc\", \"relationship--16d2358f-3b0d-4c88-b047-0da2f7ed4471\"]}"),
        (2, "{\"type\": \"attack-pattern\", \"id\": \"attack-pattern--7e33a43e-e34b-40ec-89da-@HEX@\", " + Created + ", \"name\": \"Spear Phishing @N@\", \"external_references\": [{\"source_name\": \"mitre-attack\", \"external_id\": \"T1566\"}]}"),
    ];

    public static int Run(string[] args)
    {
        var seconds = args is ["--seconds", var s] ? double.Parse(s, CultureInfo.InvariantCulture) : 3;
        var objects = BuildObjects(10_000);
        var utf8 = objects.Select(o => Encoding.UTF8.GetBytes(o)).ToArray();
        var parsed = utf8.Select(b => JsonDocument.Parse(b)).ToArray();

        var errors = parsed.Count(d => !StixValidator.Validate(d.RootElement, static _ => null).IsValid);
        Console.WriteLine(FormattableString.Invariant($"objects in the mix: {objects.Length:N0}, invalid: {errors}, mean size: {utf8.Average(b => b.Length):N0} bytes"));

        // Calibration: on a shared machine absolute figures swing, so compare validation with parsing the same bytes.
        Measure("parse only (JsonDocument.Parse, for comparison)", seconds, objects.Length, i =>
        {
            using var doc = JsonDocument.Parse(utf8[i]);
        });
        Measure("validate (already parsed JsonElement)", seconds, objects.Length, i => StixValidator.Validate(parsed[i].RootElement, static _ => null));
        Measure("parse + validate (UTF-8 bytes)", seconds, objects.Length, i =>
        {
            using var doc = JsonDocument.Parse(utf8[i]);
            StixValidator.Validate(doc.RootElement, static _ => null);
        });

        var bundle = Encoding.UTF8.GetBytes("{\"type\": \"bundle\", \"id\": \"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\", \"objects\": [" + string.Join(",", objects) + "]}");
        Measure("parse + ValidateBundle (10,000-object bundle)", seconds, objects.Length, _ =>
        {
            using var doc = JsonDocument.Parse(bundle);
            StixValidator.ValidateBundle(doc.RootElement, static _ => null);
        }, batch: objects.Length);

        foreach (var d in parsed)
        {
            d.Dispose();
        }
        return errors == 0 ? 0 : 1;
    }

    private static string[] BuildObjects(int count)
    {
        var total = Mix.Sum(m => m.Weight);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            var pick = i % total;
            var template = Mix.First(m => (pick -= m.Weight) < 0).Json;
            result[i] = template
                .Replace("@HEX@", i.ToString("x12", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("@N@", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("@A@", (i / 256 % 256).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("@B@", (i % 256).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        return result;
    }

    /// <summary>
    /// Runs rounds of about 0.2 s until <paramref name="seconds"/> have passed and reports the median and the best round,
    /// in objects per second of this thread's CPU time: on a shared machine the best round is closest to an idle core.
    /// </summary>
    private static void Measure(string name, double seconds, int count, Action<int> work, int batch = 1)
    {
        for (var i = 0; i < Math.Min(count, 2_000); i += batch)
        {
            work(i);
        }
        GC.Collect();
        var rates = new List<double>();
        long done = 0;
        var index = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            var cpuBefore = ThreadCpu.Now();
            var round = Stopwatch.StartNew();
            long roundDone = 0;
            while (round.Elapsed.TotalSeconds < 0.2)
            {
                work(index);
                roundDone += batch;
                index = (index + batch) % count;
            }
            var cpu = (ThreadCpu.Now() - cpuBefore).TotalSeconds;
            if (cpu > 0)
            {
                rates.Add(roundDone / cpu);
            }
            done += roundDone;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        rates.Sort();
        var median = rates[rates.Count / 2];
        var best = rates[^1];
        Console.WriteLine(FormattableString.Invariant(
            $"{name}: median {median:N0} objects/CPU-s ({1e6 / median:N2} µs), best round {best:N0} objects/CPU-s ({1e6 / best:N2} µs); {rates.Count} rounds; wall clock {done / total.Elapsed.TotalSeconds:N0} objects/s; {allocated / (double)done:N0} bytes allocated/object"));
    }
}
