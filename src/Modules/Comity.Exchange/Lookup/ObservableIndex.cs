namespace Comity.Exchange.Lookup;

/// <summary>One change for <see cref="ObservableIndex.Apply"/>: the indicator's new observable set, or null to remove it.</summary>
internal readonly record struct IndicatorChange(long Indicator, IReadOnlyCollection<Observable>? Observables);

/// <summary>
/// The in-memory index from observables to indicator keys, kept current as indicators arrive and go.
/// Readers never block: they read the current immutable <see cref="IndexSnapshot"/>. Writers take a lock, copy the
/// shards a change touches, and publish a new snapshot with one reference write, so a reader sees an indicator's
/// observable set either wholly old or wholly new. Thread-safe.
/// </summary>
internal sealed class ObservableIndex
{
    private readonly Lock writeLock = new();

    private readonly IndicatorKeys keysByIndicator = new();

    /// <summary>Distinct keys per prefix length, per family, to know which lengths a query has to probe.</summary>
    private readonly int[] v4LengthKeys = new int[129];
    private readonly int[] v6LengthKeys = new int[129];

    private IndexSnapshot current = IndexSnapshot.CreateEmpty();
    private int keyCount;
    private int filterAdds;

    /// <summary>The state readers use now; match a whole batch against one snapshot for a consistent answer.</summary>
    public IndexSnapshot Current => Volatile.Read(ref current);

    /// <summary>Number of indicators in the index.</summary>
    public int Count => Current.Count;

    /// <summary>Adds to <paramref name="hits"/> every indicator matching <paramref name="observable"/>; returns how many were added.</summary>
    public int Match(in Observable observable, ICollection<long> hits) => Current.Match(observable, hits);

    /// <summary>Replaces the observable set of <paramref name="indicator"/> (an empty set removes it).</summary>
    public void Upsert(long indicator, IReadOnlyCollection<Observable> observables) => Apply([new IndicatorChange(indicator, observables)]);

    /// <returns>False when the indicator was not in the index.</returns>
    public bool Remove(long indicator)
    {
        lock (writeLock)
        {
            if (!keysByIndicator.Contains(indicator))
            {
                return false;
            }
            ApplyLocked([new IndicatorChange(indicator, null)]);
            return true;
        }
    }

    /// <summary>Applies many changes and publishes them as one snapshot: the way to load the index at start-up.</summary>
    public void Apply(IEnumerable<IndicatorChange> changes)
    {
        var list = changes.ToList();
        foreach (var change in list)
        {
            foreach (var observable in change.Observables ?? [])
            {
                if (observable.Value is null || !Enum.IsDefined(observable.Kind))
                {
                    throw new ArgumentException($"indicator {change.Indicator} carries a default Observable; build observables with Observable.TryParse", nameof(changes));
                }
            }
        }
        lock (writeLock)
        {
            ApplyLocked(list);
        }
    }

    private void ApplyLocked(List<IndicatorChange> changes)
    {
        var snapshot = current;
        var filter = snapshot.Filter;
        var v4Map = snapshot.V4Map;
        var builders = new Dictionary<int, ShardBuilder>();
        ShardBuilder Builder(ulong hash)
        {
            var shard = IndexSnapshot.ShardOf(hash);
            if (!builders.TryGetValue(shard, out var builder))
            {
                builders[shard] = builder = new ShardBuilder(snapshot.Shards[shard]);
            }
            return builder;
        }

        foreach (var (indicator, observables) in changes)
        {
            var before = keysByIndicator.Get(indicator);
            var after = observables is null ? [] : observables.Select(o => IndexKey.Of(o)).Distinct().ToArray();
            foreach (var key in before.Except(after))
            {
                var hash = key.Hash;
                if (Builder(hash).Remove(key, hash, indicator))
                {
                    CountKey(key, -1);
                }
            }
            foreach (var key in after.Except(before))
            {
                var hash = key.Hash;
                if (Builder(hash).Add(key, hash, indicator))
                {
                    CountKey(key, +1);
                    filter.Add(hash);
                    if (key.Kind == ObservableKind.Ipv4)
                    {
                        v4Map.Add((uint)key.Low, key.Prefix - 96);
                    }
                    filterAdds++;
                }
            }
            keysByIndicator.Set(indicator, after);
        }

        var shards = (IndexShard[])snapshot.Shards.Clone();
        foreach (var (index, builder) in builders)
        {
            shards[index] = builder.Freeze();
        }
        if (filterAdds > filter.DesignKeys)
        {
            (filter, v4Map) = Rebuild(shards);
        }
        Volatile.Write(ref current, new IndexSnapshot(shards, filter, v4Map, Lengths(v4LengthKeys), Lengths(v6LengthKeys), keysByIndicator.Count));
    }

    private void CountKey(IndexKey key, int delta)
    {
        keyCount += delta;
        if (key.IsAddress)
        {
            (key.Kind == ObservableKind.Ipv4 ? v4LengthKeys : v6LengthKeys)[key.Prefix] += delta;
        }
    }

    /// <summary>
    /// A fresh filter once additions (including those of since-removed keys) outgrow the old one. Sized for a quarter
    /// more keys and rounded up to a power of two: small enough (2 MiB per million keys) to stay mostly in cache.
    /// </summary>
    private (ProbeFilter, V4LengthMap) Rebuild(IndexShard[] shards)
    {
        var filter = new ProbeFilter(Math.Max(keyCount + (keyCount / 4), 1024));
        var v4Map = new V4LengthMap();
        foreach (var shard in shards)
        {
            foreach (var (kind, text, _) in shard.TextEntries())
            {
                filter.Add(KeyHash.Text(kind, text));
            }
            foreach (var (address, prefix, _) in shard.AddressEntries())
            {
                filter.Add(KeyHash.Address((ulong)(address >> 64), (ulong)address, prefix));
                if (AddressText.IsV4(address, prefix))
                {
                    v4Map.Add((uint)address, prefix - 96);
                }
            }
        }
        filterAdds = keyCount;
        return (filter, v4Map);
    }

    private static int[] Lengths(int[] keysPerLength) => [.. Enumerable.Range(0, keysPerLength.Length).Where(l => keysPerLength[l] > 0)];
}
