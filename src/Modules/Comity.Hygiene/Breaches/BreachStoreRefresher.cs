using Microsoft.Extensions.Hosting;

namespace Comity.Hygiene.Breaches;

/// <summary>
/// Picks up a store that <c>comity passwords import</c> (a separate process) has renamed into place, by polling the
/// files' size and modification time; polling is used rather than a file watcher because it also works on network
/// and container-mounted volumes.
/// </summary>
internal sealed class BreachStoreRefresher(BreachStores stores, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            stores.Refresh();
        }
    }
}
