using Comity.Exchange.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Comity.Exchange.Federation;

/// <summary>Runs due pulls on a schedule. Every node may run it: the lease on each subscription keeps pulls single.</summary>
internal sealed class FederationWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<FederationWorker> log)
    : BackgroundService
{
    private readonly string node = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Exchange:Federation:Worker", true))
        {
            return;
        }
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Exchange:Federation:PollSeconds", 15));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                log.LogError(exception, "Federation round failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ExchangeDb>();
        var now = clock.GetUtcNow();
        var due = await db.Subscriptions.AsNoTracking().Where(s => s.NextAttemptAt <= now).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await using var pullScope = scopes.CreateAsyncScope();
            await pullScope.ServiceProvider.GetRequiredService<FederationPuller>().PullAsync(id, maxPages: 100, node, cancellationToken);
        }
    }
}
