using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Comity.Exchange.Misp;

/// <summary>
/// Builds the observables of single values and checks them first, since a pattern with an impossible constant (a
/// 31-digit MD5, an address that is not one) is refused by validation and would lose the whole indicator.
/// </summary>
internal static class ObservableValues
{
    /// <summary>MISP hash attribute types and relations, with the STIX hash name and the hex length (0: free text).</summary>
    public static readonly Dictionary<string, (string Name, int HexDigits)> Hashes = new(StringComparer.Ordinal)
    {
        ["md5"] = ("MD5", 32),
        ["sha1"] = ("SHA-1", 40),
        ["sha224"] = ("SHA-224", 56),
        ["sha256"] = ("SHA-256", 64),
        ["sha384"] = ("SHA-384", 96),
        ["sha512"] = ("SHA-512", 128),
        ["sha3-256"] = ("SHA3-256", 64),
        ["sha3-512"] = ("SHA3-512", 128),
        ["ssdeep"] = ("SSDEEP", 0),
        ["tlsh"] = ("TLSH", 0),
    };

    /// <summary>An ipv4-addr or ipv6-addr for an address or CIDR block, or why the text is neither.</summary>
    public static Observable Address(string text, out string? problem)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? text : text[..slash];
        if (!IPAddress.TryParse(address, out var ip) || address.Contains('%', StringComparison.Ordinal)
            || (ip.AddressFamily == AddressFamily.InterNetwork && address.Count(c => c == '.') != 3))
        {
            problem = $"'{Short(text)}' is not an IP address";
            return new Observable("ipv4-addr");
        }
        var v6 = ip.AddressFamily == AddressFamily.InterNetworkV6;
        if (slash >= 0 && !(int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) && prefix <= (v6 ? 128 : 32)))
        {
            problem = $"'{Short(text)}' has an invalid CIDR prefix";
            return new Observable("ipv4-addr");
        }
        problem = null;
        // Addresses are written in canonical form so the same address always yields the same SCO id.
        var canonical = ip.ToString() + (slash >= 0 ? text[slash..] : "");
        return Observable.Of(v6 ? "ipv6-addr" : "ipv4-addr", "value", canonical);
    }

    public static int? Port(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 65535 ? p : null;

    /// <summary>"AS174", "as174" or "174".</summary>
    public static long? AsNumber(string text)
    {
        var digits = text.Trim();
        if (digits.StartsWith("AS", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= uint.MaxValue ? n : null;
    }

    /// <summary>Adds a hash to a file (or certificate); returns why it cannot when the value is not such a hash.</summary>
    public static string? AddHash(Observable target, string mispHashType, string value)
    {
        var (name, digits) = Hashes[mispHashType];
        var trimmed = value.Trim();
        if (digits > 0 && !(trimmed.Length == digits && trimmed.All(char.IsAsciiHexDigit)))
        {
            return $"'{Short(value)}' is not a {name} hash ({digits} hex digits)";
        }
        if (trimmed.Length == 0)
        {
            return $"the {name} hash is empty";
        }
        target.SetKey("hashes", name, digits > 0 ? trimmed.ToLowerInvariant() : trimmed);
        return null;
    }

    public static JsonArray Protocols(Observable? address) =>
        new(address?.Type == "ipv6-addr" ? "ipv6" : "ipv4");

    public static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
