using Comity.Exchange.Lookup;
using CsCheck;

namespace Comity.Tests.Exchange.Lookup;

/// <summary>
/// Generators over deliberately small value pools, written with the spellings the normaliser has to reconcile
/// (case, trailing dots, v4-mapped IPv6, host bits, default ports, fragments), so that random indicators and
/// queries collide and overlap often.
/// </summary>
internal static class LookupGen
{
    private static readonly string[] Labels = ["a", "b", "evil", "notevil", "example", "com", "bücher"];

    public static readonly Gen<string> Ipv4Text =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 7], Gen.Int[0, 255], Gen.OneOf(8, 16, 20, 22, 23, 24, 29, 30, 31, 32, 32, 32, -1), Gen.Int[0, 32], Gen.Int[0, 9],
            (c, d, b, length, any, mapped) =>
            {
                var address = $"10.{(b < 16 ? b : 0)}.{c}.{d}";
                var prefix = length == -1 ? any : length;
                var suffix = prefix == 32 && d % 2 == 0 ? "" : $"/{(mapped == 0 ? prefix + 96 : prefix)}";
                return (mapped == 0 ? "::ffff:" + address : address) + suffix;
            });

    public static readonly Gen<string> Ipv6Text =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 7], Gen.OneOf(16, 32, 48, 64, 120, 125, 126, 127, 128, 128, -1), Gen.Int[0, 128], Gen.Bool,
            (c, d, length, any, upper) =>
            {
                var address = $"2001:db8:{c}::{d}";
                var prefix = length == -1 ? any : length;
                return (upper ? address.ToUpperInvariant() : address) + (prefix == 128 && d % 2 == 0 ? "" : $"/{prefix}");
            });

    public static readonly Gen<string> DomainText =
        Gen.Select(Gen.Int[0, Labels.Length - 1].Array[1, 4], Gen.Int[0, 2],
            (labels, spelling) =>
            {
                var domain = string.Join('.', labels.Select(l => Labels[l]));
                return spelling switch { 0 => domain, 1 => domain.ToUpperInvariant(), _ => domain + "." };
            });

    public static readonly Gen<string> UrlText =
        Gen.Select(Gen.OneOf("http", "https", "HTTP"), Gen.Frequency((4, DomainText), (1, Ipv4Host()), (1, Gen.OneOf("[2001:db8:1::3]", "[2001:DB8:1:0::3]"))),
            Gen.OneOf("", ":80", ":443", ":8080"), Gen.OneOf("", "/", "/x", "/X", "/x?y=1", "?y=1"), Gen.OneOf("", "#top"),
            (scheme, host, port, path, fragment) => $"{scheme}://{host}{port}{path}{fragment}");

    public static readonly Gen<string> EmailText =
        Gen.Select(Gen.OneOf("bob", "Bob", "alice"), Gen.Frequency((5, DomainText), (1, Gen.OneOf("[10.0.1.2]", "[IPv6:2001:db8:1::3]"))),
            (local, domain) => $"{local}@{domain}");

    public static readonly Gen<string> HashText =
        Gen.Select(Gen.OneOf(32, 40, 64, 128), Gen.OneOf("0a", "fe", "FE", "01"), (length, pair) =>
            string.Concat(Enumerable.Repeat(pair, length / 2)));

    public static readonly Gen<Observable> Observable =
        Gen.Frequency((4, Ipv4Text.Select(Parse)), (2, Ipv6Text.Select(Parse)), (3, DomainText.Select(t => Parse(t, ObservableKind.Domain))),
            (2, UrlText.Select(Parse)), (1, EmailText.Select(Parse)), (1, HashText.Select(Parse)));

    /// <summary>Up to 12 indicators with ids from a small range (so later entries replace earlier ones), 0 to 3 observables each.</summary>
    public static readonly Gen<List<(long Id, Observable[] Observables)>> Indicators =
        Gen.Select(Gen.Long[1, 15], Observable.Array[0, 3]).List[0, 12];

    public static Observable Parse(string text) => Parse(text, null);

    public static Observable Parse(string text, ObservableKind? hint) =>
        Comity.Exchange.Lookup.Observable.TryParse(text, hint, out var observable, out var error)
            ? observable
            : throw new InvalidOperationException($"generator produced unparsable '{text}': {error}");

    private static Gen<string> Ipv4Host() => Gen.Select(Gen.Int[0, 3], Gen.Int[0, 7], (c, d) => $"10.0.{c}.{d}");
}
