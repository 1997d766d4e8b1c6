using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Comity.Identity.Audit;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Objects;

internal enum DeleteOutcome
{
    Deleted,
    NotFound,
    Forbidden,
}

/// <summary>
/// Deletes versions of one object. The organisation that produced a version may delete it; so may those
/// who manage the API root's collections. Versions left behind get their first/latest flags back.
/// </summary>
internal static class DeleteObjects
{
    public static async Task<DeleteOutcome> DeleteAsync(ExchangeDb db, IAuditLog audit, VisibleCollection collection, ExchangeCaller caller,
        string objectId, VersionFilter versions, IReadOnlyList<string> specVersions, CancellationToken cancellationToken)
    {
        var query = new ObjectQuery(null, int.MaxValue - 1, [objectId], [], versions, specVersions);
        var targets = await ReadObjects.Filtered(db, collection.Collection.Id, caller, collection.Access, query)
            .Select(o => new { o.Seq, o.ProducerOrganisationId }).ToListAsync(cancellationToken);
        if (targets.Count == 0)
        {
            return DeleteOutcome.NotFound;
        }
        var manages = caller.ManagesCollectionsOf(collection.Root);
        if (!manages && (!collection.Access.CanWrite || targets.Any(t => t.ProducerOrganisationId != caller.OrganisationId)))
        {
            return DeleteOutcome.Forbidden;
        }
        var seqs = targets.Select(t => t.Seq).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Objects.Where(o => seqs.Contains(o.Seq)).ExecuteDeleteAsync(cancellationToken);
        var remaining = await db.Objects.Where(o => o.CollectionId == collection.Collection.Id).WithStixId(objectId)
            .Select(o => new { o.Seq, o.VersionMicros }).ToListAsync(cancellationToken);
        if (remaining.Count > 0)
        {
            var first = remaining.MinBy(r => r.VersionMicros)!.Seq;
            var last = remaining.MaxBy(r => r.VersionMicros)!.Seq;
            await db.Objects.Where(o => o.Seq == first).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsFirst, true), cancellationToken);
            await db.Objects.Where(o => o.Seq == last).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsLatest, true), cancellationToken);
        }
        await audit.RecordAsync(db, new AuditEvent("exchange.object.deleted", "stix-object", objectId,
            $"{seqs.Count} version(s) deleted from collection {collection.Collection.Id}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DeleteOutcome.Deleted;
    }
}
