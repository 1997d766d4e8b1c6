using Comity.Kernel.Data;
using Comity.Library.Data;
using Comity.Library.Demo;
using Comity.Library.Documents;
using Comity.Library.Indexing;
using Comity.Library.Search;
using Microsoft.EntityFrameworkCore;

namespace Comity.Tests.Library;

/// <summary>
/// Each node keeps its own on-disk index and follows the database's change log: changes made through another node show up,
/// and an index that is missing or disagrees with the database is rebuilt from it.
/// </summary>
public sealed class LibraryIndexKeeping : IAsyncLifetime
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"comity-library-keeping-{Guid.NewGuid():N}.db");
    private readonly List<string> folders = [];

    public async ValueTask InitializeAsync()
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
        await new LibraryDemoSeeder(db, TimeProvider.System).SeedAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    private LibraryDb Open()
    {
        var options = new DbContextOptionsBuilder<LibraryDb>();
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={database};Pooling=false").Configure(options, LibraryDb.Module);
        return new LibraryDb(options.Options);
    }

    private string Folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"comity-library-node-{Guid.NewGuid():N}");
        folders.Add(folder);
        return folder;
    }

    private static async Task<List<string>> TitlesAsync(LibraryIndexKeeper keeper, LibraryDb db, string text) =>
        (await keeper.CurrentAsync(db, CancellationToken.None)).Search(new LibrarySearchRequest { Text = text, PageSize = 50 }).Hits.Select(h => h.Title).ToList();

    [Fact]
    public async Task Two_nodes_on_one_database_each_follow_changes_made_through_the_other()
    {
        await using var db = Open();
        using var first = new LibraryIndexKeeper(Folder());
        using var second = new LibraryIndexKeeper(Folder());
        Assert.Equal(31, (await first.CurrentAsync(db, CancellationToken.None)).Count);
        Assert.Equal(31, (await second.CurrentAsync(db, CancellationToken.None)).Count);

        // What another node's edit and delete leave in the database: the rows and their change-log entries.
        var guide = await db.Documents.SingleAsync(d => d.Title == "First responder guide to electronic evidence");
        var gone = await db.Documents.SingleAsync(d => d.Title == "Handbook on mutual legal assistance for data requests");
        var now = TimeProvider.System.GetUtcNow();
        guide.Describe(new DocumentDescription("Quokka guide to electronic evidence", guide.Type, guide.Language, guide.Countries, guide.Region, guide.Topics,
            guide.Year, guide.Publisher, guide.Licence, guide.Summary, guide.SourceUrl), now);
        db.Documents.Remove(gone);
        db.Changes.Add(DocumentChange.Of(guide.Id, ChangeKind.Upsert, now));
        db.Changes.Add(DocumentChange.Of(gone.Id, ChangeKind.Delete, now));
        await db.SaveChangesAsync();

        foreach (var node in new[] { first, second })
        {
            Assert.Equal(["Quokka guide to electronic evidence"], await TitlesAsync(node, db, "quokka"));
            Assert.DoesNotContain("Handbook on mutual legal assistance for data requests", await TitlesAsync(node, db, "mutual legal assistance"));
            Assert.Equal(30, (await node.CurrentAsync(db, CancellationToken.None)).Count);
        }
    }

    [Fact]
    public async Task A_node_whose_index_is_missing_or_disagrees_with_the_database_rebuilds_it_when_it_starts()
    {
        await using var db = Open();
        var folder = Folder();
        using (var node = new LibraryIndexKeeper(folder))
        {
            Assert.Equal(31, (await node.CurrentAsync(db, CancellationToken.None)).Count);
        }

        // The database goes back to a backup that lacks a document, without a change-log entry saying so.
        var removed = await db.Documents.FirstAsync(d => d.Language == "ru");
        db.Documents.Remove(removed);
        await db.SaveChangesAsync();
        using (var restarted = new LibraryIndexKeeper(folder))
        {
            Assert.Equal(30, (await restarted.CurrentAsync(db, CancellationToken.None)).Count);
            Assert.DoesNotContain(removed.Title, await TitlesAsync(restarted, db, removed.Title));
        }

        Directory.Delete(folder, recursive: true);
        using var fresh = new LibraryIndexKeeper(folder);
        Assert.Equal(30, (await fresh.CurrentAsync(db, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_rebuild_entry_in_the_change_log_makes_every_running_node_rebuild()
    {
        await using var db = Open();
        using var node = new LibraryIndexKeeper(Folder());
        Assert.Equal(31, (await node.CurrentAsync(db, CancellationToken.None)).Count);

        // A change the log never recorded (a repair made by hand in the database) becomes visible once a rebuild is asked for.
        var strategy = await db.Documents.SingleAsync(d => d.Title == "Extrait de la stratégie nationale de cybersécurité");
        strategy.Describe(new DocumentDescription("Stratégie nationale révisée", strategy.Type, strategy.Language, strategy.Countries, strategy.Region,
            strategy.Topics, strategy.Year, strategy.Publisher, strategy.Licence, strategy.Summary, strategy.SourceUrl), TimeProvider.System.GetUtcNow());
        await db.SaveChangesAsync();
        Assert.Empty(await TitlesAsync(node, db, "révisée"));

        db.Changes.Add(DocumentChange.Of(null, ChangeKind.Rebuild, TimeProvider.System.GetUtcNow()));
        await db.SaveChangesAsync();
        Assert.Equal(["Stratégie nationale révisée"], await TitlesAsync(node, db, "révisée"));
    }
}
