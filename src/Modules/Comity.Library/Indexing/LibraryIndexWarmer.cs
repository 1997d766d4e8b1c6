using Comity.Library.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Comity.Library.Indexing;

/// <summary>
/// Brings the index up to date once when the web host starts, in the background, so that the first search after a
/// restart (or on a new node, which rebuilds from the database) does not wait for it.
/// </summary>
internal sealed class LibraryIndexWarmer(IServiceScopeFactory scopes, LibraryIndexKeeper keeper, ILogger<LibraryIndexWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await keeper.CurrentAsync(scope.ServiceProvider.GetRequiredService<LibraryDb>(), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Searches retry on their own; the log says why the index is not ready.
            logger.LogError(e, "The library index at {Path} could not be brought up to date", keeper.Path);
        }
    }
}
