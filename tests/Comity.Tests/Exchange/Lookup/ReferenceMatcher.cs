using System.Net;
using Comity.Exchange.Lookup;

namespace Comity.Tests.Exchange.Lookup;

/// <summary>
/// The matching rules restated as a brute-force scan over every indicator, from canonical text only (System.Net's
/// IPNetwork and Uri, string suffixes), so that it shares no lookup code with the index.
/// </summary>
internal static class ReferenceMatcher
{
    public static SortedSet<long> Match(IReadOnlyDictionary<long, Observable[]> indicators, Observable query)
    {
        var hits = new SortedSet<long>();
        foreach (var (id, observables) in indicators)
        {
            if (observables.Any(o => Matches(o, query)))
            {
                hits.Add(id);
            }
        }
        return hits;
    }

    public static bool Matches(Observable indicator, Observable query) => query.Kind switch
    {
        ObservableKind.Ipv4 or ObservableKind.Ipv6 => IsAddress(indicator) && Overlap(Network(indicator.Value), Network(query.Value)),
        ObservableKind.Domain => DomainMatches(indicator, query.Value),
        ObservableKind.Url => (indicator.Kind == ObservableKind.Url && indicator.Value == query.Value) || HostMatches(indicator, UrlHost(query.Value)),
        ObservableKind.Email => (indicator.Kind == ObservableKind.Email && indicator.Value == query.Value)
            || HostMatches(indicator, query.Value[(query.Value.LastIndexOf('@') + 1)..]),
        _ => indicator.Kind == query.Kind && indicator.Value == query.Value,
    };

    private static bool IsAddress(Observable o) => o.Kind is ObservableKind.Ipv4 or ObservableKind.Ipv6;

    private static bool DomainMatches(Observable indicator, string domain) =>
        indicator.Kind == ObservableKind.Domain && (domain == indicator.Value || domain.EndsWith("." + indicator.Value, StringComparison.Ordinal));

    /// <summary>A host is a domain, an IPv4 address, or an IPv6 address in brackets (e-mail literals may say IPv6:).</summary>
    private static bool HostMatches(Observable indicator, string host)
    {
        if (host.StartsWith('['))
        {
            var literal = host.Trim('[', ']');
            literal = literal.StartsWith("IPv6:", StringComparison.Ordinal) ? literal[5..] : literal;
            return IsAddress(indicator) && Overlap(Network(indicator.Value), Network(literal));
        }
        if (IPAddress.TryParse(host, out _) && host.Count(c => c == '.') == 3 && host.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return IsAddress(indicator) && Overlap(Network(indicator.Value), Network(host));
        }
        return DomainMatches(indicator, host);
    }

    private static string UrlHost(string url)
    {
        var authority = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        authority = authority[..authority.IndexOfAny(['/', '?'])];
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        var close = authority.LastIndexOf(']');
        var colon = authority.LastIndexOf(':');
        return colon > close ? authority[..colon] : authority;
    }

    private static IPNetwork Network(string text) => IPNetwork.Parse(text.Contains('/') ? text : text + (text.Contains(':') ? "/128" : "/32"));

    /// <summary>Two CIDR blocks overlap exactly when one holds the other's first address.</summary>
    private static bool Overlap(IPNetwork a, IPNetwork b) => a.Contains(b.BaseAddress) || b.Contains(a.BaseAddress);
}
