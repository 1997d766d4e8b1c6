namespace Comity.Exchange.Stix;

/// <summary>The STIX identifier form <c>object-type--UUID</c> (§2.9), where the UUID must be RFC 4122 compliant.</summary>
internal static class StixIdentifier
{
    /// <summary>
    /// Splits an identifier into its type and UUID version. Returns false when the text is not <c>type--UUID</c> with a valid
    /// type name and an RFC 4122 UUID (version 1 to 5, variant bits <c>10</c>); <paramref name="problem"/> then says why.
    /// </summary>
    public static bool TryParse(string id, out string type, out int uuidVersion, out string? problem)
    {
        var ok = TryParse(id.AsSpan(), out var typeLength, out uuidVersion, out problem);
        type = ok ? id[..typeLength] : "";
        return ok;
    }

    /// <summary>As <see cref="TryParse(string, out string, out int, out string?)"/>, giving the type as the first <paramref name="typeLength"/> characters.</summary>
    public static bool TryParse(ReadOnlySpan<char> id, out int typeLength, out int uuidVersion, out string? problem)
    {
        typeLength = 0;
        uuidVersion = 0;
        var separator = id.IndexOf("--", StringComparison.Ordinal);
        // The UUID is the last 36 characters; a type name cannot itself contain "--".
        if (separator < 0 || id.Length - separator - 2 != 36)
        {
            problem = "is not an identifier of the form type--UUID";
            return false;
        }
        var typePart = id[..separator];
        if (!StixTypes.IsValidTypeName(typePart))
        {
            problem = "does not start with a valid STIX type name";
            return false;
        }
        var uuid = id[(separator + 2)..];
        for (var i = 0; i < 36; i++)
        {
            var c = uuid[i];
            var hyphen = i is 8 or 13 or 18 or 23;
            if (hyphen ? c != '-' : !Uri.IsHexDigit(c))
            {
                problem = "does not end with a UUID written as 8-4-4-4-12 hexadecimal digits";
                return false;
            }
        }
        uuidVersion = uuid[14] - '0';
        if (uuidVersion is < 1 or > 5)
        {
            problem = "does not contain an RFC 4122 UUID (the version digit must be 1 to 5)";
            return false;
        }
        if (uuid[19] is not ('8' or '9' or 'a' or 'b' or 'A' or 'B'))
        {
            problem = "does not contain an RFC 4122 UUID (the variant digit must be 8, 9, a or b)";
            return false;
        }
        typeLength = separator;
        problem = null;
        return true;
    }
}
