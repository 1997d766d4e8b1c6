using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Comity.Benchmarks.Taxii;

/// <summary>
/// Load driver against a running Comity over real HTTP, as a TAXII client sees it: creates a fresh collection, posts
/// generated objects in envelopes from several connections (every status resource must report all objects accepted),
/// then pages through the whole collection with limit=1000 and `next`, timing each page until its body is read, and
/// checks that every object came back exactly once. bench/taxii-load.sh starts the server on SQLite or PostgreSQL.
/// </summary>
internal static class TaxiiLoadBenchmark
{
    private const string TaxiiType = "application/taxii+json;version=2.1";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = BenchArgs.Option(args, "--url") ?? "http://localhost:5080";
        var key = BenchArgs.Option(args, "--key") ?? Environment.GetEnvironmentVariable("COMITY_KEY");
        if (key is null)
        {
            Console.Error.WriteLine("taxii-load: pass --key KEY or set COMITY_KEY (an API key with exchange:read, exchange:write and exchange:manage).");
            return 2;
        }
        var root = BenchArgs.Option(args, "--root") ?? "network";
        var objects = BenchArgs.Int(args, "--objects", 100_000);
        var size = BenchArgs.Int(args, "--envelope", 1_000);
        var connections = BenchArgs.Int(args, "--connections", 2);
        var pageSize = BenchArgs.Int(args, "--page", 1_000);
        var serverPid = BenchArgs.Option(args, "--server-pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : (int?)null;
        var warmUp = BenchArgs.Int(args, "--warm-up", 100_000);

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        Console.WriteLine($"generating {objects:N0} objects in envelopes of {size:N0}, and {warmUp:N0} to warm the server up…");
        var envelopes = TaxiiObjects.Envelopes(objects, size, seed: 20261123);
        // A first, unmeasured pass through every code path, so that the runtime has compiled the hot paths fully.
        var warmUpUrl = $"/taxii2/{root}/collections/{await CreateCollectionAsync(client, root, "Warm-up")}/objects/";
        foreach (var envelope in TaxiiObjects.Envelopes(warmUp, size, seed: 1))
        {
            await PostAsync(client, warmUpUrl, envelope);
        }
        await PageThroughAsync(client, warmUpUrl, pageSize, [], warmUp);

        var collection = await CreateCollectionAsync(client, root, "Load test");
        var objectsUrl = $"/taxii2/{root}/collections/{collection}/objects/";
        Console.WriteLine($"collection {collection} in API root '{root}'; {envelopes.Sum(e => (long)e.Length) / envelopes.Count / 1024:N0} KiB per envelope");
        var latencies = new double[envelopes.Count];
        var next = -1;
        var serverCpu = ServerCpuSeconds(serverPid);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            int mine;
            while ((mine = Interlocked.Increment(ref next)) < envelopes.Count)
            {
                latencies[mine] = await PostAsync(client, objectsUrl, envelopes[mine]);
            }
        }));
        wall.Stop();
        Console.WriteLine($"ingest: {objects:N0} objects in {wall.Elapsed.TotalSeconds:F1} s = {objects / wall.Elapsed.TotalSeconds:N0} objects/s " +
            $"over {connections} connections; per envelope {Latencies.Summary(latencies)}{ServerCpuPer(serverPid, serverCpu, objects)}");

        var pages = new List<double>();
        serverCpu = ServerCpuSeconds(serverPid);
        wall.Restart();
        await PageThroughAsync(client, objectsUrl, pageSize, pages, objects);
        wall.Stop();
        Console.WriteLine($"paging: {objects:N0} objects in {pages.Count:N0} pages of {pageSize:N0} in {wall.Elapsed.TotalSeconds:F1} s; " +
            $"per page {Latencies.Summary([.. pages])}{ServerCpuPer(serverPid, serverCpu, objects)}");
        return 0;
    }

    /// <summary>Reads the whole collection page by page, timing each page, and checks every object comes back exactly once.</summary>
    private static async Task PageThroughAsync(HttpClient client, string objectsUrl, int pageSize, List<double> pages, int expected)
    {
        var seen = new HashSet<string>(expected, StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            var page = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{objectsUrl}?limit={pageSize}" + (cursor is null ? "" : $"&next={Uri.EscapeDataString(cursor)}"));
            request.Headers.Accept.ParseAdd(TaxiiType);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            pages.Add(page.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"GET {request.RequestUri} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
            }
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("objects", out var listed))
            {
                foreach (var o in listed.EnumerateArray())
                {
                    if (!seen.Add(o.GetProperty("id").GetString()!))
                    {
                        throw new InvalidOperationException($"{o.GetProperty("id")} came back twice while paging.");
                    }
                }
            }
            cursor = document.RootElement.TryGetProperty("more", out var more) && more.GetBoolean() ? document.RootElement.GetProperty("next").GetString() : null;
        }
        while (cursor is not null);
        if (seen.Count != expected)
        {
            throw new InvalidOperationException($"paging returned {seen.Count:N0} objects, {expected:N0} were stored.");
        }
    }

    private static async Task<string> CreateCollectionAsync(HttpClient client, string root, string purpose)
    {
        var response = await client.PostAsJsonAsync("/api/v1/exchange/collections", new
        {
            apiRoot = root,
            title = $"{purpose} {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm:ss.fff}",
            description = "Objects posted by the TAXII load driver.",
            defaultTlp = "TLP:GREEN",
            readAudience = "Community",
            communityCanWrite = true,
            grants = Array.Empty<object>(),
        });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"creating the collection answered {(int)response.StatusCode}: {body}");
        }
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<double> PostAsync(HttpClient client, string url, byte[] envelope)
    {
        var timer = Stopwatch.StartNew();
        using var content = new ByteArrayContent(envelope);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiType);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Accept.ParseAdd(TaxiiType);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = timer.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {url} answered {(int)response.StatusCode}: {body}");
        }
        using var status = JsonDocument.Parse(body);
        var failures = status.RootElement.GetProperty("failure_count").GetInt32();
        if (failures > 0)
        {
            throw new InvalidOperationException($"the server refused {failures} generated objects: {body[..Math.Min(body.Length, 2000)]}");
        }
        return elapsed;
    }

    /// <summary>CPU seconds (user + system) the server process has used, from /proc: a figure other load on a shared machine disturbs less than wall time.</summary>
    private static double ServerCpuSeconds(int? pid)
    {
        if (pid is null)
        {
            return 0;
        }
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14 and 15 of proc(5), counted after the command name: utime and stime in clock ticks of 1/100 s.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static string ServerCpuPer(int? pid, double before, int objects)
    {
        if (pid is null)
        {
            return "";
        }
        var seconds = ServerCpuSeconds(pid) - before;
        return string.Create(CultureInfo.InvariantCulture, $"; server CPU {seconds:F1} s = {objects / seconds:N0} objects per CPU-second");
    }
}
