using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Data;

/// <summary>
/// Lets ingests into a SQLite file take turns inside this process. SQLite admits one writer at a time, and
/// Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms before it retries, so two envelopes arriving
/// together wasted most of that sleep; queued here, the next one starts the moment the previous one commits.
/// On PostgreSQL nothing waits here: the collection's row lock orders writers and the server wakes the next at once.
/// </summary>
public sealed class SqliteWriteTurns : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);

    public void Dispose() => turn.Dispose();

    /// <summary>Waits for this process's turn to write when <paramref name="db"/> is SQLite; dispose the result to pass the turn on.</summary>
    internal async Task<IDisposable?> TakeAsync(ExchangeDb db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return null;
        }
        await turn.WaitAsync(cancellationToken);
        return new Release(turn);
    }

    private sealed class Release(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
