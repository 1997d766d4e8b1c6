using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Comity.Exchange.Patterning;

/// <summary>
/// Checks beyond the grammar. Each returns why a piece is wrong, or null; the parser attaches the position.
/// </summary>
internal static class PatternRules
{
    private const int MaxNameLength = 250;

    /// <summary>
    /// Properties of STIX 2.1 cyber-observable objects (and their extensions) whose values are timestamps, with the
    /// object types that have them; an empty set means any type (the common created/modified).
    /// </summary>
    private static readonly Dictionary<string, string[]> TimestampProperties = new(StringComparer.Ordinal)
    {
        ["created"] = [],
        ["modified"] = [],
        ["ctime"] = ["file", "directory"],
        ["mtime"] = ["file", "directory"],
        ["atime"] = ["file", "directory"],
        ["time_date_stamp"] = ["file"],
        ["date"] = ["email-message"],
        ["start"] = ["network-traffic"],
        ["end"] = ["network-traffic"],
        ["created_time"] = ["process"],
        ["modified_time"] = ["windows-registry-key"],
        ["account_created"] = ["user-account"],
        ["account_expires"] = ["user-account"],
        ["credential_last_changed"] = ["user-account"],
        ["account_first_login"] = ["user-account"],
        ["account_last_login"] = ["user-account"],
        ["validity_not_before"] = ["x509-certificate"],
        ["validity_not_after"] = ["x509-certificate"],
        ["private_key_usage_period_not_before"] = ["x509-certificate"],
        ["private_key_usage_period_not_after"] = ["x509-certificate"],
    };

    /// <summary>Hex digits of the hash algorithms the OASIS validator checks, keyed upper case without hyphens.</summary>
    private static readonly Dictionary<string, int> HashHexLengths = new(StringComparer.Ordinal)
    {
        ["MD5"] = 32,
        ["SHA1"] = 40,
        ["RIPEMD160"] = 40,
        ["SHA224"] = 56,
        ["SHA3224"] = 56,
        ["SHA256"] = 64,
        ["SHA3256"] = 64,
        ["SHA384"] = 96,
        ["SHA3384"] = 96,
        ["SHA512"] = 128,
        ["SHA3512"] = 128,
        ["WHIRLPOOL"] = 128,
    };

    /// <summary>
    /// For <c>….hashes.ALGORITHM = 'value'</c> with a known algorithm, why the value cannot be such a hash; other
    /// algorithms (SSDEEP, TLSH, custom ones) pass unchecked.
    /// </summary>
    public static string? HashProblem(ObjectPath path, string value)
    {
        var steps = path.Steps;
        if (steps.Count < 2 || steps[^1] is not KeyStep algorithm || steps[^2] is not KeyStep { Name: "hashes" })
        {
            return null;
        }
        var key = algorithm.Name.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (!HashHexLengths.TryGetValue(key, out var length) || (value.Length == length && value.All(char.IsAsciiHexDigit)))
        {
            return null;
        }
        return $"'{Shorten(value)}' is not a valid {algorithm.Name} hash: it needs {length} hex digits";
    }

    /// <summary>STIX 2.1 type names: 3 to 250 of a–z, 0–9 and hyphen, starting with a letter, no "--", no trailing hyphen.</summary>
    public static string? ObjectTypeProblem(string name)
    {
        var wellFormed = name.Length is >= 3 and <= MaxNameLength
            && char.IsAsciiLetterLower(name[0])
            && name[^1] != '-'
            && !name.Contains("--", StringComparison.Ordinal)
            && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
        return wellFormed ? null : $"the object type '{name}' must be 3 to 250 characters of a-z, 0-9 and single hyphens, starting with a letter";
    }

    /// <summary>STIX 2.1 property names: a–z, A–Z, 0–9 and underscore, at most 250 characters.</summary>
    public static string? PropertyNameProblem(string name)
    {
        var wellFormed = name.Length is >= 1 and <= MaxNameLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return wellFormed ? null : $"the property name '{Shorten(name)}' must be 1 to 250 characters of a-z, A-Z, 0-9 and underscore";
    }

    /// <summary>Later steps may be dictionary keys (hashes, extensions, headers), which also allow hyphens.</summary>
    public static string? KeyProblem(string name)
    {
        var wellFormed = name.Length is >= 1 and <= MaxNameLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
        return wellFormed ? null : $"the key '{Shorten(name)}' must be 1 to 250 characters of a-z, A-Z, 0-9, underscore and hyphen";
    }

    public static string? RegexProblem(string pattern)
    {
        try
        {
            // Only the syntax is checked; the pattern is never run here.
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (RegexParseException e)
        {
            return $"MATCHES needs a valid regular expression: {e.Error} at offset {e.Offset}";
        }
        catch (ArgumentException e)
        {
            return "MATCHES needs a valid regular expression: " + e.Message;
        }
    }

    /// <summary>ISSUBSET and ISSUPERSET compare address ranges, so the constant must be address/prefix.</summary>
    public static string? CidrProblem(string operatorName, string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var fail = $"{operatorName} needs a CIDR string such as '198.51.100.0/24' or '2001:db8::/32', not '{Shorten(value)}'";
        if (slash < 0)
        {
            return fail;
        }
        var address = value[..slash];
        var prefix = value[(slash + 1)..];
        int maxPrefix;
        if (IsDottedQuad(address))
        {
            maxPrefix = 32;
        }
        else if (address.Contains(':', StringComparison.Ordinal) && !address.Contains('%', StringComparison.Ordinal)
            && IPAddress.TryParse(address, out var parsed) && parsed.AddressFamily == AddressFamily.InterNetworkV6)
        {
            maxPrefix = 128;
        }
        else
        {
            return fail;
        }
        var prefixOk = prefix.Length is >= 1 and <= 3 && prefix.All(char.IsAsciiDigit) && (prefix.Length == 1 || prefix[0] != '0')
            && int.Parse(prefix, System.Globalization.CultureInfo.InvariantCulture) <= maxPrefix;
        return prefixOk ? null : $"{operatorName} needs a prefix length from 0 to {maxPrefix} after the '/' in '{Shorten(value)}'";
    }

    /// <summary>Whether the last named step of a path is a known timestamp property of its object type.</summary>
    public static bool IsTimestampProperty(ObjectPath path)
    {
        var last = path.Steps.OfType<KeyStep>().LastOrDefault();
        return last is not null
            && TimestampProperties.TryGetValue(last.Name, out var types)
            && (types.Length == 0 || types.Contains(path.ObjectType, StringComparer.Ordinal));
    }

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static bool IsDottedQuad(string address)
    {
        var parts = address.Split('.');
        return parts.Length == 4 && parts.All(p =>
            p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit) && (p.Length == 1 || p[0] != '0')
            && int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) <= 255);
    }
}
