using System.CommandLine;
using System.Globalization;
using Comity.Identity.Audit;
using Comity.Library.Data;
using Comity.Library.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Cli.Commands;

/// <summary><c>comity library reindex</c>: rebuild the library's search index from the database.</summary>
internal static class LibraryCommands
{
    public static Command Create()
    {
        var reindex = new Command("reindex",
            "Rebuild the library's full-text index from the database: here at once, and on every web node at its next library request.");
        reindex.SetAction((_, cancellationToken) => CliHost.RunAsync(async (services, token) =>
        {
            var result = await Reindex.RunAsync(services.GetRequiredService<LibraryDb>(), services.GetRequiredService<LibraryIndexKeeper>(),
                services.GetRequiredService<IAuditLog>(), services.GetRequiredService<TimeProvider>(), token);
            Console.WriteLine(result.RebuiltHere
                ? string.Create(CultureInfo.InvariantCulture, $"Rebuilt the library index in {result.Path}: {result.Documents} documents in {result.Elapsed.TotalSeconds:0.0} s.")
                : $"A running web host holds the library index in {result.Path}; it rebuilds it at its next library request, as every node does.");
            return CliHost.Ok;
        }, cancellationToken));
        return new Command("library", "The virtual library.") { reindex };
    }
}
