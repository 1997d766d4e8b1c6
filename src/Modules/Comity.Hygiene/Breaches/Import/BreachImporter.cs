using System.Globalization;

namespace Comity.Hygiene.Breaches.Import;

/// <summary>
/// Imports the Pwned Passwords downloader's output into a store: one file of <c>HASH:COUNT</c> lines in hash order,
/// or a directory of <c>{prefix}.txt</c> files of <c>SUFFIX:COUNT</c> lines (any order inside a file). The input is
/// streamed and merged with the existing store (new hashes added, counts of known ones replaced, nothing removed) into
/// a new file renamed over the old one at the end, so a bad line, a cancellation or a crash leaves the store untouched.
/// </summary>
internal sealed class BreachImporter(TimeProvider clock)
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromMilliseconds(500);

    public Task<BreachImportResult> ImportAsync(BreachImportRequest request, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Task.Run(() => Import(request, progress, cancellationToken), cancellationToken);

    public BreachImportResult Import(BreachImportRequest request, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var sources = Sources(request.InputPath);
        var storePath = Path.GetFullPath(request.StorePath);
        Directory.CreateDirectory(Path.GetDirectoryName(storePath)!);
        using var importLock = Lock(storePath);
        var existing = File.Exists(storePath) ? RangeStoreFile.Open(storePath) : null;
        try
        {
            if (existing is not null && existing.Kind != request.Kind)
            {
                throw new BreachImportException(storePath, 0, $"the store holds {existing.Kind.Name()} hashes, not {request.Kind.Name()}");
            }
            using var writer = new RangeStoreWriter(storePath, request.Kind);
            var session = new ImportSession(request.Kind, existing, writer);
            var meter = new Meter(clock, started, progress, sources.Sum(s => new FileInfo(s.Path).Length), cancellationToken);
            foreach (var source in sources)
            {
                Read(source, session, meter);
            }
            session.Finish();
            cancellationToken.ThrowIfCancellationRequested();
            meter.Report(force: true);
            existing?.Dispose();
            existing = null;
            var bytes = writer.Commit(clock);
            return new BreachImportResult(session.HashesRead, session.Added, session.Updated, writer.HashCount, bytes,
                clock.GetElapsedTime(started));
        }
        finally
        {
            existing?.Dispose();
        }
    }

    private static void Read(Source source, ImportSession session, Meter meter)
    {
        using var reader = new LineReader(source.Path);
        var prefix = source.Bucket;
        if (prefix >= 0)
        {
            session.Open(prefix, source.Path);
        }
        var previousBytes = 0L;
        while (reader.TryReadLine(out var line))
        {
            if (line.IsEmpty)
            {
                continue;
            }
            var problem = HashLineParser.Parse(line, session.Kind, prefix, out var hash, out var count);
            if (problem is not null)
            {
                throw new BreachImportException(source.Path, reader.LineNumber, problem);
            }
            if (prefix < 0 && hash.Bucket != session.Bucket)
            {
                if (hash.Bucket < session.Bucket)
                {
                    throw new BreachImportException(source.Path, reader.LineNumber,
                        $"the hashes are not in order: prefix {hash.Bucket:X5} comes after {session.Bucket:X5}");
                }
                session.Open(hash.Bucket, source.Path);
            }
            session.Add(hash, count, reader.LineNumber);
            if ((session.HashesRead & 0xFFFF) == 0)
            {
                meter.Tick(session.HashesRead, reader.BytesRead - previousBytes);
                previousBytes = reader.BytesRead;
            }
        }
        meter.Tick(session.HashesRead, reader.BytesRead - previousBytes);
        session.Close();
    }

    private static List<Source> Sources(string input)
    {
        if (File.Exists(input))
        {
            return [new Source(Path.GetFullPath(input), -1)];
        }
        if (!Directory.Exists(input))
        {
            throw new BreachImportException(input, 0, "no such file or directory");
        }
        var sources = new List<Source>();
        foreach (var file in Directory.EnumerateFiles(input, "*.txt"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (int.TryParse(name, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bucket)
                && name.Length == HashKinds.PrefixHexLength)
            {
                sources.Add(new Source(Path.GetFullPath(file), bucket));
            }
        }
        if (sources.Count == 0)
        {
            throw new BreachImportException(input, 0, "the directory holds no range files named like 00000.txt");
        }
        sources.Sort((x, y) => x.Bucket.CompareTo(y.Bucket));
        for (var i = 1; i < sources.Count; i++)
        {
            if (sources[i].Bucket == sources[i - 1].Bucket)
            {
                throw new BreachImportException(sources[i].Path, 0, $"a second file for prefix {sources[i].Bucket:X5}");
            }
        }
        return sources;
    }

    /// <summary>Two imports into one store would each miss the other's hashes; the second is refused instead.</summary>
    private static FileStream Lock(string storePath)
    {
        try
        {
            return new FileStream(storePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new BreachImportException(storePath, 0, $"another import into this store is running ({e.Message})");
        }
    }

    private sealed record Source(string Path, int Bucket);

    /// <summary>Throttled progress and cancellation, checked every 65,536 lines.</summary>
    private sealed class Meter(TimeProvider clock, long started, IProgress<ImportProgress>? progress, long totalBytes,
        CancellationToken cancellationToken)
    {
        private long hashes;
        private long bytes;
        private TimeSpan lastReport;
        private bool reported;

        public void Tick(long hashesRead, long moreBytes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            hashes = hashesRead;
            bytes += moreBytes;
            Report(force: false);
        }

        public void Report(bool force)
        {
            var elapsed = clock.GetElapsedTime(started);
            if (progress is not null && (force || !reported || elapsed - lastReport >= ReportEvery))
            {
                lastReport = elapsed;
                reported = true;
                progress.Report(new ImportProgress(hashes, bytes, totalBytes, elapsed));
            }
        }
    }
}
