using System.Buffers;

namespace Comity.Exchange.Lookup;

/// <summary>The one place where text becomes an <see cref="Observable"/>, for indexing and querying alike.</summary>
internal static class ObservableParser
{
    private const int MaxLength = 8192;

    private static readonly SearchValues<char> DottedDigits = SearchValues.Create("0123456789.");
    private static readonly SearchValues<char> HexColons = SearchValues.Create("0123456789abcdefABCDEF:.");

    public static bool TryParse(string text, ObservableKind? hint, out Observable observable, out string? error)
    {
        observable = default;
        var span = text.AsSpan().Trim();
        if (span.IsEmpty || span.Length > MaxLength)
        {
            error = span.IsEmpty ? "the value is empty" : $"the value is longer than {MaxLength} characters";
            return false;
        }
        if (span.ContainsAnyInRange('\0', ' '))
        {
            error = "the value contains spaces or control characters";
            return false;
        }
        return hint switch
        {
            null => TryDetect(span, out observable, out error),
            ObservableKind.Ipv4 or ObservableKind.Ipv6 => TryAddress(span, hint.Value, out observable, out error),
            ObservableKind.Domain => TryDomain(span, requireDot: false, out observable, out error),
            ObservableKind.Url => UrlText.TryNormalise(span, out observable, out error),
            ObservableKind.Email => EmailText.TryNormalise(span, out observable, out error),
            ObservableKind.Md5 or ObservableKind.Sha1 or ObservableKind.Sha256 or ObservableKind.Sha512 =>
                HashText.TryNormalise(span, hint, out observable, out error),
            _ => Fail($"unknown observable kind {hint}", out observable, out error),
        };
    }

    private static bool TryDetect(ReadOnlySpan<char> text, out Observable observable, out string? error)
    {
        if (text.Contains("://", StringComparison.Ordinal))
        {
            return UrlText.TryNormalise(text, out observable, out error);
        }
        if (text.Contains('@'))
        {
            return EmailText.TryNormalise(text, out observable, out error);
        }
        if (HashText.LooksLikeHash(text))
        {
            return HashText.TryNormalise(text, null, out observable, out error);
        }
        if (TryAddress(text, null, out observable, out var addressError))
        {
            error = null;
            return true;
        }
        if (LooksLikeAddress(text))
        {
            error = addressError;
            return false;
        }
        if (text.ContainsAny('/', ':', '?'))
        {
            return UrlText.TryNormalise(text, out observable, out error)
                || Fail("not a recognisable URL, address or domain", out observable, out error);
        }
        return TryDomain(text, requireDot: true, out observable, out error);
    }

    // v4-mapped IPv6 input is accepted under either hint and becomes IPv4.
    private static bool TryAddress(ReadOnlySpan<char> text, ObservableKind? expected, out Observable observable, out string? error)
    {
        observable = default;
        if (!AddressText.TryParse(text, out var kind, out var address, out var prefix, out error))
        {
            return false;
        }
        if (expected == ObservableKind.Ipv4 && kind != ObservableKind.Ipv4)
        {
            error = "an IPv6 address where an IPv4 address was expected";
            return false;
        }
        if (expected == ObservableKind.Ipv6 && !text.Contains(':'))
        {
            error = "an IPv4 address where an IPv6 address was expected";
            return false;
        }
        observable = Observable.Address(kind, AddressText.Format(address, prefix), address, prefix);
        return true;
    }

    private static bool TryDomain(ReadOnlySpan<char> text, bool requireDot, out Observable observable, out string? error)
    {
        observable = default;
        if (!DomainText.TryNormalise(text, requireDot, out var domain, out error))
        {
            return false;
        }
        observable = Observable.WithDomain(ObservableKind.Domain, domain, 0, domain.Length);
        return true;
    }

    /// <summary>Dotted digits, or hex with colons, and an optional /number: a bad address or range rather than a URL path.</summary>
    private static bool LooksLikeAddress(ReadOnlySpan<char> text)
    {
        var slash = text.IndexOf('/');
        var host = slash < 0 ? text : text[..slash];
        var v4 = host.Contains('.') && !host.ContainsAnyExcept(DottedDigits);
        var v6 = host.Contains(':') && !host.ContainsAnyExcept(HexColons);
        return (v4 || v6) && (slash < 0 || !text[(slash + 1)..].ContainsAnyExceptInRange('0', '9'));
    }

    private static bool Fail(string message, out Observable observable, out string? error)
    {
        observable = default;
        error = message;
        return false;
    }
}
