using Comity.Hygiene.Breaches;

namespace Comity.Tests.Hygiene.Breaches;

public class BreachStoresTests
{
    [Fact]
    public void A_reader_holding_the_old_store_keeps_reading_it_after_a_swap()
    {
        using var dir = new TempDirectory();
        SampleCorpus.Build(dir.Path, TimeProvider.System);
        using var stores = new BreachStores(dir.Path);
        Assert.True(stores.TryAcquire(HashKind.Sha1, out var lease));
        var before = Corpus.Range(lease.File, 0x5BAA6);

        stores.Install(HashKind.Sha1, RangeStoreFile.Open(stores.PathOf(HashKind.Sha1)));

        Assert.Equal(before, Corpus.Range(lease.File, 0x5BAA6));
        lease.Dispose();
        Assert.False(lease.File.TryRetain());
        Assert.True(stores.TryAcquire(HashKind.Sha1, out var fresh));
        using (fresh)
        {
            Assert.NotSame(lease.File, fresh.File);
            Assert.Equal(before, Corpus.Range(fresh.File, 0x5BAA6));
        }
    }

    [Fact]
    public void A_missing_directory_means_no_store_rather_than_an_error()
    {
        using var stores = new BreachStores(Path.Combine(Path.GetTempPath(), "comity-range-none-" + Guid.NewGuid().ToString("N")));
        Assert.False(stores.TryAcquire(HashKind.Sha1, out _));
        Assert.False(stores.TryAcquire(HashKind.Ntlm, out _));
    }

    [Fact]
    public void A_damaged_store_file_is_refused_when_opened()
    {
        using var dir = new TempDirectory();
        var path = SampleCorpus.Build(dir.Path, TimeProvider.System)[0];
        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(stream.Length - 1);
        }
        Assert.Throws<InvalidDataException>(() => RangeStoreFile.Open(path));
    }

    [Fact]
    public void The_sample_corpus_holds_every_listed_password_in_both_kinds()
    {
        using var dir = new TempDirectory();
        SampleCorpus.Build(dir.Path, TimeProvider.System);
        var distinct = SampleCorpus.CommonPasswords.Distinct(StringComparer.Ordinal).Count();
        using var stores = new BreachStores(dir.Path);
        foreach (var kind in (HashKind[])[HashKind.Sha1, HashKind.Ntlm])
        {
            Assert.True(stores.TryAcquire(kind, out var lease));
            using (lease)
            {
                Assert.Equal(distinct, lease.File.HashCount);
                var hash = PasswordHashes.Of(kind, "пароль");
                var hex = hash.ToHex(kind);
                Assert.Contains(Corpus.Lines(Corpus.Range(lease.File, hash.Bucket)), l => l.StartsWith(hex[5..] + ":", StringComparison.Ordinal));
            }
        }
    }
}
