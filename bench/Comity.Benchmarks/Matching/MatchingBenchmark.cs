using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Comity.Roster.Matching;

namespace Comity.Benchmarks.Matching;

/// <summary>
/// Whole-solve timings with a Stopwatch (a solve takes seconds, so BenchmarkDotNet's statistics add nothing but time):
/// one warm-up, then the median of N runs. Each case runs in its own child process so that its peak working set is its own.
/// </summary>
internal static class MatchingBenchmark
{
    private const int Seed = 20260302;

    private sealed record Case(string Name, string Title, int Experts, int Requests, bool Teams);

    private static readonly Case[] Cases =
    [
        new("singles", "(a) one-expert", 20_000, 2_000, false),
        new("teams", "(b) teams of 2–5", 20_000, 500, true),
    ];

    public static int Run(string[] args)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {CpuModel()}, {MemoryGiB():0.#} GiB, " +
            $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine();
        var runs = BenchArgs.Option(args, "--runs") ?? "5";
        Console.WriteLine($"| case | experts × requests | eligible pairs | pairs kept | solve, median of {runs} (min–max) | peak working set | " +
            "objective | optimality | greedy objective | greedy time |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var c in Cases)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                start.ArgumentList.Add(typeof(MatchingBenchmark).Assembly.Location);
            }
            start.ArgumentList.Add("matching-case");
            start.ArgumentList.Add(c.Name);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }
            using var child = Process.Start(start)!;
            Console.Write(child.StandardOutput.ReadToEnd());
            child.WaitForExit();
            if (child.ExitCode != 0)
            {
                return child.ExitCode;
            }
        }
        return 0;
    }

    public static int RunCase(string name, string[] args)
    {
        var c = Cases.Single(k => k.Name == name);
        var runs = Math.Max(1, int.Parse(BenchArgs.Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture));
        var seed = int.Parse(BenchArgs.Option(args, "--seed") ?? Seed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var input = MatchingInstances.Create(c.Experts, c.Requests, c.Teams, seed);
        var options = new MatchOptions(TimeLimit: TimeSpan.FromSeconds(10));
        Matcher.Solve(input, options);
        GreedyMatcher.Solve(input);
        var solves = new List<MatchResult>();
        for (var i = 0; i < runs; i++)
        {
            solves.Add(Matcher.Solve(input, options));
        }
        var greedy = Enumerable.Range(0, runs).Select(_ => GreedyMatcher.Solve(input)).ToList();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        var worst = solves.MinBy(s => s.Objective)!;
        var proven = solves.Count(s => s.ProvenOptimal);
        var optimality = proven == runs ? $"proven optimal ({runs}/{runs})"
            : $"proven {proven}/{runs}, largest gap {solves.Max(s => s.OptimalityGap ?? double.NaN):P3}";
        var g = greedy[0];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {c.Title} | {c.Experts:N0} × {c.Requests:N0} | {worst.EligiblePairs:N0} | {worst.KeptPairs:N0} | " +
            $"{Median(solves.Select(s => s.Elapsed)).TotalSeconds:0.000} s " +
            $"({solves.Min(s => s.Elapsed).TotalSeconds:0.000}–{solves.Max(s => s.Elapsed).TotalSeconds:0.000}) | " +
            $"{peak:N0} MiB | {worst.Objective:0.000} ({worst.Proposals.Count(p => p.Staffed)} staffed) | {optimality} | " +
            $"{g.Objective:0.000} ({g.Proposals.Count(p => p.Staffed)} staffed, {(g.Objective - worst.Objective) / worst.Objective:+0.00%;-0.00%}) | " +
            $"{Median(greedy.Select(x => x.Elapsed)).TotalSeconds:0.000} s |"));
        return 0;
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static double MemoryGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / (1024.0 * 1024);
    }
}
