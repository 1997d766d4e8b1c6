using Comity.Capacity.Data;
using Comity.Exchange.Data;
using Comity.Hygiene.Data;
using Comity.Identity.Data;
using Comity.Kernel.Data;
using Comity.Library.Data;
using Comity.Roster.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Tests.Platform;

/// <summary>A model change without a migration would break start-up on a real database; this catches it first.</summary>
public sealed class Migrations
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_module_model_matches_its_migrations(DatabaseProvider provider)
    {
        var settings = new DatabaseSettings(provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused");
        using var identity = new IdentityDb(Options<IdentityDb>(settings, IdentityDb.Module));
        using var roster = new RosterDb(Options<RosterDb>(settings, RosterDb.Module));
        using var exchange = new ExchangeDb(Options<ExchangeDb>(settings, ExchangeDb.Module));
        using var hygiene = new HygieneDb(Options<HygieneDb>(settings, HygieneDb.Module));
        using var capacity = new CapacityDb(Options<CapacityDb>(settings, CapacityDb.Module));
        using var library = new LibraryDb(Options<LibraryDb>(settings, LibraryDb.Module));
        foreach (var db in new DbContext[] { identity, roster, exchange, hygiene, capacity, library })
        {
            Assert.NotEmpty(db.Database.GetMigrations());
            Assert.False(db.Database.HasPendingModelChanges(),
                $"{db.GetType().Name} changed without a migration for {provider}: run dotnet ef migrations add for that provider.");
        }
    }

    private static DbContextOptions<T> Options<T>(DatabaseSettings settings, string module)
        where T : DbContext
    {
        var options = new DbContextOptionsBuilder<T>();
        settings.Configure(options, module);
        return options.Options;
    }
}
