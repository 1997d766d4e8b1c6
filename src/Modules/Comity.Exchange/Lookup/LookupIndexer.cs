using System.Text.Json;
using Comity.Exchange.Data;
using Comity.Exchange.Patterning;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Lookup;

/// <summary>
/// Keeps the in-memory <see cref="ObservableIndex"/> current with the indicators in the database. Each lookup first
/// catches up with rows added since the last one (on any node), so a node always sees its own and its peers'
/// writes. The index may hold superseded or deleted versions: every hit is confirmed against the database, which
/// also applies TLP, so the index only has to never miss.
/// </summary>
internal sealed class LookupIndexer : IDisposable
{
    private const int Batch = 5_000;
    private readonly SemaphoreSlim gate = new(1, 1);
    private long lastSeq;

    public ObservableIndex Index { get; } = new();

    public void Dispose() => gate.Dispose();

    public async Task CatchUpAsync(ExchangeDb db, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var from = lastSeq;
                var rows = await db.Objects.AsNoTracking()
                    .Where(o => o.Seq > from && o.Type == "indicator")
                    .OrderBy(o => o.Seq).Take(Batch)
                    .Select(o => new { o.Seq, o.Json })
                    .ToListAsync(cancellationToken);
                if (rows.Count == 0)
                {
                    return;
                }
                Index.Apply(rows.Select(r => new IndicatorChange(r.Seq, ObservablesOf(r.Json))).Where(c => c.Observables!.Count > 0).ToList());
                lastSeq = rows[^1].Seq;
                if (rows.Count < Batch)
                {
                    return;
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The observables an indicator's STIX pattern names: its equality comparisons and its address ranges.</summary>
    public static IReadOnlyCollection<Observable> ObservablesOf(string indicatorJson)
    {
        using var document = JsonDocument.Parse(indicatorJson);
        var root = document.RootElement;
        if (!root.TryGetProperty("pattern_type", out var type) || type.GetString() != "stix"
            || !root.TryGetProperty("pattern", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return [];
        }
        var parsed = StixPattern.Parse(text.GetString()!);
        if (parsed.Pattern is not { } pattern)
        {
            return [];
        }
        return pattern.EqualityComparisons().Concat(pattern.SubsetComparisons())
            .Select(c => Observable.FromStix(c.ObjectType, c.Path, c.Value))
            .OfType<Observable>()
            .Distinct()
            .ToList();
    }
}
