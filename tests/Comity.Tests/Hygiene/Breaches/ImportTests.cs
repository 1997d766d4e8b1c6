using Comity.Hygiene.Breaches;
using Comity.Hygiene.Breaches.Import;
using CsCheck;

namespace Comity.Tests.Hygiene.Breaches;

public class ImportTests
{
    private static readonly (HashValue Hash, int Count)[] Sample =
    [
        (Corpus.Parse("21BD10018A45C4D1DEF81644B54AB7F969B88D65"), 1),
        (Corpus.Parse("21BD100D4F6E8FA6EECAD2A3AA415EEC418D38EC"), 2),
        (Corpus.Parse("21BD1011053FD0102E94D6AE2F8B83D76FAF94F6"), 1_000_000),
        (Corpus.Parse("21BD2012A7CA357541F0AC487871FEEC1891C49C"), 15),
        (Corpus.Parse("FFFFF0136E006E24E7D152139815FB0FC6A50B15"), 14),
    ];

    [Fact]
    public void A_range_query_returns_exactly_the_imported_lines_for_that_prefix_in_order()
    {
        using var dir = new TempDirectory();
        Corpus.WriteSingleFile(dir.File("pwned.txt"), Sample, HashKind.Sha1, "\r\n");
        var result = Corpus.Import(dir.File("pwned.txt"), dir.File("store"));
        Assert.Equal(5, result.HashesInStore);
        using var store = RangeStoreFile.Open(dir.File("store"));
        Assert.Equal(
            ["0018A45C4D1DEF81644B54AB7F969B88D65:1", "00D4F6E8FA6EECAD2A3AA415EEC418D38EC:2", "011053FD0102E94D6AE2F8B83D76FAF94F6:1000000"],
            Corpus.Lines(Corpus.Range(store, 0x21BD1)));
        Assert.Equal("012A7CA357541F0AC487871FEEC1891C49C:15", Corpus.Range(store, 0x21BD2));
        Assert.Equal("0136E006E24E7D152139815FB0FC6A50B15:14", Corpus.Range(store, 0xFFFFF));
        Assert.Equal("", Corpus.Range(store, 0x00000));
    }

    [Fact]
    public void A_directory_of_range_files_imports_even_when_lines_inside_a_file_are_unsorted()
    {
        using var dir = new TempDirectory();
        Corpus.WriteDirectory(dir.File("ranges"), Sample.Reverse(), HashKind.Sha1);
        Corpus.Import(dir.File("ranges"), dir.File("store"));
        using var store = RangeStoreFile.Open(dir.File("store"));
        Assert.Equal(Corpus.Expected(Sample, 0x21BD1, HashKind.Sha1), Corpus.Lines(Corpus.Range(store, 0x21BD1)));
        Assert.Equal(5, store.HashCount);
    }

    [Fact]
    public void Any_set_of_hashes_round_trips_through_import_and_range_queries()
    {
        // Few prefixes so that buckets hold many hashes; lines are shuffled within each range file.
        var gen = Gen.Select(Gen.Int[0, 15], Gen.ULong, Gen.ULong, Gen.UInt, Gen.Int[1, 5_000_000],
                (bucket, a, b, c, count) => (Hash: new HashValue(new UInt128(((ulong)bucket << 44) | (a >> 20), b), c), Count: count))
            .Array[0, 60]
            .Select(list => list.DistinctBy(e => e.Hash).ToArray());
        gen.Sample(entries =>
        {
            using var dir = new TempDirectory();
            var sorted = entries.OrderBy(e => e.Hash).ToArray();
            Corpus.WriteSingleFile(dir.File("one.txt"), sorted, HashKind.Sha1);
            Corpus.WriteDirectory(dir.File("ranges"), entries, HashKind.Sha1);
            Corpus.Import(dir.File("one.txt"), dir.File("a"));
            if (entries.Length > 0)
            {
                Corpus.Import(dir.File("ranges"), dir.File("b"));
            }
            using var a = RangeStoreFile.Open(dir.File("a"));
            Assert.Equal(entries.Length, a.HashCount);
            for (var bucket = 0; bucket < 16; bucket++)
            {
                var expected = Corpus.Expected(entries, bucket, HashKind.Sha1);
                Assert.Equal(expected, Corpus.Lines(Corpus.Range(a, bucket)));
                if (entries.Length > 0)
                {
                    using var b = RangeStoreFile.Open(dir.File("b"));
                    Assert.Equal(expected, Corpus.Lines(Corpus.Range(b, bucket)));
                }
            }
        }, iter: 60);
    }

    [Fact]
    public void NTLM_hashes_import_with_27_digit_suffixes()
    {
        using var dir = new TempDirectory();
        var nt = PasswordHashes.Nt("password");
        Corpus.WriteSingleFile(dir.File("ntlm.txt"), [(nt, 9)], HashKind.Ntlm);
        Corpus.Import(dir.File("ntlm.txt"), dir.File("store"), HashKind.Ntlm);
        using var store = RangeStoreFile.Open(dir.File("store"));
        Assert.Equal(HashKind.Ntlm, store.Kind);
        Assert.Equal("7EAEE8FB117AD06BDD830B7586C:9", Corpus.Range(store, 0x8846F));
    }

    [Fact]
    public void A_second_import_adds_new_hashes_and_replaces_the_counts_of_known_ones()
    {
        using var dir = new TempDirectory();
        Corpus.WriteSingleFile(dir.File("first.txt"), Sample[..3], HashKind.Sha1);
        Corpus.Import(dir.File("first.txt"), dir.File("store"));
        (HashValue, int)[] second = [(Sample[1].Hash, 7), (Sample[3].Hash, 15), (Sample[4].Hash, 14)];
        Corpus.WriteDirectory(dir.File("second"), second, HashKind.Sha1);

        var result = Corpus.Import(dir.File("second"), dir.File("store"));

        Assert.Equal((2L, 1L, 5L), (result.Added, result.Updated, result.HashesInStore));
        using var store = RangeStoreFile.Open(dir.File("store"));
        Assert.Equal(
            ["0018A45C4D1DEF81644B54AB7F969B88D65:1", "00D4F6E8FA6EECAD2A3AA415EEC418D38EC:7", "011053FD0102E94D6AE2F8B83D76FAF94F6:1000000"],
            Corpus.Lines(Corpus.Range(store, 0x21BD1)));
        Assert.Equal("012A7CA357541F0AC487871FEEC1891C49C:15", Corpus.Range(store, 0x21BD2));
    }

    [Theory]
    [InlineData("21BD10018A45C4D1DEF81644B54AB7F969B88D65:1\n21BD100D4F6E8FA6EECAD2A3AA415EEC418D38E:2\n", 2, "expected 40 hex digits")]
    [InlineData("21BD10018A45C4D1DEF81644B54AB7F969B88D65:1\n21BD100D4F6E8FA6EECAD2A3AA415EEC418D38EX:2\n", 2, "not hexadecimal")]
    [InlineData("21BD10018A45C4D1DEF81644B54AB7F969B88D65:-1\n", 1, "not a whole number")]
    [InlineData("21BD10018A45C4D1DEF81644B54AB7F969B88D65:99999999999\n", 1, "too large")]
    [InlineData("21BD20018A45C4D1DEF81644B54AB7F969B88D65:1\n21BD10018A45C4D1DEF81644B54AB7F969B88D65:1\n", 2, "not in order")]
    [InlineData("21BD10018A45C4D1DEF81644B54AB7F969B88D65:1\n\n21BD10018A45C4D1DEF81644B54AB7F969B88D65:3\n", 3, "appears twice")]
    public void A_bad_line_is_reported_with_file_and_line_and_leaves_the_store_unchanged(string input, int line, string problem)
    {
        using var dir = new TempDirectory();
        Corpus.WriteSingleFile(dir.File("good.txt"), Sample, HashKind.Sha1);
        Corpus.Import(dir.File("good.txt"), dir.File("store"));
        var before = File.ReadAllBytes(dir.File("store"));
        File.WriteAllText(dir.File("bad.txt"), input);

        var error = Assert.Throws<BreachImportException>(() => Corpus.Import(dir.File("bad.txt"), dir.File("store")));

        Assert.Equal(dir.File("bad.txt"), error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains($"line {line}", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(dir.File("store")));
        Assert.False(File.Exists(dir.File("store") + RangeStoreWriter.PartialSuffix));
    }

    [Fact]
    public void A_bad_line_in_a_range_file_names_that_file()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("ranges"));
        File.WriteAllText(dir.File("ranges/21BD1.txt"), "0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n0018A45C4D1DEF81644B54AB7F969B88D6:1");
        var error = Assert.Throws<BreachImportException>(() => Corpus.Import(dir.File("ranges"), dir.File("store")));
        Assert.Equal((Path.GetFullPath(dir.File("ranges/21BD1.txt")), 2L), (error.File, error.Line));
        Assert.False(File.Exists(dir.File("store")));
    }

    [Fact]
    public void Count_zero_padding_lines_are_skipped()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("ranges"));
        File.WriteAllText(dir.File("ranges/21BD1.txt"), "0018A45C4D1DEF81644B54AB7F969B88D65:1\r\nFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0");
        var result = Corpus.Import(dir.File("ranges"), dir.File("store"));
        Assert.Equal((1L, 1L), (result.HashesRead, result.HashesInStore));
    }

    [Fact]
    public void Importing_NTLM_input_into_a_SHA1_store_is_refused()
    {
        using var dir = new TempDirectory();
        Corpus.WriteSingleFile(dir.File("good.txt"), Sample, HashKind.Sha1);
        Corpus.Import(dir.File("good.txt"), dir.File("store"));
        Corpus.WriteSingleFile(dir.File("nt.txt"), [(PasswordHashes.Nt("a"), 1)], HashKind.Ntlm);
        var error = Assert.Throws<BreachImportException>(() => Corpus.Import(dir.File("nt.txt"), dir.File("store"), HashKind.Ntlm));
        Assert.Contains("SHA-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_import_leaves_the_store_unchanged_and_reports_progress_until_then()
    {
        using var dir = new TempDirectory();
        Corpus.WriteSingleFile(dir.File("good.txt"), Sample, HashKind.Sha1);
        Corpus.Import(dir.File("good.txt"), dir.File("store"));
        var before = File.ReadAllBytes(dir.File("store"));
        var random = new Random(3);
        var many = Enumerable.Range(0, 300_000).Select(_ => (Hash: HashValue.FromBytes(RandomBytes(random)), Count: 1))
            .OrderBy(e => e.Hash).ToArray();
        Corpus.WriteSingleFile(dir.File("many.txt"), many, HashKind.Sha1);
        using var cancel = new CancellationTokenSource();
        var reports = new List<ImportProgress>();
        var progress = new SyncProgress(p =>
        {
            reports.Add(p);
            if (p.HashesRead > 0)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Corpus.Importer.ImportAsync(
            new BreachImportRequest(dir.File("many.txt"), dir.File("store"), HashKind.Sha1), progress, cancel.Token));

        Assert.Contains(reports, r => r.HashesRead >= 65_536 && r.BytesRead > 0 && r.TotalBytes == new FileInfo(dir.File("many.txt")).Length);
        Assert.Equal(before, File.ReadAllBytes(dir.File("store")));
        Assert.False(File.Exists(dir.File("store") + RangeStoreWriter.PartialSuffix));
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[20];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test needs the callback inline.</summary>
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
