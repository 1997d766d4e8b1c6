namespace Comity.Exchange.Lookup;

/// <summary>The kinds of observable the lookup index understands.</summary>
internal enum ObservableKind : byte
{
    /// <summary>An IPv4 address or CIDR range (v4-mapped IPv6 input lands here too).</summary>
    Ipv4 = 1,

    /// <summary>An IPv6 address or CIDR range.</summary>
    Ipv6 = 2,

    /// <summary>A domain name; matches indicators on itself and on every parent domain.</summary>
    Domain = 3,

    /// <summary>A URL; matches URL indicators and domain (or address) indicators on its host.</summary>
    Url = 4,

    /// <summary>An e-mail address; matches e-mail indicators and domain indicators on its domain.</summary>
    Email = 5,

    Md5 = 6,

    Sha1 = 7,

    Sha256 = 8,

    Sha512 = 9,
}
