using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Comity.Exchange.Lookup;

namespace Comity.Benchmarks.Lookup;

/// <summary>
/// Single-threaded lookup throughput of <see cref="ObservableIndex"/> with a Stopwatch: build the index from N
/// indicators in one batch, then match a stream of pre-parsed observables (and, separately, parse-and-match raw
/// text) in several rounds and report the median. Also reports heap held by the index and single-upsert latency.
/// </summary>
internal static class LookupBenchmark
{
    private const int Seed = 20261123;

    public static int Run(string[] args)
    {
        var indicatorCount = BenchArgs.Int(args, "--indicators", 1_000_000);
        var queryCount = BenchArgs.Int(args, "--queries", 2_000_000);
        var rounds = Math.Max(1, BenchArgs.Int(args, "--rounds", 5));
        var hitRate = double.Parse(BenchArgs.Option(args, "--hit-rate") ?? "0.01", CultureInfo.InvariantCulture);
        var seed = BenchArgs.Int(args, "--seed", Seed);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {CpuModel()}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}");

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var index = new ObservableIndex();
        var (firsts, observableCount, generate, build) = Load(index, indicatorCount, seed);
        // The index shares the observables' strings; the array of first observables kept for the queries is not its own.
        var held = GC.GetTotalMemory(forceFullCollection: true) - heapBefore - ((long)firsts.Length * Unsafe.SizeOf<Observable>());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index: {index.Count:N0} indicators, {observableCount:N0} observables; build {build.TotalSeconds:0.00} s in one batch " +
            $"(generating the data: {generate.TotalSeconds:0.00} s); heap held by the index, observable strings included: {held / 1048576.0:N0} MiB"));
        var queryTexts = LookupInstances.Queries(firsts, queryCount, hitRate, seed + 1);
        var queries = queryTexts.Select(Parse).ToArray();

        var hits = new List<long>();
        var matched = 0;
        foreach (var query in queries)
        {
            hits.Clear();
            matched += index.Match(query, hits) > 0 ? 1 : 0;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queries: {queries.Length:N0}, {matched / (double)queries.Length:P2} hit at least one indicator"));

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var matchRates = Rounds(rounds, () => MatchAll(index, queries, hits), queries.Length);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var parseRates = Rounds(rounds, () => ParseAndMatchAll(index, queryTexts, hits), queries.Length);
        Console.WriteLine();
        Console.WriteLine($"| single thread, {rounds} rounds | median observables per CPU-second | min–max | median per wall-clock second |");
        Console.WriteLine("|---|---|---|---|");
        Report("Match on parsed observables", matchRates);
        Report("TryParse (kind detection) + Match", parseRates);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated on the match path: {allocated / (double)(queries.Length * rounds):0.###} bytes per query"));

        Console.WriteLine();
        Console.WriteLine("| kind | share | median Match per CPU-second | median TryParse + Match per CPU-second |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var group in Enumerable.Range(0, queries.Length).GroupBy(i => queries[i].Kind).OrderBy(g => g.Key))
        {
            var ofKind = group.Select(i => queries[i]).ToArray();
            var textsOfKind = group.Select(i => queryTexts[i]).ToArray();
            var rates = Rounds(rounds, () => MatchAll(index, ofKind, hits), ofKind.Length);
            var parsed = Rounds(rounds, () => ParseAndMatchAll(index, textsOfKind, hits), ofKind.Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key} | {ofKind.Length / (double)queries.Length:P1} | {Median(rates.Select(r => r.Cpu)) / 1e6:0.00} M | " +
                $"{Median(parsed.Select(r => r.Cpu)) / 1e6:0.00} M |"));
        }

        Console.WriteLine();
        UpsertLatency(index, indicatorCount, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB; load average at the end {LoadAverage()}"));
        return 0;
    }

    private static (Observable[] Firsts, int Observables, TimeSpan Generate, TimeSpan Build) Load(ObservableIndex index, int indicatorCount, int seed)
    {
        var timer = Stopwatch.StartNew();
        var indicators = LookupInstances.Indicators(indicatorCount, seed);
        var generate = timer.Elapsed;
        timer.Restart();
        index.Apply(indicators);
        var build = timer.Elapsed;
        return ([.. indicators.Select(i => i.Observables!.First())], indicators.Sum(i => i.Observables!.Count), generate, build);
    }

    private static void MatchAll(ObservableIndex index, Observable[] queries, List<long> hits)
    {
        foreach (ref readonly var query in queries.AsSpan())
        {
            hits.Clear();
            index.Match(query, hits);
        }
    }

    private static void ParseAndMatchAll(ObservableIndex index, string[] texts, List<long> hits)
    {
        foreach (var text in texts)
        {
            hits.Clear();
            if (Observable.TryParse(text, null, out var query, out _))
            {
                index.Match(query, hits);
            }
        }
    }

    /// <summary>
    /// One warm-up pass, then <paramref name="rounds"/> timed passes; returns observables per CPU-second of each
    /// (process CPU time, which is this thread's while the pass neither allocates nor compiles): on a shared machine
    /// wall-clock time measures the neighbours as much as the code.
    /// </summary>
    private static List<(double Cpu, double Wall)> Rounds(int rounds, Action pass, int count)
    {
        pass();
        var rates = new List<(double, double)>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < rounds; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var timer = Stopwatch.StartNew();
            pass();
            var wall = timer.Elapsed;
            process.Refresh();
            rates.Add((count / (process.TotalProcessorTime - cpu).TotalSeconds, count / wall.TotalSeconds));
        }
        return rates;
    }

    /// <summary>Single upserts on the loaded index: each copies the shard it touches and the 4,096-entry shard table, then publishes.</summary>
    private static void UpsertLatency(ObservableIndex index, int indicatorCount, int seed)
    {
        var changes = LookupInstances.Indicators(10_000, seed + 2).Select(c => c with { Indicator = c.Indicator + indicatorCount }).ToList();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var timer = Stopwatch.StartNew();
        foreach (var change in changes)
        {
            index.Upsert(change.Indicator, change.Observables!);
        }
        var upsert = timer.Elapsed.TotalMicroseconds / changes.Count;
        process.Refresh();
        var upsertCpu = (process.TotalProcessorTime - cpu).TotalMicroseconds / changes.Count;
        cpu = process.TotalProcessorTime;
        timer.Restart();
        foreach (var change in changes)
        {
            index.Remove(change.Indicator);
        }
        var remove = timer.Elapsed.TotalMicroseconds / changes.Count;
        process.Refresh();
        var removeCpu = (process.TotalProcessorTime - cpu).TotalMicroseconds / changes.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"single writes on the loaded index (10,000 of each, one snapshot per write; process CPU includes the GC's threads): " +
            $"upsert {upsert:0.0} µs wall / {upsertCpu:0.0} µs CPU, remove {remove:0.0} µs wall / {removeCpu:0.0} µs CPU"));
    }

    private static void Report(string title, List<(double Cpu, double Wall)> rates) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {title} | {Median(rates.Select(r => r.Cpu)) / 1e6:0.00} M | {rates.Min(r => r.Cpu) / 1e6:0.00}–{rates.Max(r => r.Cpu) / 1e6:0.00} M | " +
            $"{Median(rates.Select(r => r.Wall)) / 1e6:0.00} M |"));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static Observable Parse(string text) =>
        Observable.TryParse(text, null, out var observable, out var error) ? observable : throw new InvalidOperationException($"{text}: {error}");

    /// <summary>The 1-minute load average: on a shared machine it says how far wall-clock figures can be trusted.</summary>
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";
}
