using System.CommandLine;
using Comity.Cli.Commands;

namespace Comity.Cli;

internal static class ComityCli
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Comity: administration for a regional cybercrime centre's deployment.");
        root.Subcommands.Add(DatabaseCommands.Create());
        root.Subcommands.Add(DemoCommands.Create());
        root.Subcommands.Add(OrganisationCommands.Create());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(ApiKeyCommands.Create());
        root.Subcommands.Add(PasswordCommands.Create());
        root.Subcommands.Add(LibraryCommands.Create());
        return await CliHost.InvokeAsync(root, args);
    }
}
