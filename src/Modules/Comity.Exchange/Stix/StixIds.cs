using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Comity.Exchange.Stix;

/// <summary>
/// Deterministic STIX identifiers, so that importing the same MISP event twice (or reporting the same item, or sighting
/// the same indicator) yields the same objects.
/// SCOs follow STIX 2.1 §2.9 (UUIDv5 in the SCO namespace over the canonical JSON of the ID contributing properties);
/// other objects keep MISP's uuid when it is a version 4 UUID, as STIX asks, and otherwise get a UUIDv5 derived from
/// it in a Comity namespace.
/// </summary>
public static class StixIds
{
    /// <summary>The namespace STIX 2.1 reserves for cyber-observable identifiers.</summary>
    public static readonly Guid ScoNamespace = new("00abedb4-aa42-466c-9c01-fed23315a9b7");

    /// <summary>Comity's own namespace for ids derived from MISP data; never used for SCOs.</summary>
    public static readonly Guid ComityNamespace = new("6f1f3b1e-2c4a-4d8e-9a51-7d2b0c6e4a93");

    internal static string FromMisp(string type, string? mispUuid, string fallbackKey)
    {
        if (mispUuid is not null && Guid.TryParseExact(mispUuid, "D", out var g) && IsVersion4(g))
        {
            return type + "--" + g.ToString("D");
        }
        return Derived(type, type + "|" + (mispUuid ?? fallbackKey));
    }

    internal static string Derived(string type, string key) =>
        type + "--" + V5(ComityNamespace, Encoding.UTF8.GetBytes(key)).ToString("D");

    internal static string Sco(string type, string canonicalJson) =>
        type + "--" + V5(ScoNamespace, Encoding.UTF8.GetBytes(canonicalJson)).ToString("D");

    internal static bool IsVersion4(Guid g) => g.Version == 4 && (g.Variant & 0b1100) == 0b1000;

    /// <summary>RFC 9562 §5.5: SHA-1 over namespace (network byte order) and name, version and variant bits set.</summary>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "UUIDv5 is defined over SHA-1; it names objects and protects nothing.")]
    public static Guid V5(Guid ns, ReadOnlySpan<byte> name)
    {
        // One-shot hashing of one buffer: much cheaper than an incremental hash object per id.
        var input = name.Length <= 1024 ? stackalloc byte[16 + name.Length] : new byte[16 + name.Length];
        ns.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input[16..]);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
