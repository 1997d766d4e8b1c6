namespace Comity.Exchange.Lookup;

/// <summary>
/// For each IPv4 /16 block, a bit per prefix length (0-32) that has a key in or over that block, so that an
/// address query probes only the lengths that could hold it; most blocks hold none. Like <see cref="ProbeFilter"/>
/// it only gains bits, is written in place by the single writer before a snapshot is published, and is rebuilt
/// with the filter to shed bits of removed keys.
/// </summary>
internal sealed class V4LengthMap
{
    private readonly ulong[] blocks = new ulong[1 << 16];

    public static long Bytes => (1 << 16) * sizeof(ulong);

    /// <summary>Lengths to probe for an address in the block of <paramref name="v4"/>, as bits 0-32 of v4 prefix lengths.</summary>
    public ulong LengthsFor(uint v4) => blocks[v4 >> 16];

    /// <param name="v4">The masked network address.</param>
    /// <param name="length">The IPv4 prefix length, 0-32.</param>
    public void Add(uint v4, int length)
    {
        var first = (int)(v4 >> 16);
        var count = length >= 16 ? 1 : 1 << (16 - length);
        for (var i = first; i < first + count; i++)
        {
            blocks[i] |= 1UL << length;
        }
    }
}
