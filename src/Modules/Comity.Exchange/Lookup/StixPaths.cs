namespace Comity.Exchange.Lookup;

/// <summary>Which STIX object paths carry an observable the index handles, and of which kind.</summary>
internal static class StixPaths
{
    public static Observable? Map(string objectType, string path, string value)
    {
        if (IsReferencedAddress(objectType.Trim(), path.Trim()))
        {
            // network-traffic:dst_ref.value and the like (what MISP exports for ip-src/ip-dst): v4 or v6 by its form.
            return ObservableParser.TryParse(value, ObservableKind.Ipv4, out var v4, out _) ? v4
                : ObservableParser.TryParse(value, ObservableKind.Ipv6, out var v6, out _) ? v6 : null;
        }
        var kind = KindOf(objectType.Trim(), path.Trim());
        return kind is { } k && ObservableParser.TryParse(value, k, out var observable, out _) ? observable : null;
    }

    private static bool IsReferencedAddress(string objectType, string path) =>
        (objectType.Equals("network-traffic", StringComparison.OrdinalIgnoreCase) && path is "src_ref.value" or "dst_ref.value")
        || (objectType.Equals("domain-name", StringComparison.OrdinalIgnoreCase) && path.StartsWith("resolves_to_refs[", StringComparison.Ordinal)
            && path.EndsWith("].value", StringComparison.Ordinal));

    private static ObservableKind? KindOf(string objectType, string path)
    {
        if (objectType.Equals("file", StringComparison.OrdinalIgnoreCase))
        {
            return HashKind(path);
        }
        if (objectType.Equals("email-message", StringComparison.OrdinalIgnoreCase)
            && (path == "from_ref.value" || path == "sender_ref.value" || path.StartsWith("to_refs[", StringComparison.Ordinal)
                || path.StartsWith("cc_refs[", StringComparison.Ordinal)) && path.EndsWith(".value", StringComparison.Ordinal))
        {
            return ObservableKind.Email;
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
