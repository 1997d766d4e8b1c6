namespace Comity.Exchange.Lookup;

/// <summary>E-mail addresses: the local part kept as written (RFC 5321 lets it be case-sensitive), the domain normalised.</summary>
internal static class EmailText
{
    public static bool TryNormalise(ReadOnlySpan<char> text, out Observable observable, out string? error)
    {
        observable = default;
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            error = "an e-mail address is local-part@domain";
            return false;
        }
        var local = text[..at];
        if (local.Length > 64)
        {
            error = "the local part of an e-mail address has at most 64 characters";
            return false;
        }
        var domain = text[(at + 1)..];
        if (domain[0] == '[' && domain[^1] == ']')
        {
            var literal = domain[1..^1];
            if (literal.StartsWith("IPv6:", StringComparison.OrdinalIgnoreCase))
            {
                literal = literal[5..];
            }
            if (literal.Contains('/') || !AddressText.TryParse(literal, out var kind, out var address, out var prefix, out error))
            {
                error = "the e-mail address's domain literal is not an IP address";
                return false;
            }
            var canonical = AddressText.Format(address, prefix);
            var value = kind == ObservableKind.Ipv6 ? $"{local}@[IPv6:{canonical}]" : $"{local}@[{canonical}]";
            observable = Observable.WithHostAddress(ObservableKind.Email, value, address, prefix);
            return true;
        }
        if (!DomainText.TryNormalise(domain, requireDot: false, out var name, out error))
        {
            return false;
        }
        observable = Observable.WithDomain(ObservableKind.Email, $"{local}@{name}", at + 1, name.Length);
        return true;
    }
}
