using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Comity.Hygiene.Breaches;
using Comity.Hygiene.Breaches.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Comity.Benchmarks.Breaches;

/// <summary>
/// The breached-password range store at full scale: generate a synthetic downloader file (random SHA-1 values in hash
/// order), time its import, and serve it from a minimal Kestrel host for wrk (bench/Comity.Benchmarks/Breaches/range.lua).
/// </summary>
internal static class RangeBenchmark
{
    public static int Generate(string file, string[] args)
    {
        var hashes = long.Parse(BenchArgs.Option(args, "--hashes") ?? "100000000", CultureInfo.InvariantCulture);
        var random = new Random(int.Parse(BenchArgs.Option(args, "--seed") ?? "20260401", CultureInfo.InvariantCulture));
        var clock = Stopwatch.StartNew();
        using var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 22);
        var line = new byte[64];
        var hash = new byte[20];
        var bucketHashes = new List<HashValue>();
        var remaining = hashes;
        for (var bucket = 0; bucket < HashKinds.BucketCount; bucket++)
        {
            // Bucket sizes of uniformly random hashes are close to Poisson; a normal draw around the remaining mean keeps the total exact.
            var mean = (double)remaining / (HashKinds.BucketCount - bucket);
            var n = bucket == HashKinds.BucketCount - 1 ? remaining
                : Math.Clamp((long)Math.Round(mean + (Math.Sqrt(mean) * Gaussian(random))), 0, remaining);
            remaining -= n;
            bucketHashes.Clear();
            for (var i = 0; i < n; i++)
            {
                random.NextBytes(hash);
                hash[0] = (byte)(bucket >> 12);
                hash[1] = (byte)(bucket >> 4);
                hash[2] = (byte)(((bucket & 0xF) << 4) | (hash[2] & 0xF));
                bucketHashes.Add(HashValue.FromBytes(hash));
            }
            bucketHashes.Sort();
            foreach (var h in bucketHashes)
            {
                h.WriteBytes(hash, 20);
                Hex.Encode(hash, line);
                line[40] = (byte)':';
                // Heavy-tailed like the real corpus: P(count ≥ k) = 1/k, so half the hashes are seen once.
                var count = (int)Math.Min(int.MaxValue, 1 / (1 - random.NextDouble()));
                Utf8Formatter.TryFormat(count, line.AsSpan(41), out var digits);
                line[41 + digits] = (byte)'\n';
                output.Write(line, 0, 42 + digits);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {hashes:N0} hashes, {output.Length:N0} bytes to {file} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    public static int Import(string input, string store, string[] args)
    {
        var kind = args.Contains("--ntlm") ? HashKind.Ntlm : HashKind.Sha1;
        var importer = new BreachImporter(TimeProvider.System);
        var progress = new ConsoleProgress();
        var result = importer.Import(new BreachImportRequest(input, store, kind), progress);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"imported {result.HashesRead:N0} hashes ({result.Added:N0} added, {result.Updated:N0} updated) in {result.Elapsed.TotalSeconds:0.0} s " +
            $"= {result.HashesRead / result.Elapsed.TotalSeconds:N0} hashes/s; store {result.StoreBytes:N0} bytes for {result.HashesInStore:N0} hashes " +
            $"= {result.BytesPerHash:0.000} bytes/hash; peak working set {peak:0} MiB"));
        return 0;
    }

    public static int Serve(string directory, string[] args)
    {
        var url = BenchArgs.Option(args, "--url") ?? "http://127.0.0.1:5080";
        var builder = WebApplication.CreateSlimBuilder();
        // Request logging would write every prefix to the log; the product must keep it off for /range too.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new BreachStores(directory));
        var app = builder.Build();
        RangeEndpoint.Map(app);
        var fixedBody = new byte[3_700];
        Array.Fill(fixedBody, (byte)'A');
        app.MapGet("/fixed", (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            context.Response.ContentLength = fixedBody.Length;
            return context.Response.Body.WriteAsync(fixedBody).AsTask();
        });
        Console.WriteLine($"serving {directory} on {url}; server GC {GCSettings.IsServerGC}; {Environment.ProcessorCount} cores");
        app.Run(url);
        return 0;
    }

    /// <summary>The handler's own cost without HTTP: format random buckets, CPU time per response.</summary>
    public static int Format(string directory, string[] args)
    {
        var requests = int.Parse(BenchArgs.Option(args, "--requests") ?? "2000000", CultureInfo.InvariantCulture);
        var padded = args.Contains("--padding");
        // Buckets in file order instead of at random: the difference is what cache and TLB misses cost.
        var sequential = args.Contains("--sequential");
        using var stores = new BreachStores(directory);
        if (!stores.TryAcquire(HashKind.Sha1, out var lease))
        {
            Console.Error.WriteLine($"no SHA-1 store in {directory}");
            return 1;
        }
        using (lease)
        {
            var random = new Random(5);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
            var bytes = 0L;
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < requests; i++)
            {
                var data = lease.File.Bucket(sequential ? i & (HashKinds.BucketCount - 1) : random.Next(HashKinds.BucketCount));
                buffer.ResetWrittenCount();
                bytes += RangeFormatter.Write(buffer, data, HashKind.Sha1, padded, random);
            }
            process.Refresh();
            var cpuTime = process.TotalProcessorTime - cpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{requests:N0} {(padded ? "padded " : "")}{(sequential ? "sequential " : "")}bodies, {bytes / (double)requests:N0} bytes each: " +
                $"{wall.Elapsed.TotalNanoseconds / requests / 1000:0.00} µs wall, {cpuTime.TotalNanoseconds / requests / 1000:0.00} µs CPU per body " +
                $"(= {requests / cpuTime.TotalSeconds:N0} bodies per CPU-second)"));
        }
        return 0;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private sealed class ConsoleProgress : IProgress<ImportProgress>
    {
        private TimeSpan last;

        public void Report(ImportProgress value)
        {
            if (value.Elapsed - last < TimeSpan.FromSeconds(5) && value.Fraction < 1)
            {
                return;
            }
            last = value.Elapsed;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {value.Fraction:P0}: {value.HashesRead:N0} hashes, {value.BytesRead / 1e6:N0} MB, {value.HashesPerSecond:N0} hashes/s"));
        }
    }
}
