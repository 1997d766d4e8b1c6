using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Comity.Kernel.Data;

/// <summary>Applies every module's migrations, in the order the modules were registered, then every module's data upgrades.</summary>
public sealed class DatabaseMigrator(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> modules,
    DatabaseSettings settings,
    ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await PrepareSqliteFileAsync(cancellationToken);
        }
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in modules)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                continue;
            }
            logger.LogInformation("Applying {Count} migration(s) for module {Module}", pending.Count, module.Module);
            await context.Database.MigrateAsync(cancellationToken);
        }
        foreach (var upgrade in scope.ServiceProvider.GetServices<IDataUpgrade>())
        {
            await upgrade.UpgradeAsync(cancellationToken);
        }
    }

    /// <summary>Creates the SQLite file's folder and switches the file to write-ahead logging, once.</summary>
    private async Task PrepareSqliteFileAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:")
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
