using System.Buffers;
using System.Text;
using Comity.Hygiene.Breaches;
using Comity.Hygiene.Breaches.Import;

namespace Comity.Tests.Hygiene.Breaches;

/// <summary>Test helpers: write downloader-format input, import it, and read a range back as text.</summary>
internal static class Corpus
{
    public static readonly BreachImporter Importer = new(TimeProvider.System);

    public static string Hex(HashValue hash, HashKind kind) => hash.ToHex(kind);

    public static HashValue Parse(string hex) => HashValue.FromBytes(Convert.FromHexString(hex));

    public static void WriteSingleFile(string path, IEnumerable<(HashValue Hash, int Count)> entries, HashKind kind, string newline = "\n") =>
        File.WriteAllText(path, string.Concat(entries.Select(e => $"{Hex(e.Hash, kind)}:{e.Count}{newline}")));

    /// <summary>One {prefix}.txt per bucket, lines CRLF-separated as the API sends them, in the given order.</summary>
    public static void WriteDirectory(string directory, IEnumerable<(HashValue Hash, int Count)> entries, HashKind kind)
    {
        Directory.CreateDirectory(directory);
        foreach (var bucket in entries.GroupBy(e => e.Hash.Bucket))
        {
            File.WriteAllText(Path.Combine(directory, $"{bucket.Key:X5}.txt"),
                string.Join("\r\n", bucket.Select(e => $"{Hex(e.Hash, kind)[5..]}:{e.Count}")));
        }
    }

    public static BreachImportResult Import(string input, string store, HashKind kind = HashKind.Sha1) =>
        Importer.Import(new BreachImportRequest(input, store, kind));

    /// <summary>The range body for a bucket, as the endpoint would write it.</summary>
    public static string Range(RangeStoreFile file, int bucket)
    {
        var buffer = new ArrayBufferWriter<byte>();
        RangeFormatter.Write(buffer, file.Bucket(bucket), file.Kind, padded: false, new Random(7));
        return Encoding.ASCII.GetString(buffer.WrittenSpan);
    }

    public static string[] Lines(string body) => body.Length == 0 ? [] : body.Split("\r\n");

    /// <summary>The lines the API should return for a bucket: suffix:count in hash order.</summary>
    public static string[] Expected(IEnumerable<(HashValue Hash, int Count)> entries, int bucket, HashKind kind) =>
        [.. entries.Where(e => e.Hash.Bucket == bucket).OrderBy(e => e.Hash).Select(e => $"{Hex(e.Hash, kind)[5..]}:{e.Count}")];
}
