using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Comity.Kernel.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database Comity runs on: <c>Database:Provider</c> (sqlite | postgres) and
/// <c>ConnectionStrings:Comity</c>. SQLite defaults to <c>data/comity.db</c> under the content root.
/// </summary>
public sealed class DatabaseSettings
{
    public const string SqliteMigrationsAssembly = "Comity.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Comity.Migrations.Postgres";

    public DatabaseSettings(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerName = configuration["Database:Provider"] ?? "sqlite";
        var provider = providerName.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException(
                $"Database:Provider is '{providerName}'; use 'sqlite' (the default) or 'postgres'."),
        };
        var connectionString = configuration.GetConnectionString("Comity");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "Database:Provider is 'postgres' but ConnectionStrings:Comity is empty; set ConnectionStrings__Comity.");
            }
            var folder = Path.GetFullPath(Path.Combine(contentRoot, configuration["Data:Directory"] ?? "data"));
            connectionString = $"Data Source={Path.Combine(folder, "comity.db")}";
        }
        return new DatabaseSettings(provider, connectionString);
    }

    /// <summary>Points <paramref name="options"/> at this database, with the module's own migrations history table.</summary>
    public void Configure(DbContextOptionsBuilder options, string module)
    {
        ArgumentNullException.ThrowIfNull(options);
        var history = $"__{module.ToLowerInvariant()}_migrations";
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                // A list in a query goes as one JSON parameter: SQLite finds parameters by name, so EF's default of one
                // parameter per item costs a string search per item per item (a 1,000-id ingest check spent more there than in SQL).
                options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly).MigrationsHistoryTable(history)
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly).MigrationsHistoryTable(history));
                break;
        }
    }
}
