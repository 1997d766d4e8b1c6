namespace Comity.Exchange.Lookup;

/// <summary>The indicators on one key: one id inline, or all of them in <see cref="Many"/> when there are several.</summary>
internal readonly record struct IndicatorIds(long One, long[]? Many)
{
    public int AddTo(ICollection<long> hits)
    {
        if (Many is null)
        {
            hits.Add(One);
            return 1;
        }
        foreach (var id in Many)
        {
            hits.Add(id);
        }
        return Many.Length;
    }

    public IEnumerable<long> All => Many ?? [One];

    /// <summary>A new value; the arrays of published slots are shared with readers and never written.</summary>
    public IndicatorIds With(long id) => new(0, Many is null ? [One, id] : [.. Many, id]);

    /// <returns>False when <paramref name="id"/> was the last one, leaving nothing.</returns>
    public bool TryWithout(long id, out IndicatorIds rest)
    {
        rest = this;
        if (Many is null)
        {
            return One != id;
        }
        var left = Array.FindAll(Many, x => x != id);
        rest = left.Length == 1 ? new(left[0], null) : new(0, left);
        return true;
    }
}

internal struct TextSlot
{
    /// <summary>0 marks an empty slot; a real hash never is 0 because its low bits hold the kind.</summary>
    public ulong Hash;
    public string Text;
    public IndicatorIds Ids;
}

internal struct AddressSlot
{
    public ulong High;
    public ulong Low;
    public IndicatorIds Ids;

    /// <summary>-1 marks an empty slot.</summary>
    public int Prefix;
}

/// <summary>
/// One immutable shard of the index: open-addressing tables (linear probing, load at most 3/4) for text keys and
/// address keys. A writer never changes a published shard; it builds a replacement with <see cref="ShardBuilder"/>.
/// </summary>
internal sealed class IndexShard
{
    public static readonly IndexShard Empty = new([new TextSlot()], [new AddressSlot { Prefix = -1 }], 0, 0);

    private readonly TextSlot[] text;
    private readonly AddressSlot[] addresses;

    private IndexShard(TextSlot[] text, AddressSlot[] addresses, int textCount, int addressCount)
    {
        this.text = text;
        this.addresses = addresses;
        TextCount = textCount;
        AddressCount = addressCount;
    }

    public int TextCount { get; }

    public int AddressCount { get; }

    public long Bytes => (text.Length * 32L) + (addresses.Length * 40L);

    public IndicatorIds? FindText(ulong hash, ReadOnlySpan<char> key)
    {
        var mask = text.Length - 1;
        for (var i = (int)(hash >> 4) & mask; ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref text[i];
            if (slot.Hash == hash && key.SequenceEqual(slot.Text))
            {
                return slot.Ids;
            }
            if (slot.Hash == 0)
            {
                return null;
            }
        }
    }

    public IndicatorIds? FindAddress(ulong hash, ulong high, ulong low, int prefix)
    {
        var mask = addresses.Length - 1;
        for (var i = (int)(hash >> 4) & mask; ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref addresses[i];
            if (slot.Prefix == prefix && slot.Low == low && slot.High == high)
            {
                return slot.Ids;
            }
            if (slot.Prefix < 0)
            {
                return null;
            }
        }
    }

    /// <summary>Every address key strictly inside <paramref name="range"/>/<paramref name="prefix"/> of the given family: a queried range's narrower overlaps.</summary>
    public int AddInside(UInt128 range, int prefix, bool v4, ICollection<long> hits)
    {
        var added = 0;
        var mask = AddressText.Mask(prefix);
        foreach (ref readonly var slot in addresses.AsSpan())
        {
            if (slot.Prefix > prefix)
            {
                var address = new UInt128(slot.High, slot.Low);
                if ((address & mask) == range && AddressText.IsV4(address, slot.Prefix) == v4)
                {
                    added += slot.Ids.AddTo(hits);
                }
            }
        }
        return added;
    }

    public IEnumerable<(ObservableKind Kind, string Text, IndicatorIds Ids)> TextEntries()
    {
        foreach (var slot in text)
        {
            if (slot.Hash != 0)
            {
                yield return ((ObservableKind)(slot.Hash & 0xF), slot.Text, slot.Ids);
            }
        }
    }

    public IEnumerable<(UInt128 Address, int Prefix, IndicatorIds Ids)> AddressEntries()
    {
        foreach (var slot in addresses)
        {
            if (slot.Prefix >= 0)
            {
                yield return (new UInt128(slot.High, slot.Low), slot.Prefix, slot.Ids);
            }
        }
    }

    internal TextSlot[] TextSlots => text;

    internal AddressSlot[] AddressSlots => addresses;

    /// <summary>Wraps tables a <see cref="ShardBuilder"/> filled; from here on nobody writes them.</summary>
    internal static IndexShard Frozen(TextSlot[] text, AddressSlot[] addresses, int textCount, int addressCount) =>
        textCount == 0 && addressCount == 0 ? Empty : new IndexShard(text, addresses, textCount, addressCount);

    /// <summary>A power of two with at least one free slot and load at most 3/4, so probes always end.</summary>
    internal static int Capacity(int count) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, (count * 4 / 3) + 1));
}
