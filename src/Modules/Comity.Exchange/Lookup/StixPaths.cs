namespace Comity.Exchange.Lookup;

/// <summary>Which STIX object paths carry an observable the index handles, and of which kind.</summary>
internal static class StixPaths
{
    public static Observable? Map(string objectType, string path, string value)
    {
        var kind = KindOf(objectType.Trim(), path.Trim());
        return kind is { } k && ObservableParser.TryParse(value, k, out var observable, out _) ? observable : null;
    }

    private static ObservableKind? KindOf(string objectType, string path)
    {
        if (objectType.Equals("file", StringComparison.OrdinalIgnoreCase))
        {
            return HashKind(path);
        }
        if (!path.Equals("value", StringComparison.Ordinal))
        {
            return null;
        }
        return objectType.ToLowerInvariant() switch
        {
            "ipv4-addr" => ObservableKind.Ipv4,
            "ipv6-addr" => ObservableKind.Ipv6,
            "domain-name" => ObservableKind.Domain,
            "url" => ObservableKind.Url,
            "email-addr" => ObservableKind.Email,
            _ => null,
        };
    }

    /// <summary><c>hashes.'SHA-256'</c>, <c>hashes.SHA256</c>, <c>hashes."sha-256"</c> and the like.</summary>
    private static ObservableKind? HashKind(string path)
    {
        const string Prefix = "hashes.";
        if (!path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var name = path[Prefix.Length..].Trim('\'', '"').Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)
            .ToUpperInvariant();
        return name switch
        {
            "MD5" => ObservableKind.Md5,
            "SHA1" => ObservableKind.Sha1,
            "SHA256" or "SHA2256" => ObservableKind.Sha256,
            "SHA512" or "SHA2512" => ObservableKind.Sha512,
            _ => null,
        };
    }
}
