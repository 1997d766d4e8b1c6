using Comity.Identity.Data;
using Comity.Kernel.Data;
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
        var options = new DbContextOptionsBuilder<IdentityDb>();
        settings.Configure(options, IdentityDb.Module);
        using var db = new IdentityDb(options.Options);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The Identity model changed without a migration for {provider}: run dotnet ef migrations add for that provider.");
    }
}
