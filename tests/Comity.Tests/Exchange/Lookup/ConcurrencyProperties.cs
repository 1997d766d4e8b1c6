using Comity.Exchange.Lookup;
using CsCheck;

namespace Comity.Tests.Exchange.Lookup;

/// <summary>
/// A writer applies a random script of upserts and removals while readers query. Every observable set in the script
/// is a "bundle" k of three observables that always travel together (a domain, an IPv4 address and a SHA-256), so
/// within one snapshot the three must hit exactly the same indicators: a reader that saw half an upsert would not.
/// </summary>
public sealed class ConcurrencyProperties
{
    private const int Bundles = 6;

    private static readonly Observable[][] Bundle =
    [
        .. Enumerable.Range(0, Bundles).Select(k => new[]
        {
            LookupGen.Parse($"host{k}.example"),
            LookupGen.Parse($"192.0.2.{k}"),
            LookupGen.Parse(string.Concat(Enumerable.Repeat($"{k:x2}", 32))),
        }),
    ];

    [Fact]
    public void Readers_never_see_half_an_upsert_and_the_index_ends_in_the_state_of_the_last_writes()
    {
        // Each step: an indicator 1-20, and a bundle for it, or -1 to remove it.
        var script = Gen.Select(Gen.Long[1, 20], Gen.Int[-1, Bundles - 1]).Array[50, 400];
        script.Sample(steps =>
        {
            var index = new ObservableIndex();
            using var done = new CancellationTokenSource();
            var failures = new List<string>();
            var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() => Read(index, failures, done.Token))).ToArray();
            var model = new Dictionary<long, int>();
            foreach (var (id, bundle) in steps)
            {
                if (bundle < 0)
                {
                    Assert.Equal(model.Remove(id), index.Remove(id));
                }
                else
                {
                    index.Upsert(id, Bundle[bundle]);
                    model[id] = bundle;
                }
            }
            done.Cancel();
            Task.WaitAll(readers);
            Assert.Empty(failures);
            Assert.Equal(model.Count, index.Count);
            for (var k = 0; k < Bundles; k++)
            {
                var expected = model.Where(m => m.Value == k).Select(m => m.Key).Order();
                foreach (var observable in Bundle[k])
                {
                    Assert.Equal(expected, LookupProperties.Hits(index, observable));
                }
            }
        }, iter: 40, threads: 1);
    }

    private static void Read(ObservableIndex index, List<string> failures, CancellationToken done)
    {
        var hits = new HashSet<long>();
        var first = new HashSet<long>();
        var rounds = 0;
        // At least a few rounds even if the writer finishes before this task starts.
        while (!done.IsCancellationRequested || rounds < 3)
        {
            rounds++;
            var snapshot = index.Current;
            for (var k = 0; k < Bundles; k++)
            {
                first.Clear();
                snapshot.Match(Bundle[k][0], first);
                foreach (var observable in Bundle[k].Skip(1))
                {
                    hits.Clear();
                    snapshot.Match(observable, hits);
                    if (!hits.SetEquals(first))
                    {
                        lock (failures)
                        {
                            failures.Add($"bundle {k}: {Bundle[k][0]} hit [{string.Join(',', first)}] but {observable} hit [{string.Join(',', hits)}]");
                        }
                    }
                }
            }
        }
    }
}
