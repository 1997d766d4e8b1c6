using System.Text.Json;
using Comity.Exchange.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Objects;

/// <summary>
/// Decides, for one batch, which objects are new versions, which are exact duplicates (accepted, not
/// stored twice) and which clash with a stored version of the same id and version; then keeps the
/// first/latest flags of every version of the ids involved right.
/// </summary>
internal sealed class VersionPlan
{
    private readonly Dictionary<string, List<ExistingVersion>> existingById;
    private readonly List<long> demoteLatest = [];
    private readonly List<long> demoteFirst = [];

    private VersionPlan(Dictionary<string, List<ExistingVersion>> existingById) => this.existingById = existingById;

    public List<IncomingObject> Inserts { get; } = [];

    public List<(string Id, long Version)> Successes { get; } = [];

    public static VersionPlan Build(IReadOnlyList<IncomingObject> candidates, IReadOnlyList<ExistingVersion> existing, List<RejectedObject> failures)
    {
        var plan = new VersionPlan(existing.GroupBy(e => e.StixId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));
        var accepted = new Dictionary<(string, long), IncomingObject>();
        var acceptedUnversioned = new Dictionary<string, List<IncomingObject>>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (candidate.VersionMicros is not { } version)
            {
                // Unversioned objects (most cyber-observables): a new content is a new version; the same content a duplicate.
                var siblings = acceptedUnversioned.GetValueOrDefault(candidate.Id);
                if (plan.SameContentStored(candidate) || (siblings?.Exists(a => JsonElement.DeepEquals(a.Element, candidate.Element)) ?? false))
                {
                    plan.Successes.Add((candidate.Id, 0));
                    continue;
                }
                if (siblings is null)
                {
                    acceptedUnversioned[candidate.Id] = [candidate];
                }
                else
                {
                    siblings.Add(candidate);
                }
                plan.Inserts.Add(candidate);
                plan.Successes.Add((candidate.Id, 0));
                continue;
            }
            var key = (candidate.Id, version);
            var stored = plan.existingById.GetValueOrDefault(candidate.Id)?.Find(e => e.VersionMicros == version);
            var sibling = accepted.GetValueOrDefault(key);
            var same = stored is not null ? SameJson(stored.Json, candidate.Element) : sibling is not null && JsonElement.DeepEquals(sibling.Element, candidate.Element);
            if (stored is null && sibling is null)
            {
                accepted[key] = candidate;
                plan.Inserts.Add(candidate);
                plan.Successes.Add(key);
            }
            else if (same)
            {
                plan.Successes.Add(key);
            }
            else
            {
                failures.Add(new RejectedObject(candidate.Id, StixVersions.Format(version),
                    "A different object with this id and version is already in the collection; a change needs a new 'modified' timestamp."));
            }
        }
        return plan;
    }

    /// <summary>Sets first/latest on the new rows and records which stored rows lose either flag.</summary>
    public void SetFlags(IReadOnlyList<StoredObject> rows)
    {
        foreach (var group in rows.GroupBy(r => r.StixId))
        {
            var stored = existingById.GetValueOrDefault(group.Key) ?? [];
            var all = stored.Select(s => s.VersionMicros).Concat(group.Select(r => r.VersionMicros)).ToList();
            var (first, last) = (all.Min(), all.Max());
            // Equal versions only happen for unversioned objects, whose version is their unique date_added.
            foreach (var row in group)
            {
                row.SetFlags(row.VersionMicros == first && stored.All(s => s.VersionMicros > first), row.VersionMicros == last);
            }
            demoteLatest.AddRange(stored.Where(s => s.IsLatest && s.VersionMicros < last).Select(s => s.Seq));
            demoteFirst.AddRange(stored.Where(s => s.IsFirst && s.VersionMicros > first).Select(s => s.Seq));
        }
    }

    public async Task DemoteExistingAsync(ExchangeDb db, CancellationToken cancellationToken)
    {
        if (demoteLatest.Count > 0)
        {
            await db.Objects.Where(o => demoteLatest.Contains(o.Seq)).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsLatest, false), cancellationToken);
        }
        if (demoteFirst.Count > 0)
        {
            await db.Objects.Where(o => demoteFirst.Contains(o.Seq)).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsFirst, false), cancellationToken);
        }
    }

    private bool SameContentStored(IncomingObject candidate) =>
        existingById.GetValueOrDefault(candidate.Id)?.Any(e => SameJson(e.Json, candidate.Element)) ?? false;

    private static bool SameJson(string stored, JsonElement incoming)
    {
        using var document = JsonDocument.Parse(stored);
        return JsonElement.DeepEquals(document.RootElement, incoming);
    }
}

/// <summary>Version timestamps as STIX writes them: milliseconds when that is exact, microseconds otherwise.</summary>
internal static class StixVersions
{
    public static string Format(long micros)
    {
        var text = ExchangeModel.TaxiiTimestamp(micros);
        return micros % 1000 == 0 ? string.Concat(text.AsSpan(0, text.Length - 4), "Z") : text;
    }
}
