namespace Comity.Exchange.Lookup;

/// <summary>
/// One immutable state of an <see cref="ObservableIndex"/>. Everything a query reads hangs off one snapshot, so a
/// batch matched against the same snapshot sees each indicator either wholly before or wholly after a write.
/// </summary>
internal sealed class IndexSnapshot
{
    public const int ShardBits = 12;

    /// <summary>
    /// A queried range finds the narrower keys inside it by probing each candidate when there are at most 2^8 per
    /// length, and otherwise by scanning every address key (about a millisecond per million).
    /// </summary>
    private const int EnumerationBits = 8;

    private readonly IndexShard[] shards;
    private readonly ProbeFilter filter;
    private readonly V4LengthMap v4Map;

    /// <summary>Prefix lengths (in the 128-bit space) that have at least one key, per family, ascending.</summary>
    private readonly int[] v4Lengths;
    private readonly int[] v6Lengths;

    public IndexSnapshot(IndexShard[] shards, ProbeFilter filter, V4LengthMap v4Map, int[] v4Lengths, int[] v6Lengths, int count)
    {
        this.shards = shards;
        this.filter = filter;
        this.v4Map = v4Map;
        this.v4Lengths = v4Lengths;
        this.v6Lengths = v6Lengths;
        Count = count;
    }

    /// <summary>A fresh empty state; never shared between indexes, since each writer adds to its filter in place.</summary>
    public static IndexSnapshot CreateEmpty() => new([.. Enumerable.Repeat(IndexShard.Empty, 1 << ShardBits)], new ProbeFilter(0), new V4LengthMap(), [], [], 0);

    /// <summary>Number of indicators in this snapshot.</summary>
    public int Count { get; }

    internal IndexShard[] Shards => shards;

    internal ProbeFilter Filter => filter;

    internal V4LengthMap V4Map => v4Map;

    internal static int ShardOf(ulong hash) => (int)(hash >> (64 - ShardBits));

    /// <summary>Adds to <paramref name="hits"/> every indicator matching <paramref name="observable"/>; returns how many were added.</summary>
    /// <remarks>An indicator matched through several of its observables is added once per observable: pass a set to collapse them.</remarks>
    public int Match(in Observable observable, ICollection<long> hits)
    {
        switch (observable.Kind)
        {
            case ObservableKind.Ipv4:
            case ObservableKind.Ipv6:
                return MatchAddress(new UInt128(observable.High, observable.Low), observable.Prefix, hits);
            case ObservableKind.Domain:
                return MatchDomain(observable.Value, hits);
            case ObservableKind.Url:
            case ObservableKind.Email:
                var added = MatchText(observable.Kind, observable.Value, hits);
                return added + (observable.HasAddress
                    ? MatchAddress(new UInt128(observable.High, observable.Low), observable.Prefix, hits)
                    : MatchDomain(observable.DomainPart, hits));
            case ObservableKind.Md5:
            case ObservableKind.Sha1:
            case ObservableKind.Sha256:
            case ObservableKind.Sha512:
                return MatchText(observable.Kind, observable.Value, hits);
            default:
                return 0;
        }
    }

    private int MatchText(ObservableKind kind, ReadOnlySpan<char> key, ICollection<long> hits)
    {
        var hash = KeyHash.Text(kind, key);
        return filter.MayContain(hash) && shards[ShardOf(hash)].FindText(hash, key) is { } ids ? ids.AddTo(hits) : 0;
    }

    /// <summary>The domain itself and each parent, label by label: <c>a.b.evil.example</c>, <c>b.evil.example</c>, …, <c>example</c>.</summary>
    private int MatchDomain(ReadOnlySpan<char> domain, ICollection<long> hits)
    {
        var added = 0;
        while (!domain.IsEmpty)
        {
            added += MatchText(ObservableKind.Domain, domain, hits);
            var dot = domain.IndexOf('.');
            domain = dot < 0 ? [] : domain[(dot + 1)..];
        }
        return added;
    }

    private int MatchAddress(UInt128 address, int prefix, ICollection<long> hits)
    {
        if (prefix == 128 && AddressText.IsV4(address, prefix))
        {
            return MatchV4Address((uint)address, hits);
        }
        var v4 = AddressText.IsV4(address, prefix);
        var lengths = v4 ? v4Lengths : v6Lengths;
        var added = 0;
        var scan = false;
        foreach (var length in lengths)
        {
            if (length <= prefix)
            {
                added += Probe(address & AddressText.Mask(length), length, hits);
            }
            else
            {
                scan |= length - prefix > EnumerationBits;
            }
        }
        if (scan)
        {
            return added + ScanInside(address, prefix, v4, hits);
        }
        foreach (var length in lengths)
        {
            if (length > prefix)
            {
                added += ProbeInside(address, prefix, length, v4, hits);
            }
        }
        return added;
    }

    /// <summary>The common case, a single IPv4 address: probe only the lengths its /16 block has keys for.</summary>
    private int MatchV4Address(uint v4, ICollection<long> hits)
    {
        var added = 0;
        for (var lengths = v4Map.LengthsFor(v4); lengths != 0; lengths &= lengths - 1)
        {
            var length = System.Numerics.BitOperations.TrailingZeroCount(lengths);
            var network = length == 0 ? 0 : v4 & (uint.MaxValue << (32 - length));
            added += Probe(0, (0xFFFFUL << 32) | network, 96 + length, hits);
        }
        return added;
    }

    private int Probe(UInt128 key, int length, ICollection<long> hits) => Probe((ulong)(key >> 64), (ulong)key, length, hits);

    private int Probe(ulong high, ulong low, int length, ICollection<long> hits)
    {
        var hash = KeyHash.Address(high, low, length);
        return filter.MayContain(hash) && shards[ShardOf(hash)].FindAddress(hash, high, low, length) is { } ids ? ids.AddTo(hits) : 0;
    }

    private int ProbeInside(UInt128 range, int prefix, int length, bool v4, ICollection<long> hits)
    {
        var added = 0;
        var step = UInt128.One << (128 - length);
        for (var i = 0; i < 1 << (length - prefix); i++)
        {
            var key = range + (step * (uint)i);
            // A v6 range next to ::ffff:0:0/96 could otherwise reach IPv4 keys, which are a separate family.
            if (AddressText.IsV4(key, length) == v4)
            {
                added += Probe(key, length, hits);
            }
        }
        return added;
    }

    private int ScanInside(UInt128 range, int prefix, bool v4, ICollection<long> hits)
    {
        var added = 0;
        foreach (var shard in shards)
        {
            if (shard.AddressCount > 0)
            {
                added += shard.AddInside(range, prefix, v4, hits);
            }
        }
        return added;
    }
}
