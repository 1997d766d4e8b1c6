using Comity.Exchange.Lookup;
using CsCheck;

namespace Comity.Tests.Exchange.Lookup;

/// <summary>The index against <see cref="ReferenceMatcher"/> on random indicators, queries and change sequences.</summary>
public sealed class LookupProperties
{
    [Fact]
    public void A_random_index_answers_every_query_as_the_brute_force_matcher_does()
    {
        Gen.Select(LookupGen.Indicators, LookupGen.Observable.Array[1, 20]).Sample((indicators, queries) =>
        {
            var index = new ObservableIndex();
            var model = new Dictionary<long, Observable[]>();
            foreach (var (id, observables) in indicators)
            {
                index.Upsert(id, observables);
                Set(model, id, observables);
            }
            Assert.Equal(model.Count, index.Count);
            foreach (var query in queries)
            {
                Assert.Equal(ReferenceMatcher.Match(model, query), Hits(index, query));
            }
        }, iter: 3000);
    }

    [Fact]
    public void Upserts_and_removals_in_any_order_leave_the_same_answers_as_the_brute_force_matcher()
    {
        var change = Gen.Select(Gen.Long[1, 8], LookupGen.Observable.Array[0, 3], Gen.Int[0, 3],
            (id, observables, remove) => new IndicatorChange(id, remove == 0 ? null : observables));
        Gen.Select(change.Array[1, 6].Array[1, 6], LookupGen.Observable.Array[1, 12]).Sample((batches, queries) =>
        {
            var index = new ObservableIndex();
            var model = new Dictionary<long, Observable[]>();
            foreach (var batch in batches)
            {
                if (batch.Length == 1 && batch[0].Observables is null)
                {
                    Assert.Equal(model.Remove(batch[0].Indicator), index.Remove(batch[0].Indicator));
                    continue;
                }
                index.Apply(batch);
                foreach (var (id, observables) in batch)
                {
                    Set(model, id, [.. observables ?? []]);
                }
            }
            Assert.Equal(model.Count, index.Count);
            foreach (var query in queries)
            {
                Assert.Equal(ReferenceMatcher.Match(model, query), Hits(index, query));
            }
        }, iter: 2000);
    }

    [Fact]
    public void A_canonical_value_parses_back_to_the_same_observable()
    {
        LookupGen.Observable.Sample(observable =>
            Observable.TryParse(observable.Value, observable.Kind, out var again, out _) && again == observable
            && (IsBareWord(observable) || (Observable.TryParse(observable.Value, null, out var detected, out _) && detected == observable)));
    }

    [Fact]
    public void A_queried_range_finds_the_same_addresses_whether_it_probes_or_scans()
    {
        // /24 against /32 keys probes 256 candidates; /23 and wider scan; both must agree with the reference.
        var hosts = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 255], (c, d) => LookupGen.Parse($"10.0.{c}.{d}")).Array[1, 40];
        var ranges = Gen.Select(Gen.Int[0, 3], Gen.Int[16, 32], (c, length) => LookupGen.Parse($"10.0.{c}.0/{Math.Min(length, 24)}"));
        Gen.Select(hosts, ranges).Sample((addresses, range) =>
        {
            var index = new ObservableIndex();
            var model = new Dictionary<long, Observable[]>();
            for (var i = 0; i < addresses.Length; i++)
            {
                index.Upsert(i, [addresses[i]]);
                model[i] = [addresses[i]];
            }
            Assert.Equal(ReferenceMatcher.Match(model, range), Hits(index, range));
        }, iter: 500);
    }

    /// <summary>Detection needs a dot to call something a domain.</summary>
    private static bool IsBareWord(Observable observable) => observable.Kind == ObservableKind.Domain && !observable.Value.Contains('.', StringComparison.Ordinal);

    internal static SortedSet<long> Hits(ObservableIndex index, Observable query)
    {
        var hits = new HashSet<long>();
        index.Match(query, hits);
        return [.. hits];
    }

    private static void Set(Dictionary<long, Observable[]> model, long id, Observable[] observables)
    {
        if (observables.Length == 0)
        {
            model.Remove(id);
        }
        else
        {
            model[id] = observables;
        }
    }
}
