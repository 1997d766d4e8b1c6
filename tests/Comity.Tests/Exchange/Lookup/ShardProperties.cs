using Comity.Exchange.Lookup;
using CsCheck;

namespace Comity.Tests.Exchange.Lookup;

/// <summary>
/// One shard driven hard: a few hundred keys in a single table, so that probe runs form and deletions shift
/// entries back, checked against a dictionary after each batch, and each frozen shard checked again after later
/// batches to show that a builder never writes a published table.
/// </summary>
public sealed class ShardProperties
{
    private static readonly IndexKey[] Keys =
    [
        .. Enumerable.Range(0, 150).Select(i => IndexKey.Of(LookupGen.Parse($"k{i}.example"))),
        .. Enumerable.Range(0, 150).Select(i => IndexKey.Of(LookupGen.Parse($"10.0.{i % 3}.{i}/{(i % 2 == 0 ? 32 : 31)}"))),
    ];

    [Fact]
    public void A_shard_edited_in_batches_holds_exactly_what_a_dictionary_holds_and_frozen_shards_never_change()
    {
        // Adds outnumber removals two to one so tables grow, fill and then thin out again.
        var operation = Gen.Select(Gen.Int[0, Keys.Length - 1], Gen.Long[1, 3], Gen.Int[0, 2]);
        operation.Array[1, 300].Array[1, 5].Sample(batches =>
        {
            var shard = IndexShard.Empty;
            var model = new Dictionary<IndexKey, HashSet<long>>();
            var published = new List<(IndexShard Shard, Dictionary<IndexKey, HashSet<long>> Model)>();
            foreach (var batch in batches)
            {
                var builder = new ShardBuilder(shard);
                foreach (var (k, indicator, op) in batch)
                {
                    var key = Keys[k];
                    var ids = model.TryGetValue(key, out var set) ? set : model[key] = [];
                    if (op == 0)
                    {
                        if (ids.Remove(indicator))
                        {
                            Assert.Equal(ids.Count == 0, builder.Remove(key, key.Hash, indicator));
                        }
                    }
                    else if (ids.Add(indicator))
                    {
                        Assert.Equal(ids.Count == 1, builder.Add(key, key.Hash, indicator));
                    }
                }
                shard = builder.Freeze();
                published.Add((shard, model.ToDictionary(m => m.Key, m => m.Value.ToHashSet())));
            }
            foreach (var (frozen, expected) in published)
            {
                Assert.Equal(expected.Count(e => e.Value.Count > 0 && !e.Key.IsAddress), frozen.TextCount);
                Assert.Equal(expected.Count(e => e.Value.Count > 0 && e.Key.IsAddress), frozen.AddressCount);
                foreach (var key in Keys)
                {
                    long[] want = expected.TryGetValue(key, out var set) ? [.. set.Order()] : [];
                    Assert.Equal(want, Find(frozen, key).Order());
                }
            }
        }, iter: 300);
    }

    private static IEnumerable<long> Find(IndexShard shard, IndexKey key)
    {
        var ids = key.IsAddress ? shard.FindAddress(key.Hash, key.High, key.Low, key.Prefix) : shard.FindText(key.Hash, key.Text);
        return ids?.All ?? [];
    }
}
