using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Comity.Exchange.Stix;

/// <summary>Checks of string formats; each returns the end of a sentence describing the problem, or null.</summary>
internal static class StixFormats
{
    public static string? Hex(string s)
    {
        if (s.Length == 0 || s.Length % 2 != 0)
        {
            return $"must be hexadecimal with an even number of digits, not {ValidationContext.Quote(s)}";
        }
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return $"must be hexadecimal with an even number of digits, not {ValidationContext.Quote(s)}";
            }
        }
        return null;
    }

    public static string? Base64(string s) =>
        s.Length > 0 && s.Length % 4 == 0 && Base64Valid(s) ? null : "must be base64-encoded binary data";

    private static bool Base64Valid(string s)
    {
        foreach (var c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='))
            {
                return false;
            }
        }
        return System.Buffers.Text.Base64.IsValid(s.AsSpan());
    }

    public static string? Url(string s) =>
        Uri.TryCreate(s, UriKind.Absolute, out _) ? null : $"must be an absolute URL (RFC 3986), not {ValidationContext.Quote(s)}";

    public static string? Ipv4(string s)
    {
        var (address, prefix) = SplitCidr(s);
        return IsDottedQuad(address) && (prefix is null || IsPrefix(prefix, 32))
            ? null
            : $"must be an IPv4 address or CIDR block such as 198.51.100.0/24, not {ValidationContext.Quote(s)}";
    }

    public static string? Ipv6(string s)
    {
        var (address, prefix) = SplitCidr(s);
        return address.Contains(':', StringComparison.Ordinal)
               && IPAddress.TryParse(address, out var ip) && ip.AddressFamily == AddressFamily.InterNetworkV6
               && (prefix is null || IsPrefix(prefix, 128))
            ? null
            : $"must be an IPv6 address or CIDR block such as 2001:db8::/32, not {ValidationContext.Quote(s)}";
    }

    /// <summary>A single colon-delimited, lowercase MAC-48 address (§6.9).</summary>
    public static string? Mac(string s)
    {
        var ok = s.Length == 17;
        for (var i = 0; ok && i < 17; i++)
        {
            ok = i % 3 == 2 ? s[i] == ':' : s[i] is (>= '0' and <= '9') or (>= 'a' and <= 'f');
        }
        return ok ? null : $"must be a colon-delimited lowercase MAC-48 address such as 00:00:5e:00:53:af, not {ValidationContext.Quote(s)}";
    }

    /// <summary>An RFC 5646 language tag, checked for shape only (subtags of letters and digits, the first of 2–8 letters).</summary>
    public static string? LanguageTag(string s)
    {
        var parts = s.Split('-');
        var ok = parts[0].Length is >= 2 and <= 8 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
        return ok ? null : $"should be an RFC 5646 language tag such as en or fr-CA, not {ValidationContext.Quote(s)}";
    }

    /// <summary>An IANA media type such as <c>application/pdf</c>.</summary>
    public static string? MediaType(string s)
    {
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < s.Length - 1 && !s.Contains(' ', StringComparison.Ordinal)
            ? null
            : $"should be an IANA media type such as application/pdf, not {ValidationContext.Quote(s)}";
    }

    public static string? CountryCode(string s) =>
        s.Length == 2 && char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1])
            ? null
            : $"should be an ISO 3166-1 alpha-2 country code such as FR, not {ValidationContext.Quote(s)}";

    private static (string Address, string? Prefix) SplitCidr(string s)
    {
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (s, null) : (s[..slash], s[(slash + 1)..]);
    }

    private static bool IsPrefix(string prefix, int max) =>
        prefix.Length is >= 1 and <= 3 && prefix.All(char.IsAsciiDigit)
        && (prefix.Length == 1 || prefix[0] != '0')
        && int.Parse(prefix, CultureInfo.InvariantCulture) <= max;

    private static bool IsDottedQuad(string s)
    {
        var parts = s.Split('.');
        return parts.Length == 4 && parts.All(p =>
            p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit) && (p.Length == 1 || p[0] != '0')
            && int.Parse(p, CultureInfo.InvariantCulture) <= 255);
    }
}
