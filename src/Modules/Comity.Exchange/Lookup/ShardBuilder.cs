namespace Comity.Exchange.Lookup;

/// <summary>
/// A private copy of one shard's tables that a write batch edits in place before freezing it into a new
/// <see cref="IndexShard"/>. A table is copied on its first write (or regrown), so the published shard is never touched.
/// Deletion shifts later entries of the probe run back instead of leaving tombstones.
/// </summary>
internal sealed class ShardBuilder(IndexShard source)
{
    private TextSlot[] text = source.TextSlots;
    private AddressSlot[] addresses = source.AddressSlots;
    private int textCount = source.TextCount;
    private int addressCount = source.AddressCount;
    private bool textOwned;
    private bool addressesOwned;

    /// <returns>True when the key is new to the shard.</returns>
    public bool Add(IndexKey key, ulong hash, long indicator) =>
        key.IsAddress ? AddAddress(key, hash, indicator) : AddText(key, hash, indicator);

    /// <returns>True when the key has no indicator left and is gone from the shard.</returns>
    public bool Remove(IndexKey key, ulong hash, long indicator) =>
        key.IsAddress ? RemoveAddress(key, hash, indicator) : RemoveText(key, hash, indicator);

    public IndexShard Freeze() => IndexShard.Frozen(text, addresses, textCount, addressCount);

    private bool AddText(IndexKey key, ulong hash, long indicator)
    {
        var i = FindText(hash, key.Text!);
        if (text[i].Hash != 0)
        {
            OwnText(text.Length);
            text[i].Ids = text[i].Ids.With(indicator);
            return false;
        }
        if (IndexShard.Capacity(textCount + 1) > text.Length)
        {
            OwnText(IndexShard.Capacity(textCount + 1));
            i = FindText(hash, key.Text!);
        }
        else
        {
            OwnText(text.Length);
        }
        text[i] = new TextSlot { Hash = hash, Text = key.Text!, Ids = new IndicatorIds(indicator, null) };
        textCount++;
        return true;
    }

    private bool RemoveText(IndexKey key, ulong hash, long indicator)
    {
        var i = FindText(hash, key.Text!);
        if (text[i].Hash == 0)
        {
            return false;
        }
        OwnText(text.Length);
        if (text[i].Ids.TryWithout(indicator, out var rest))
        {
            text[i].Ids = rest;
            return false;
        }
        var mask = text.Length - 1;
        for (var j = (i + 1) & mask; text[j].Hash != 0; j = (j + 1) & mask)
        {
            if (!StaysPut(i, j, (int)(text[j].Hash >> 4) & mask))
            {
                text[i] = text[j];
                i = j;
            }
        }
        text[i] = default;
        textCount--;
        return true;
    }

    private bool AddAddress(IndexKey key, ulong hash, long indicator)
    {
        var i = FindAddress(hash, key);
        if (addresses[i].Prefix >= 0)
        {
            OwnAddresses(addresses.Length);
            addresses[i].Ids = addresses[i].Ids.With(indicator);
            return false;
        }
        if (IndexShard.Capacity(addressCount + 1) > addresses.Length)
        {
            OwnAddresses(IndexShard.Capacity(addressCount + 1));
            i = FindAddress(hash, key);
        }
        else
        {
            OwnAddresses(addresses.Length);
        }
        addresses[i] = new AddressSlot { High = key.High, Low = key.Low, Prefix = key.Prefix, Ids = new IndicatorIds(indicator, null) };
        addressCount++;
        return true;
    }

    private bool RemoveAddress(IndexKey key, ulong hash, long indicator)
    {
        var i = FindAddress(hash, key);
        if (addresses[i].Prefix < 0)
        {
            return false;
        }
        OwnAddresses(addresses.Length);
        if (addresses[i].Ids.TryWithout(indicator, out var rest))
        {
            addresses[i].Ids = rest;
            return false;
        }
        var mask = addresses.Length - 1;
        for (var j = (i + 1) & mask; addresses[j].Prefix >= 0; j = (j + 1) & mask)
        {
            ref readonly var slot = ref addresses[j];
            if (!StaysPut(i, j, (int)(KeyHash.Address(slot.High, slot.Low, slot.Prefix) >> 4) & mask))
            {
                addresses[i] = addresses[j];
                i = j;
            }
        }
        addresses[i] = new AddressSlot { Prefix = -1 };
        addressCount--;
        return true;
    }

    /// <summary>An entry at <paramref name="j"/> whose home slot lies cyclically in (hole, j] must not move into the hole.</summary>
    private static bool StaysPut(int hole, int j, int home) => hole <= j ? hole < home && home <= j : hole < home || home <= j;

    /// <summary>The slot holding the key, or the empty slot ending its probe run.</summary>
    private int FindText(ulong hash, string key)
    {
        var mask = text.Length - 1;
        var i = (int)(hash >> 4) & mask;
        while (text[i].Hash != 0 && !(text[i].Hash == hash && text[i].Text == key))
        {
            i = (i + 1) & mask;
        }
        return i;
    }

    private int FindAddress(ulong hash, IndexKey key)
    {
        var mask = addresses.Length - 1;
        var i = (int)(hash >> 4) & mask;
        while (addresses[i].Prefix >= 0 && !(addresses[i].Prefix == key.Prefix && addresses[i].Low == key.Low && addresses[i].High == key.High))
        {
            i = (i + 1) & mask;
        }
        return i;
    }

    /// <summary>Makes the text table this builder's own, at <paramref name="capacity"/> (rehashing when that differs).</summary>
    private void OwnText(int capacity)
    {
        if (textOwned && capacity == text.Length)
        {
            return;
        }
        if (capacity == text.Length)
        {
            text = (TextSlot[])text.Clone();
        }
        else
        {
            var grown = new TextSlot[capacity];
            foreach (var slot in text)
            {
                if (slot.Hash != 0)
                {
                    var i = (int)(slot.Hash >> 4) & (capacity - 1);
                    while (grown[i].Hash != 0)
                    {
                        i = (i + 1) & (capacity - 1);
                    }
                    grown[i] = slot;
                }
            }
            text = grown;
        }
        textOwned = true;
    }

    private void OwnAddresses(int capacity)
    {
        if (addressesOwned && capacity == addresses.Length)
        {
            return;
        }
        if (capacity == addresses.Length)
        {
            addresses = (AddressSlot[])addresses.Clone();
        }
        else
        {
            var grown = new AddressSlot[capacity];
            grown.AsSpan().Fill(new AddressSlot { Prefix = -1 });
            foreach (var slot in addresses)
            {
                if (slot.Prefix >= 0)
                {
                    var i = (int)(KeyHash.Address(slot.High, slot.Low, slot.Prefix) >> 4) & (capacity - 1);
                    while (grown[i].Prefix >= 0)
                    {
                        i = (i + 1) & (capacity - 1);
                    }
                    grown[i] = slot;
                }
            }
            addresses = grown;
        }
        addressesOwned = true;
    }
}
