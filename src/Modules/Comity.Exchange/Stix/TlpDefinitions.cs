using System.Collections.Frozen;

namespace Comity.Exchange.Stix;

/// <summary>
/// What the validator checks on the fixed marking-definitions of the Traffic Light Protocol (ids from <see cref="Sharing.TlpMarkings"/>). TLP 2.0 is published by OASIS as an extension
/// (cti-stix-common-objects, extension-definitions/property-extensions/tlp-2.0); TLP 1.0 is predefined by STIX 2.1 §7.2.1.4.
/// </summary>
internal static class TlpDefinitions
{
    /// <summary>The extension-definition that carries the <c>tlp_2_0</c> property of a TLP 2.0 marking.</summary>
    public const string Tlp2ExtensionId = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    public const string Tlp2Clear = Sharing.TlpMarkings.Clear;
    public const string Tlp2Green = Sharing.TlpMarkings.Green;
    public const string Tlp2Amber = Sharing.TlpMarkings.Amber;
    public const string Tlp2AmberStrict = Sharing.TlpMarkings.AmberStrict;
    public const string Tlp2Red = Sharing.TlpMarkings.Red;

    public const string Tlp1White = Sharing.TlpMarkings.White1;
    public const string Tlp1Green = Sharing.TlpMarkings.Green1;
    public const string Tlp1Amber = Sharing.TlpMarkings.Amber1;
    public const string Tlp1Red = Sharing.TlpMarkings.Red1;

    /// <summary>TLP 2.0 id → the <c>tlp_2_0</c> value and name its marking-definition must carry.</summary>
    public static readonly FrozenDictionary<string, (string Level, string Name)> Tlp2 =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [Tlp2Clear] = ("clear", "TLP:CLEAR"),
            [Tlp2Green] = ("green", "TLP:GREEN"),
            [Tlp2Amber] = ("amber", "TLP:AMBER"),
            [Tlp2AmberStrict] = ("amber+strict", "TLP:AMBER+STRICT"),
            [Tlp2Red] = ("red", "TLP:RED"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>TLP 1.0 id → the <c>definition.tlp</c> value and name its marking-definition must carry.</summary>
    public static readonly FrozenDictionary<string, (string Level, string Name)> Tlp1 =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [Tlp1White] = ("white", "TLP:WHITE"),
            [Tlp1Green] = ("green", "TLP:GREEN"),
            [Tlp1Amber] = ("amber", "TLP:AMBER"),
            [Tlp1Red] = ("red", "TLP:RED"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The created timestamp the specification gives the four TLP 1.0 marking-definitions.</summary>
    public const string Tlp1Created = "2017-01-20T00:00:00.000Z";
}
