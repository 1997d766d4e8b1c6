namespace Comity.Exchange.Lookup;

/// <summary>
/// What an observable is stored under: addresses and ranges by number and prefix, everything else by kind and
/// canonical text. Used on the writer's side; the query path hashes spans directly with <see cref="KeyHash"/>.
/// Fields ordered so the value packs into 32 bytes.
/// </summary>
internal readonly record struct IndexKey(string? Text, ulong High, ulong Low, int Prefix, ObservableKind Kind)
{
    public bool IsAddress => Text is null;

    public UInt128 Address => new(High, Low);

    public ulong Hash => IsAddress ? KeyHash.Address(High, Low, Prefix) : KeyHash.Text(Kind, Text);

    public static IndexKey Of(in Observable observable) => observable.Kind is ObservableKind.Ipv4 or ObservableKind.Ipv6
        ? new(null, observable.High, observable.Low, observable.Prefix, observable.Kind)
        : new(observable.Value, 0, 0, -1, observable.Kind);
}
