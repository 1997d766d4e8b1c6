using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Comity.Exchange.Misp;

namespace Comity.Benchmarks.Misp;

/// <summary>
/// Conversion speed of <see cref="MispImport.Convert"/> on generated feed-like events (ten common attribute types, 75 %
/// to_ids): median wall time of several runs after warm-up, and process CPU time per run, which other load on a shared
/// machine disturbs less.
/// </summary>
internal static class MispImportBenchmark
{
    public static int Run(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000];
        var options = new MispImportOptions();
        foreach (var size in sizes)
        {
            var raw = Event(size);
            var ev = JsonDocument.Parse(raw).RootElement;
            var runs = Math.Clamp(30_000 / size, 3, 30);
            for (var i = 0; i < 3; i++)
            {
                MispImport.Convert(ev, options);
            }
            var objects = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < runs; i++)
            {
                objects = MispImport.Convert(ev, options).Objects.Count;
            }
            var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / runs;
            var convert = new List<double>();
            var parseAndConvert = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var sw = Stopwatch.StartNew();
                MispImport.Convert(ev, options);
                convert.Add(sw.Elapsed.TotalSeconds);
                sw.Restart();
                using (var doc = JsonDocument.Parse(raw))
                {
                    MispImport.Convert(doc.RootElement, options);
                }
                parseAndConvert.Add(sw.Elapsed.TotalSeconds);
            }
            var c = Median(convert);
            var pc = Median(parseAndConvert);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,7} attributes, {objects,7} STIX objects, {raw.Length / 1024,6} KiB: convert {c * 1000,8:F1} ms = {size / c,8:N0} attr/s; " +
                $"parse+convert {pc * 1000,8:F1} ms = {size / pc,8:N0} attr/s; CPU {cpuPerRun * 1000,8:F1} ms = {size / cpuPerRun,8:N0} attr/CPU-s"));
        }
        return 0;
    }

    private static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);

    private static byte[] Event(int count)
    {
        var attributes = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var (type, value) = (i % 10) switch
            {
                0 => ("ip-dst", $"198.51.{i / 250 % 250}.{i % 250}"),
                1 => ("domain", $"host{n}.bad-{n}.example"),
                2 => ("url", $"https://cdn{n}.example/payload/{n}.php?id='{n}'"),
                3 => ("md5", (i * 7919L).ToString("x32", CultureInfo.InvariantCulture)),
                4 => ("sha256", (i * 104729L).ToString("x64", CultureInfo.InvariantCulture)),
                5 => ("email-src", $"sender{n}@phish.example"),
                6 => ("filename|sha1", $"invoice_{n}.pdf.exe|{(i * 31L).ToString("x40", CultureInfo.InvariantCulture)}"),
                7 => ("ip-src|port", $"203.0.113.{i % 250}|{1024 + (i % 60000)}"),
                8 => ("hostname", $"c2-{n}.example.net"),
                _ => ("domain|ip", $"relay{n}.example|192.0.2.{i % 250}"),
            };
            attributes.Add(new JsonObject
            {
                ["type"] = type,
                ["category"] = "Network activity",
                ["to_ids"] = i % 4 != 0,
                ["uuid"] = $"{i:x8}-0000-4000-8000-{i:x12}",
                ["timestamp"] = "1709300000",
                ["comment"] = "",
                ["value"] = value,
            });
        }
        var ev = new JsonObject
        {
            ["uuid"] = "5e6b6b2c-1f3a-4b7e-9c1d-2a3b4c5d6e7f",
            ["info"] = "Benchmark feed",
            ["date"] = "2024-03-01",
            ["timestamp"] = "1709301600",
            ["publish_timestamp"] = "1709305200",
            ["Orgc"] = new JsonObject { ["name"] = "CIRCL", ["uuid"] = "55f6ea5e-2c60-40e5-964f-47a8950d210f" },
            ["Tag"] = new JsonArray(new JsonObject { ["name"] = "tlp:amber" }),
            ["Attribute"] = attributes,
        };
        return JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["Event"] = ev });
    }
}
