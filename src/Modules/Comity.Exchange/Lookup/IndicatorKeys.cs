namespace Comity.Exchange.Lookup;

/// <summary>
/// The writer's record of each indicator's keys, to diff an upsert and to undo a removal. Most indicators carry
/// one observable, so those are held inline rather than in a one-element array (about 30 MiB less per million).
/// </summary>
internal sealed class IndicatorKeys
{
    private readonly Dictionary<long, IndexKey> single = [];
    private readonly Dictionary<long, IndexKey[]> several = [];

    public int Count => single.Count + several.Count;

    public bool Contains(long indicator) => single.ContainsKey(indicator) || several.ContainsKey(indicator);

    public IndexKey[] Get(long indicator) =>
        single.TryGetValue(indicator, out var key) ? [key] : several.TryGetValue(indicator, out var keys) ? keys : [];

    /// <summary>Records <paramref name="keys"/> for the indicator; none forgets it.</summary>
    public void Set(long indicator, IndexKey[] keys)
    {
        single.Remove(indicator);
        several.Remove(indicator);
        if (keys.Length == 1)
        {
            single[indicator] = keys[0];
        }
        else if (keys.Length > 1)
        {
            several[indicator] = keys;
        }
    }
}
