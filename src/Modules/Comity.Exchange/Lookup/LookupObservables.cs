using System.Text.Json;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Lookup;

/// <summary>One observable to look up; <see cref="Kind"/> (ipv4, ipv6, domain, url, email, md5, sha1, sha256, sha512) is guessed when absent.</summary>
public sealed record LookupItem(string? Value, string? Kind);

/// <summary>Observables to look up; with <see cref="RecordSightings"/> each matched indicator also gets the caller's sighting.</summary>
public sealed record LookupBody(List<LookupItem>? Observables, bool? RecordSightings = null);

/// <summary>An indicator that matched, as far as the caller may see it.</summary>
public sealed record LookupMatch(string Id, string? Name, string Pattern, string Tlp, string ApiRoot, Guid Collection, string Modified);

public sealed record LookupResult(string Value, string? Kind, string? Error, IReadOnlyList<LookupMatch> Matches);

/// <summary>The matches per observable, and the sightings recorded when they were asked for.</summary>
public sealed record LookupResponse(int Observables, int Matched, IReadOnlyList<LookupResult> Results, IReadOnlyList<RecordedSighting>? Sightings = null);

/// <summary>
/// Matches a batch of observables against every indicator the caller may see: the in-memory index proposes,
/// the database confirms (latest version only) and applies TLP per collection.
/// </summary>
internal static class LookupObservables
{
    public const int MaxObservables = 10_000;

    public static async Task<Outcome<LookupResponse>> HandleAsync(ExchangeCaller caller, LookupBody body, ExchangeDb db, ApiRoots roots,
        LookupIndexer indexer, IngestObjects ingest, TimeProvider clock, CancellationToken cancellationToken)
    {
        var items = body.Observables ?? [];
        if (items.Count is 0 or > MaxObservables)
        {
            return Outcome<LookupResponse>.Invalid("observables", $"Send between 1 and {MaxObservables} observables.");
        }
        await indexer.CatchUpAsync(db, cancellationToken);
        var parsed = new List<(LookupItem Item, Observable? Observable, string? Error, List<long> Hits)>(items.Count);
        foreach (var item in items)
        {
            ObservableKind? hint = null;
            if (item.Kind is { Length: > 0 } kindText)
            {
                if (!Enum.TryParse<ObservableKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                {
                    parsed.Add((item, null, $"Unknown kind '{kindText}'.", []));
                    continue;
                }
                hint = kind;
            }
            if (!Observable.TryParse(item.Value ?? "", hint, out var observable, out var error))
            {
                parsed.Add((item, null, error, []));
                continue;
            }
            var hits = new List<long>();
            indexer.Index.Match(observable, hits);
            parsed.Add((item, observable, null, hits));
        }
        var visible = await ConfirmAsync(caller, parsed.SelectMany(p => p.Hits).ToHashSet(), db, roots, cancellationToken);
        var matched = parsed.Select(p => p.Hits.Distinct().Where(visible.ContainsKey).ToList()).ToList();
        var results = parsed.Zip(matched, (p, hits) => new LookupResult(
            p.Item.Value ?? "", p.Observable?.Kind.ToString().ToLowerInvariant(), p.Error,
            hits.Select(h => visible[h].Match).ToList())).ToList();
        IReadOnlyList<RecordedSighting>? sightings = null;
        if (body.RecordSightings == true)
        {
            var sighted = matched.SelectMany(hits => hits).GroupBy(h => h).Select(g => (Hit: visible[g.Key], Observables: g.Count()))
                .Select(s => new SightedIndicator(s.Hit.Match.Id, s.Hit.Match.Collection, s.Hit.Tlp, s.Hit.Producer, s.Observables)).ToList();
            sightings = await RecordSightings.RecordAsync(caller, sighted, db, roots, ingest, clock, cancellationToken);
        }
        return Outcome<LookupResponse>.Ok(new LookupResponse(results.Count, results.Count(r => r.Matches.Count > 0), results, sightings));
    }

    private static async Task<Dictionary<long, ConfirmedHit>> ConfirmAsync(ExchangeCaller caller, HashSet<long> hits, ExchangeDb db, ApiRoots roots,
        CancellationToken cancellationToken)
    {
        var confirmed = new Dictionary<long, ConfirmedHit>();
        if (hits.Count == 0)
        {
            return confirmed;
        }
        var seqs = hits.ToList();
        var byCollection = await db.Objects.AsNoTracking().Where(o => seqs.Contains(o.Seq) && o.IsLatest)
            .Select(o => new { o.Seq, o.CollectionId }).ToListAsync(cancellationToken);
        var collectionIds = byCollection.Select(o => o.CollectionId).Distinct().ToList();
        var collections = await db.Collections.AsNoTracking().Where(c => collectionIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var group in byCollection.GroupBy(o => o.CollectionId))
        {
            var collection = collections[group.Key];
            if (await roots.ForCentreAsync(collection.CentreId, cancellationToken) is not { } root)
            {
                continue;
            }
            var access = caller.AccessTo(collection, root);
            var ids = group.Select(g => g.Seq).ToList();
            var rows = await db.Objects.AsNoTracking().Where(o => ids.Contains(o.Seq)).VisibleTo(db, caller, access)
                .Select(o => new { o.Seq, o.StixId, o.Tlp, o.VersionMicros, o.ProducerOrganisationId, o.Json }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                using var document = JsonDocument.Parse(row.Json);
                var json = document.RootElement;
                confirmed[row.Seq] = new ConfirmedHit(new LookupMatch(row.StixId,
                    json.TryGetProperty("name", out var name) ? name.GetString() : null,
                    json.GetProperty("pattern").GetString()!, row.Tlp.Label(), root.Slug, collection.Id, StixVersions.Format(row.VersionMicros)),
                    row.Tlp, row.ProducerOrganisationId);
            }
        }
        return confirmed;
    }
}

/// <summary>A match the caller may see, with what a sighting of it needs.</summary>
internal sealed record ConfirmedHit(LookupMatch Match, Tlp Tlp, Guid Producer);
