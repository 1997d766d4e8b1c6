using System.Collections.Concurrent;
using Comity.Hygiene.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Comity.Hygiene.Analytics;

/// <summary>What the campaign counts. Each is a number per day, country, language and page; never a visitor.</summary>
public static class Events
{
    public const string View = "view";
    public const string CheckCompleted = "check-completed";
    public const string ActionChosen = "action-chosen";
    public const string PasswordCheck = "password-check";
    public const string Report = "report";

    public static IReadOnlyList<string> All { get; } = [View, CheckCompleted, ActionChosen, PasswordCheck, Report];
}

/// <summary>One cell of the counters. Country is ISO 3166 alpha-2, or "ZZ" when the visitor did not say.</summary>
public readonly record struct CounterKey(DateOnly Day, string Country, string Language, string Page, string Event);

/// <summary>A stored counter row.</summary>
public sealed class DailyCounter
{
    public const string UnknownCountry = "ZZ";

    public DateOnly Day { get; set; }

    public string Country { get; set; } = UnknownCountry;

    public string Language { get; set; } = "en";

    public string Page { get; set; } = "";

    public string Event { get; set; } = "";

    public long Count { get; set; }
}

/// <summary>
/// Counts in memory and writes the sums every few seconds, so a page view costs one dictionary update rather than a
/// database write. A graceful shutdown writes what is left (see <see cref="CounterFlusher"/>).
/// </summary>
public sealed class CounterBuffer(TimeProvider clock)
{
    private ConcurrentDictionary<CounterKey, long> pending = new();

    public void Count(string country, string language, string page, string eventName)
    {
        var key = new CounterKey(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            country.Length == 2 ? country.ToUpperInvariant() : DailyCounter.UnknownCountry,
            Languages.IsSupported(language) ? language : "en",
            page.Length <= 60 ? page : page[..60],
            eventName);
        pending.AddOrUpdate(key, 1, (_, n) => n + 1);
    }

    /// <summary>Adds the buffered sums to the stored counters in one transaction; on failure they go back into the buffer.</summary>
    public async Task FlushAsync(HygieneDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var batch = Interlocked.Exchange(ref pending, new ConcurrentDictionary<CounterKey, long>());
        if (batch.IsEmpty)
        {
            return;
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var (key, count) in batch)
            {
                // The same statement works on SQLite and PostgreSQL, and two nodes adding at once both land.
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO hygiene_counters ("Day", "Country", "Language", "Page", "Event", "Count")
                    VALUES ({key.Day}, {key.Country}, {key.Language}, {key.Page}, {key.Event}, {count})
                    ON CONFLICT ("Day", "Country", "Language", "Page", "Event") DO UPDATE SET "Count" = hygiene_counters."Count" + excluded."Count"
                    """, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            foreach (var (key, count) in batch)
            {
                pending.AddOrUpdate(key, count, (_, n) => n + count);
            }
            throw;
        }
    }
}

/// <summary>Writes the buffered counters every five seconds and once more when the host stops.</summary>
internal sealed partial class CounterFlusher(CounterBuffer buffer, IServiceScopeFactory scopes, ILogger<CounterFlusher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes the rest.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await buffer.FlushAsync(scope.ServiceProvider.GetRequiredService<HygieneDb>(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFlushFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the campaign counters failed; they stay buffered and are retried.")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
