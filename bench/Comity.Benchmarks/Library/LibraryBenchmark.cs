using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Comity.Library.Search;

namespace Comity.Benchmarks.Library;

/// <summary>
/// Library search at scale with a Stopwatch: rebuild an on-disk index from N synthetic documents (documents/s),
/// upsert documents one at a time (each committed), then time search requests as the portal sends them (facets on
/// all eight fields, two highlighted snippets per hit, page of 10) and report p50/p95/p99.
/// </summary>
internal static class LibraryBenchmark
{
    private const int Seed = 20261123;

    public static int Run(string[] args)
    {
        var documentCount = BenchArgs.Int(args, "--documents", 100_000);
        var queryCount = BenchArgs.Int(args, "--queries", 1_000);
        var seed = BenchArgs.Int(args, "--seed", Seed);
        var path = BenchArgs.Option(args, "--path") ?? Path.Combine(Path.GetTempPath(), "comity-library-bench");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}");
        var corpus = new LibraryCorpus(seed);
        if (args.Contains("--reuse"))
        {
            // Search timings only, on the index a previous full run left in --path.
            using var existing = LibraryIndex.Open(path);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reusing {path}: {existing.Count:N0} documents, {Directory.GetFiles(path, "*.si").Length} segments"));
            TimeSearches(existing, Requests(corpus, queryCount, seed + 2), "with facets and snippets");
            TimeSearches(existing, Requests(corpus, queryCount, seed + 2).Select(r => r with { IncludeFacets = false }).ToList(), "without facets");
            return 0;
        }
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        var clock = Stopwatch.StartNew();
        long chars = 0;
        foreach (var document in corpus.Documents(documentCount))
        {
            chars += document.Text.Length;
        }
        var generation = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {documentCount:N0} documents, {chars / (double)documentCount:N0} characters of body on average; generating alone takes {generation.TotalSeconds:0.0} s"));

        using var index = LibraryIndex.Open(path);
        var cpu = Cpu();
        clock.Restart();
        index.Rebuild(corpus.Documents(documentCount));
        var build = clock.Elapsed;
        var buildCpu = Cpu() - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rebuild: {build.TotalSeconds:0.0} s including generation = {documentCount / build.TotalSeconds:N0} documents/s " +
            $"({documentCount / Math.Max(0.001, (build - generation).TotalSeconds):N0} documents/s without it); CPU time {buildCpu.TotalSeconds:0.0} s " +
            $"(all threads, generation included) = {documentCount / buildCpu.TotalSeconds:N0} documents per CPU-second; index on disk {DirectorySize(path) / 1048576.0:N0} MiB"));

        var extra = corpus.Documents(documentCount + 200).Skip(documentCount).Select((d, i) => d with { Id = "upsert-" + i }).ToList();
        clock.Restart();
        foreach (var document in extra)
        {
            index.Upsert(document);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"upsert one at a time, each committed and visible: {extra.Count / clock.Elapsed.TotalSeconds:N0} documents/s"));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"segments: {Directory.GetFiles(path, "*.si").Length}"));
        TimeSearches(index, Requests(corpus, queryCount, seed + 2), "with facets and snippets");

        var mlt = new double[100];
        for (var i = 0; i < mlt.Length; i++)
        {
            clock.Restart();
            index.MoreLikeThis("synthetic-" + (i * 997 % documentCount), 5);
            mlt[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(mlt);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"more like this: p50 {Latencies.Percentile(mlt, 0.50):0.0} ms, p95 {Latencies.Percentile(mlt, 0.95):0.0} ms"));
        return 0;
    }

    /// <summary>
    /// A query mix: one to three words from the rank 20-3,000 band (content words, not stop words), one in five a
    /// quoted two-word phrase; half in a stated language, half across all six; one in four with a filter; one in ten
    /// asking for page 2 or 3.
    /// </summary>
    private static List<LibrarySearchRequest> Requests(LibraryCorpus corpus, int count, int seed)
    {
        var random = new Random(seed);
        var languages = corpus.Vocabularies.Keys.Order(StringComparer.Ordinal).ToArray();
        var requests = new List<LibrarySearchRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var language = languages[random.Next(languages.Length)];
            var words = corpus.Vocabularies[language].Words;
            var terms = Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(20, Math.Min(3_000, words.Length))]).ToList();
            var separator = language == "zh" ? "" : " ";
            var text = random.Next(5) == 0 ? "\"" + string.Join(separator, terms.Take(2)) + "\"" : string.Join(" ", terms);
            var filters = random.Next(4) == 0
                ? new LibraryFilters { Types = ["guide", "training"], YearFrom = 2015 }
                : LibraryFilters.None;
            requests.Add(new LibrarySearchRequest
            {
                Text = text,
                QueryLanguage = random.Next(2) == 0 ? language : null,
                Filters = filters,
                Page = random.Next(10) == 0 ? random.Next(2, 4) : 1,
            });
        }
        return requests;
    }

    private static void TimeSearches(LibraryIndex index, List<LibrarySearchRequest> requests, string label)
    {
        foreach (var request in requests.Take(50))
        {
            index.Search(request);
        }
        var clock = new Stopwatch();
        var times = new double[requests.Count];
        var cpuTimes = new double[requests.Count];
        long totalHits = 0;
        var cpu = Cpu();
        for (var i = 0; i < requests.Count; i++)
        {
            var threadCpu = ThreadCpu.Now().TotalMilliseconds;
            clock.Restart();
            totalHits += index.Search(requests[i]).TotalHits;
            times[i] = clock.Elapsed.TotalMilliseconds;
            cpuTimes[i] = ThreadCpu.Now().TotalMilliseconds - threadCpu;
        }
        var searchCpu = Cpu() - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search {label} (wall clock): {requests.Count:N0} requests, {totalHits / (double)requests.Count:N0} hits on average; " +
            $"{Latencies.Summary(times)}; " +
            $"mean process CPU time {searchCpu.TotalMilliseconds / requests.Count:0.0} ms per request; load average now {LoadAverage()}"));
        Console.WriteLine($"search {label} (CPU time of the searching thread, i.e. latency on an idle core): {Latencies.Summary(cpuTimes)}");
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
