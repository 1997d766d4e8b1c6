using System.Diagnostics;
using System.Globalization;
using Comity.Exchange.Patterning;

namespace Comity.Benchmarks.Patterning;

/// <summary>
/// Parses a fixed, seeded mix of 100,000 indicator patterns shaped like real feeds (mostly single-value IOCs, a
/// few compound and temporal ones) and prints patterns per second.
/// Run: dotnet run -c Release --project bench/Comity.Benchmarks -- patterns [count] [passes].
/// </summary>
internal static class PatternBenchmark
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var patterns = Mix(count, new Random(20261123));
        var chars = patterns.Sum(p => (long)p.Length);
        Console.WriteLine($"{count:N0} patterns, {chars / (double)count:F1} characters on average");

        Run("warm-up", patterns, extract: false);
        for (var pass = 1; pass <= passes; pass++)
        {
            Run($"parse pass {pass}", patterns, extract: false);
        }
        Run("parse + EqualityComparisons", patterns, extract: true);

        var regexOnly = patterns.Where(p => p.Contains("MATCHES", StringComparison.Ordinal)).ToArray();
        Run("MATCHES patterns only", regexOnly, extract: false);
        var simpleOnly = patterns.Where(p => !p.Contains("MATCHES", StringComparison.Ordinal)).ToArray();
        Run("patterns without MATCHES", simpleOnly, extract: false);

        // Rejections unwind the descent with an exception, so they are timed on their own.
        var random = new Random(7);
        var broken = patterns.Take(count / 10).Select(p => p[..random.Next(1, p.Length)]).ToArray();
        Run("truncated (mostly invalid)", broken, extract: false, expectValid: false);
        return 0;
    }

    private static void Run(string label, string[] patterns, bool extract, bool expectValid = true)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime;
        var clock = Stopwatch.StartNew();
        var valid = 0;
        var candidates = 0;
        foreach (var text in patterns)
        {
            var result = StixPattern.Parse(text);
            if (result.Pattern is { } pattern)
            {
                valid++;
                if (extract)
                {
                    candidates += pattern.EqualityComparisons().Count;
                }
            }
        }
        clock.Stop();
        var cpuMs = (Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime - cpu).TotalMilliseconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-30} {patterns.Length,8:N0} in {clock.Elapsed.TotalMilliseconds,8:F1} ms = {patterns.Length / seconds,10:N0} patterns/s, {seconds * 1e6 / patterns.Length,6:F2} µs each (process CPU {cpuMs * 1e3 / patterns.Length,6:F2} µs), {bytes / (double)patterns.Length,7:N0} B allocated each; valid {valid:N0}{(extract ? $", candidates {candidates:N0}" : string.Empty)}"));
        if (expectValid && valid != patterns.Length)
        {
            throw new InvalidOperationException($"{patterns.Length - valid} generated patterns did not parse.");
        }
    }

    private static string[] Mix(int count, Random random)
    {
        string Hex(int length) => Convert.ToHexStringLower(random.GetItems<byte>(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), length / 2));
        string Ip() => string.Join('.', Enumerable.Range(0, 4).Select(_ => random.Next(1, 255).ToString(CultureInfo.InvariantCulture)));
        string Domain() => new string(random.GetItems("abcdefghijklmnopqrstuvwxyz0123456789-".ToCharArray(), random.Next(5, 16))).Trim('-') + "x." + random.GetItems(["com", "net", "info", "ru", "io"], 1)[0];
        string Time(int day) => $"t'2026-{1 + (day % 12):00}-{1 + (day % 28):00}T{day % 24:00}:15:00Z'";

        var patterns = new string[count];
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            patterns[i] = roll switch
            {
                < 35 => $"[ipv4-addr:value = '{Ip()}']",
                < 55 => $"[domain-name:value = '{Domain()}']",
                < 70 => $"[file:hashes.'SHA-256' = '{Hex(64)}']",
                < 78 => $"[file:hashes.MD5 = '{Hex(32)}']",
                < 86 => $"[url:value = 'https://{Domain()}/{Hex(8)}/index.php?id={random.Next(10_000)}']",
                < 91 => $"[file:hashes.MD5 = '{Hex(32)}' OR file:hashes.'SHA-1' = '{Hex(40)}' OR file:hashes.'SHA-256' = '{Hex(64)}']",
                < 94 => $"[ipv4-addr:value ISSUBSET '10.{random.Next(256)}.0.0/16' OR ipv4-addr:value IN ('{Ip()}', '{Ip()}', '{Ip()}')]",
                < 96 => $"[email-message:from_ref.value MATCHES '.+\\\\@{Domain().Replace(".", "\\\\.", StringComparison.Ordinal)}$' AND email-message:subject LIKE '%invoice%']",
                < 98 => $"([file:hashes.MD5 = '{Hex(32)}'] FOLLOWEDBY [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\Software\\\\{Hex(6)}']) WITHIN 300 SECONDS",
                _ => $"[network-traffic:dst_ref.value = '{Ip()}' AND network-traffic:dst_port = {random.Next(1, 65536)}] REPEATS {random.Next(2, 10)} TIMES START {Time(i)} STOP t'2027-01-01T00:00:00Z'",
            };
        }
        return patterns;
    }
}
