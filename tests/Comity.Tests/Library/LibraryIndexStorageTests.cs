using Comity.Library.Search;

namespace Comity.Tests.Library;

public sealed class LibraryIndexStorageTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "comity-library-" + Guid.NewGuid().ToString("N"));

    private static LibraryDocument Doc(string id, string text, string language = "en", string type = "guide") =>
        new(id, "Title " + id, text, new LibraryMetadata(language, type, ["GH"], "West Africa", ["topic-a"], 2024, "Publisher", "CC-BY-4.0"));

    private static List<string> Find(LibraryIndex index, string text) =>
        index.Search(new LibrarySearchRequest { Text = text }).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void The_index_survives_closing_and_reopening_the_directory()
    {
        using (var index = LibraryIndex.Open(path))
        {
            index.Rebuild([Doc("a", "phishing kits sold online"), Doc("b", "botnet takedown")]);
        }

        using var reopened = LibraryIndex.Open(path);
        Assert.Equal(2, reopened.Count);
        Assert.Equal(["a"], Find(reopened, "phishing"));
    }

    [Fact]
    public void Updating_a_document_by_id_replaces_it_and_deleting_removes_it()
    {
        using var index = LibraryIndex.Open(path);
        index.Rebuild([Doc("a", "phishing kits"), Doc("b", "botnet takedown")]);

        index.Upsert(Doc("a", "money mule recruitment"));
        Assert.Empty(Find(index, "phishing"));
        Assert.Equal(["a"], Find(index, "mule"));
        Assert.Equal(2, index.Count);

        index.Delete("b", "unknown-id");
        Assert.Empty(Find(index, "botnet"));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void A_rebuild_replaces_everything_that_was_there()
    {
        using var index = LibraryIndex.Open(path);
        index.Rebuild([Doc("old", "obsolete text")]);

        var count = index.Rebuild([Doc("new-1", "fresh text"), Doc("new-2", "fresh words", "fr")]);

        Assert.Equal(2, count);
        Assert.Empty(Find(index, "obsolete"));
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void A_rebuild_that_fails_half_way_leaves_the_previous_index_searchable()
    {
        var index = LibraryIndex.Open(path);
        index.Rebuild([Doc("kept", "previous contents")]);

        IEnumerable<LibraryDocument> Broken()
        {
            yield return Doc("x", "new contents");
            yield return Doc("y", "bad language", "tlh");
        }

        Assert.Throws<ArgumentException>(() => index.Rebuild(Broken()));

        Assert.Equal(["kept"], Find(index, "previous"));
        Assert.Empty(Find(index, "new"));
        index.Upsert(Doc("later", "written after the failure"));
        Assert.Equal(2, index.Count);
        index.Dispose();
        using var reopened = LibraryIndex.Open(path);
        Assert.Equal(["kept"], Find(reopened, "previous"));
        Assert.Equal(2, reopened.Count);
    }

    [Fact]
    public async Task Searches_running_while_documents_are_written_always_see_a_consistent_index()
    {
        using var index = LibraryIndex.Open(path);
        index.Rebuild(Enumerable.Range(0, 50).Select(i => Doc("seed-" + i, "stable corpus text " + i)));
        using var stop = new CancellationTokenSource();
        var failures = 0;

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var result = index.Search(new LibrarySearchRequest { Text = "stable corpus", PageSize = 5 });
                if (result.TotalHits < 50 || result.Facets[LibraryFacet.Type].Sum(f => f.Count) != result.TotalHits)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        for (var i = 0; i < 20; i++)
        {
            index.Upsert(Doc("added-" + i, "stable corpus addition"));
        }
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.Equal(0, failures);
        Assert.Equal(70, index.Search(new LibrarySearchRequest { Text = "stable corpus" }).TotalHits);
    }

    public void Dispose()
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
