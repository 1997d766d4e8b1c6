using System.Diagnostics.CodeAnalysis;

namespace Comity.Exchange.Lookup;

/// <summary>
/// One normalised observable: its kind and canonical text. Build it with <see cref="TryParse"/> or
/// <see cref="FromStix"/>; both go through the same normalisation, so equal meanings give equal values.
/// </summary>
/// <remarks>
/// Addresses keep a numeric form next to the text so that lookups need no parsing: IPv4 is held in the
/// v4-mapped IPv6 space (::ffff:0:0/96) with its prefix length plus 96, which IPv6 values never use
/// because normalisation turns them into IPv4.
/// </remarks>
internal readonly record struct Observable
{
    private Observable(ObservableKind kind, string value, ulong high, ulong low, short prefix, int domainStart, int domainLength)
    {
        Kind = kind;
        Value = value;
        High = high;
        Low = low;
        Prefix = prefix;
        DomainStart = domainStart;
        DomainLength = domainLength;
    }

    public ObservableKind Kind { get; }

    /// <summary>The canonical text, e.g. <c>10.0.0.0/8</c>, <c>xn--bcher-kva.example</c>, <c>https://evil.example/x</c>.</summary>
    public string Value { get; }

    /// <summary>Upper 64 bits of the (v4-mapped) address of an IP value, or of a URL's or e-mail's address host.</summary>
    internal ulong High { get; }

    internal ulong Low { get; }

    /// <summary>Prefix length in the 128-bit space (IPv4 /n is 96 + n); -1 when there is no address.</summary>
    internal short Prefix { get; }

    /// <summary>Where the domain sits inside <see cref="Value"/> (the whole value, a URL's host, an e-mail's domain); length 0 if none.</summary>
    internal int DomainStart { get; }

    internal int DomainLength { get; }

    internal bool HasAddress => Prefix >= 0;

    internal ReadOnlySpan<char> DomainPart => Value.AsSpan(DomainStart, DomainLength);

    /// <summary>
    /// Parses and normalises <paramref name="text"/>. With no <paramref name="hint"/> the kind is detected:
    /// URL (has a scheme), e-mail (has @), IP address or CIDR, hash (hex of 32, 40, 64 or 128 digits), URL
    /// without a scheme (host/path), then domain (must contain a dot).
    /// </summary>
    public static bool TryParse(string text, ObservableKind? hint, out Observable observable, [NotNullWhen(false)] out string? error) =>
        ObservableParser.TryParse(text, hint, out observable, out error);

    /// <summary>
    /// Maps one STIX pattern comparison (<c>[ipv4-addr:value = '…']</c> is <c>("ipv4-addr", "value", "…")</c>) to an
    /// observable; null when the object path is not one the index handles or the value does not parse.
    /// </summary>
    public static Observable? FromStix(string objectType, string path, string value) => StixPaths.Map(objectType, path, value);

    public override string ToString() => $"{Kind}:{Value}";

    internal static Observable Address(ObservableKind kind, string value, UInt128 address, int prefix) =>
        new(kind, value, (ulong)(address >> 64), (ulong)address, (short)prefix, 0, 0);

    internal static Observable Text(ObservableKind kind, string value) => new(kind, value, 0, 0, -1, 0, 0);

    internal static Observable WithDomain(ObservableKind kind, string value, int domainStart, int domainLength) =>
        new(kind, value, 0, 0, -1, domainStart, domainLength);

    /// <summary>A URL or e-mail address whose host is an IP literal: it also matches address indicators.</summary>
    internal static Observable WithHostAddress(ObservableKind kind, string value, UInt128 address, int prefix) => Address(kind, value, address, prefix);
}
