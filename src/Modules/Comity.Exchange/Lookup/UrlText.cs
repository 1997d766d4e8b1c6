using System.Globalization;
using System.Text;

namespace Comity.Exchange.Lookup;

/// <summary>
/// URLs in their lookup form: scheme and host lower case, IDN host as punycode, default port and fragment dropped,
/// an empty path written as <c>/</c>. Path and query keep their case and escapes: servers treat them as case-sensitive.
/// </summary>
internal static class UrlText
{
    public static bool TryNormalise(ReadOnlySpan<char> text, out Observable observable, out string? error)
    {
        observable = default;
        var schemeEnd = text.IndexOf("://");
        var scheme = schemeEnd < 0 ? "http" : text[..schemeEnd].ToString().ToLowerInvariant();
        if (!IsScheme(scheme))
        {
            error = "a URL starts with a scheme such as http://";
            return false;
        }
        var rest = schemeEnd < 0 ? text : text[(schemeEnd + 3)..];
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            rest = rest[..hash];
        }
        var authorityEnd = rest.IndexOfAny('/', '?');
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var tail = authorityEnd < 0 ? [] : rest[authorityEnd..];
        var at = authority.LastIndexOf('@');
        var userInfo = at < 0 ? [] : authority[..(at + 1)];
        var hostPort = authority[(at + 1)..];

        if (!TrySplitPort(hostPort, out var host, out var port, out error)
            || !TryHost(host, out var hostText, out var address, out var prefix, out error))
        {
            return false;
        }
        if (port is { } p && p == DefaultPort(scheme))
        {
            port = null;
        }

        var value = new StringBuilder(scheme.Length + 3 + userInfo.Length + hostText.Length + 6 + tail.Length + 1)
            .Append(scheme).Append("://").Append(userInfo);
        var hostStart = value.Length;
        value.Append(hostText);
        if (port is { } kept)
        {
            value.Append(':').Append(kept.ToString(CultureInfo.InvariantCulture));
        }
        if (tail.IsEmpty || tail[0] == '?')
        {
            value.Append('/');
        }
        value.Append(tail);
        observable = prefix >= 0
            ? Observable.WithHostAddress(ObservableKind.Url, value.ToString(), address, prefix)
            : Observable.WithDomain(ObservableKind.Url, value.ToString(), hostStart, hostText.Length);
        return true;
    }

    private static bool TrySplitPort(ReadOnlySpan<char> hostPort, out ReadOnlySpan<char> host, out int? port, out string? error)
    {
        port = null;
        error = null;
        var bracket = hostPort.LastIndexOf(']');
        var colon = hostPort.LastIndexOf(':');
        if (colon < 0 || colon < bracket)
        {
            host = hostPort;
            return true;
        }
        host = hostPort[..colon];
        var digits = hostPort[(colon + 1)..];
        if (digits.IsEmpty)
        {
            return true;
        }
        if (digits.Length > 5 || digits.ContainsAnyExceptInRange('0', '9') || int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) > 65535)
        {
            error = "the URL's port is not a number from 0 to 65535";
            return false;
        }
        port = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool TryHost(ReadOnlySpan<char> host, out string text, out UInt128 address, out int prefix, out string? error)
    {
        address = default;
        prefix = -1;
        text = "";
        if (host.IsEmpty)
        {
            error = "the URL has no host";
            return false;
        }
        var bracketed = host[0] == '[';
        if (bracketed || AddressText.TryParseV4(host, out _))
        {
            var literal = bracketed ? host[1..^(host[^1] == ']' ? 1 : 0)] : host;
            if (literal.Contains('/') || !AddressText.TryParse(literal, out var kind, out address, out prefix, out error))
            {
                error = "the URL's host is not a valid IP address";
                return false;
            }
            var canonical = AddressText.Format(address, prefix);
            text = kind == ObservableKind.Ipv6 ? $"[{canonical}]" : canonical;
            return true;
        }
        return DomainText.TryNormalise(host, requireDot: false, out text, out error);
    }

    private static bool IsScheme(string scheme) =>
        scheme.Length > 0 && char.IsAsciiLetterLower(scheme[0])
        && scheme.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '+' or '-' or '.');

    private static int? DefaultPort(string scheme) => scheme switch
    {
        "http" or "ws" => 80,
        "https" or "wss" => 443,
        "ftp" => 21,
        _ => null,
    };
}
