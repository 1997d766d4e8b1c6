using System.Globalization;

namespace Comity.Exchange.Lookup;

/// <summary>Domain names in their lookup form: ASCII (IDN as punycode), lower case, no trailing dot.</summary>
internal static class DomainText
{
    private const int MaxLength = 253;
    private const int MaxLabel = 63;

    private static readonly IdnMapping Idn = new();

    /// <summary>Kind detection passes <paramref name="requireDot"/> so that a bare word is not taken for a domain.</summary>
    public static bool TryNormalise(ReadOnlySpan<char> text, bool requireDot, out string domain, out string? error)
    {
        domain = "";
        if (text.EndsWith('.'))
        {
            text = text[..^1];
        }
        // A wildcard indicator means "this domain and below", which is what every domain indicator means here.
        if (text.StartsWith("*."))
        {
            text = text[2..];
        }
        string ascii;
        if (System.Text.Ascii.IsValid(text))
        {
            ascii = text.ToString().ToLowerInvariant();
        }
        else
        {
            try
            {
                ascii = Idn.GetAscii(text.ToString()).ToLowerInvariant();
            }
            catch (ArgumentException)
            {
                error = "not a valid internationalised domain name";
                return false;
            }
        }
        error = Validate(ascii, requireDot);
        if (error is not null)
        {
            return false;
        }
        domain = ascii;
        return true;
    }

    private static string? Validate(string domain, bool requireDot)
    {
        if (domain.Length is 0 or > MaxLength)
        {
            return "a domain name has 1 to 253 characters";
        }
        if (requireDot && !domain.Contains('.', StringComparison.Ordinal))
        {
            return "a domain name needs at least two labels";
        }
        var label = 0;
        var lastLabelNumeric = true;
        foreach (var c in domain)
        {
            if (c == '.')
            {
                if (label == 0)
                {
                    return "a domain name has an empty label";
                }
                label = 0;
                lastLabelNumeric = true;
                continue;
            }
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
            {
                return $"'{c}' is not allowed in a domain name";
            }
            lastLabelNumeric &= char.IsAsciiDigit(c);
            if (++label > MaxLabel)
            {
                return "a domain label has at most 63 characters";
            }
        }
        if (label == 0)
        {
            return "a domain name has an empty label";
        }
        return lastLabelNumeric ? "a domain name cannot end in a numeric label (is it an IP address?)" : null;
    }
}
