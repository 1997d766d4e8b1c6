using System.Text.Json;
using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Objects;

/// <summary>
/// Adds objects to a collection: each object is checked on its own (one bad object never hides the
/// others), exact duplicates are ignored, new versions are kept side by side, and the accepted rows, the
/// status resource and the audit record commit in one transaction.
/// </summary>
public sealed class IngestObjects(
    ExchangeDb db,
    IOrganisationDirectory organisations,
    IPeopleDirectory people,
    IAuditLog audit,
    SqliteWriteTurns writeTurns,
    TimeProvider clock)
{
    /// <summary>Most objects one request may carry; larger feeds come in several envelopes.</summary>
    public const int MaxObjects = 10_000;

    /// <summary>
    /// Stores the acceptable objects of one request. For objects pulled from a federated peer
    /// (<paramref name="pulledFromPeer"/>), <c>x_comity_recipients</c> name the peer's organisations, which mean nothing
    /// here, so they are ignored: AMBER+STRICT and RED copies stay with the pulling centre alone and go no further.
    /// </summary>
    public async Task<IngestResult> IngestAsync(ExchangeCollection collection, ExchangeCaller caller, IReadOnlyList<JsonElement> elements,
        CancellationToken cancellationToken, bool pulledFromPeer = false)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(caller);
        var now = clock.GetUtcNow();
        var failures = new List<RejectedObject>();
        var candidates = new List<IncomingObject>(elements.Count);
        foreach (var element in elements)
        {
            var incoming = IncomingObjects.Read(element, collection.DefaultTlp, out var rejected, honourRecipients: !pulledFromPeer);
            rejected ??= ObjectRules.Check(incoming);
            if (rejected is null)
            {
                candidates.Add(incoming);
            }
            else
            {
                failures.Add(rejected);
            }
        }
        candidates = await DropUnknownRecipientsAsync(candidates, failures, cancellationToken);

        using var turn = await writeTurns.TakeAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lastAdded = await BulkObjectWriter.LockCollectionAsync(db, collection.Id, cancellationToken);
        var ids = candidates.Select(c => c.Id).Distinct().ToList();
        var existing = ids.Count == 0 ? [] : await db.Objects.AsNoTracking()
            .Where(o => o.CollectionId == collection.Id).WithStixIds(ids)
            .Select(o => new ExistingVersion(o.Seq, o.StixId, o.VersionMicros, o.IsFirst, o.IsLatest, o.Json))
            .ToListAsync(cancellationToken);
        var plan = VersionPlan.Build(candidates, existing, failures);

        var added = plan.Inserts.Count == 0 ? lastAdded + 1 : DateAdded.FirstOfBatch(ExchangeModel.ToMicros(now), lastAdded, plan.Inserts.Count);
        var rows = new List<StoredObject>(plan.Inserts.Count);
        foreach (var incoming in plan.Inserts)
        {
            rows.Add(new StoredObject(collection.Id, incoming, added++, caller.OrganisationId));
        }
        plan.SetFlags(rows);
        await BulkObjectWriter.AssignSeqsAsync(db, rows, cancellationToken);
        var recipients = rows.Zip(plan.Inserts)
            .SelectMany(pair => pair.Second.Recipients.Select(r => new ObjectRecipient(pair.First.Seq, r)))
            .ToList();
        await BulkObjectWriter.InsertAsync(db, rows, recipients, cancellationToken);
        await plan.DemoteExistingAsync(db, cancellationToken);
        if (rows.Count > 0)
        {
            await BulkObjectWriter.SetLastAddedAsync(db, collection.Id, added - 1, cancellationToken);
        }

        var successes = plan.Successes;
        var status = new IngestStatus(Guid.CreateVersion7(now), collection.Id, caller.OrganisationId, now,
            elements.Count, successes.Count, failures.Count, StatusDetails.Write(successes, failures));
        db.Statuses.Add(status);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(db, new AuditEvent(pulledFromPeer ? "exchange.objects.pulled" : "exchange.objects.added", "collection", collection.Id.ToString(),
            $"{rows.Count} new, {successes.Count - rows.Count} already present, {failures.Count} refused"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new IngestResult(status, successes, failures);
    }

    private async Task<List<IncomingObject>> DropUnknownRecipientsAsync(List<IncomingObject> candidates, List<RejectedObject> failures,
        CancellationToken cancellationToken)
    {
        var named = candidates.SelectMany(c => c.Recipients).Distinct().ToList();
        if (named.Count == 0)
        {
            return candidates;
        }
        var known = (await organisations.NamesAsync(named, cancellationToken)).Keys.ToHashSet();
        foreach (var id in named.Where(id => !known.Contains(id)))
        {
            if (await people.GetAsync(id, cancellationToken) is not null)
            {
                known.Add(id);
            }
        }
        var kept = new List<IncomingObject>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var unknown = candidate.Recipients.Where(r => !known.Contains(r)).ToList();
            if (unknown.Count == 0)
            {
                kept.Add(candidate);
            }
            else
            {
                failures.Add(new RejectedObject(candidate.Id, null,
                    $"{IncomingObjects.RecipientsProperty} names identity--{unknown[0]}, which is no organisation or person of this network."));
            }
        }
        return kept;
    }
}

/// <summary>
/// What one ingest did: the stored status resource, and the same accepted and refused objects in memory, so that callers
/// need not read back the JSON the status was just written as.
/// </summary>
/// <param name="Status">The status resource, as TAXII clients read it.</param>
/// <param name="Accepted">Objects now in the collection, new or already there, with their version (0 for unversioned objects).</param>
/// <param name="Refused">Objects refused, each with the reason.</param>
public sealed record IngestResult(IngestStatus Status, IReadOnlyList<(string Id, long Version)> Accepted, IReadOnlyList<RejectedObject> Refused);

/// <summary>A version already stored under one of the incoming ids.</summary>
internal sealed record ExistingVersion(long Seq, string StixId, long VersionMicros, bool IsFirst, bool IsLatest, string Json);
