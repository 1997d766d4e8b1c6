using Comity.Exchange.Objects;
using Comity.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Data;

/// <summary>
/// Gives rows stored before the by-id hash key existed (id_key 0, the migration's default) their key, in batches of
/// a few thousand, each its own transaction, so a stop half-way loses nothing and the next start-up goes on.
/// </summary>
internal sealed class IdKeyBackfill(ExchangeDb db) : IDataUpgrade
{
    private const int Batch = 5_000;

    public async Task UpgradeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var rows = await db.Objects.AsNoTracking().Where(o => o.IdKey == 0).OrderBy(o => o.Seq).Take(Batch)
                .Select(o => new { o.Seq, o.StixId }).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var row in rows)
            {
                var key = StoredObject.KeyOf(row.StixId);
                await db.Objects.Where(o => o.Seq == row.Seq).ExecuteUpdateAsync(s => s.SetProperty(o => o.IdKey, key), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
