using System.Collections.Frozen;

namespace Comity.Exchange.Stix;

/// <summary>Classification of STIX 2.1 type names.</summary>
internal static class StixTypes
{
    public static readonly FrozenSet<string> DomainObjects = FrozenSet.Create(StringComparer.Ordinal,
        "attack-pattern", "campaign", "course-of-action", "grouping", "identity", "incident", "indicator",
        "infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note", "observed-data",
        "opinion", "report", "threat-actor", "tool", "vulnerability");

    public static readonly FrozenSet<string> RelationshipObjects = FrozenSet.Create(StringComparer.Ordinal,
        "relationship", "sighting");

    public static readonly FrozenSet<string> CyberObservables = FrozenSet.Create(StringComparer.Ordinal,
        "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file",
        "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url",
        "user-account", "windows-registry-key", "x509-certificate");

    public static readonly FrozenSet<string> MetaObjects = FrozenSet.Create(StringComparer.Ordinal,
        "language-content", "marking-definition", "extension-definition");

    /// <summary>
    /// Type names that no object may use: <c>action</c> was reserved by STIX 2.0 and the 2.1 JSON schemas still reject it.
    /// </summary>
    public static readonly FrozenSet<string> Reserved = FrozenSet.Create(StringComparer.Ordinal, "action");

    private static readonly FrozenDictionary<string, StixKind>.AlternateLookup<ReadOnlySpan<char>> Kinds =
        DomainObjects.Select(t => (t, StixKind.Sdo))
            .Concat(RelationshipObjects.Select(t => (t, StixKind.Sro)))
            .Concat(CyberObservables.Select(t => (t, StixKind.Sco)))
            .Concat(MetaObjects.Select(t => (t, StixKind.Meta)))
            .Append(("bundle", StixKind.Bundle))
            .Append(("action", StixKind.Invalid))
            .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies a type name; a well-formed name the specification does not define is <see cref="StixKind.Custom"/>.</summary>
    public static StixKind KindOf(string type) => KindOf(type.AsSpan());

    public static StixKind KindOf(ReadOnlySpan<char> type) =>
        Kinds.TryGetValue(type, out var kind) ? kind
        : IsValidTypeName(type) ? StixKind.Custom
        : StixKind.Invalid;

    /// <summary>
    /// The type-name rules of STIX 2.1 §3.1: 3 to 250 characters from a–z, 0–9 and hyphen, with no two hyphens in a row.
    /// </summary>
    public static bool IsValidTypeName(ReadOnlySpan<char> type)
    {
        if (type.Length is < 3 or > 250)
        {
            return false;
        }
        var previousHyphen = false;
        foreach (var c in type)
        {
            if (c == '-')
            {
                if (previousHyphen)
                {
                    return false;
                }
                previousHyphen = true;
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                previousHyphen = false;
            }
            else
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A noun phrase for messages: "an identity", "a malware", "a user-account", "an x509-certificate".</summary>
    public static string WithArticle(string type) =>
        type.Length > 0 && "aeiox".Contains(type[0], StringComparison.Ordinal) ? "an " + type : "a " + type;
}
