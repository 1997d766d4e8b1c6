namespace Comity.Exchange.Sharing;

/// <summary>Traffic Light Protocol 2.0 levels, ordered from least to most restrictive.</summary>
public enum Tlp
{
    Clear = 0,
    Green = 1,
    Amber = 2,
    AmberStrict = 3,
    Red = 4,
}

/// <summary>The STIX marking-definition ids that carry TLP, and conversions between them and <see cref="Tlp"/>.</summary>
public static class TlpMarkings
{
    public const string Clear = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
    public const string Green = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    public const string Amber = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
    public const string AmberStrict = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
    public const string Red = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

    // TLP 1.0 definitions predefined by STIX 2.1; still what many feeds send. WHITE maps to CLEAR.
    public const string White1 = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";
    public const string Green1 = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";
    public const string Amber1 = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
    public const string Red1 = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

    private static readonly Dictionary<string, Tlp> ByMarking = new(StringComparer.Ordinal)
    {
        [Clear] = Tlp.Clear,
        [Green] = Tlp.Green,
        [Amber] = Tlp.Amber,
        [AmberStrict] = Tlp.AmberStrict,
        [Red] = Tlp.Red,
        [White1] = Tlp.Clear,
        [Green1] = Tlp.Green,
        [Amber1] = Tlp.Amber,
        [Red1] = Tlp.Red,
    };

    /// <summary>The TLP level a marking-definition id stands for, if it is one of the TLP definitions.</summary>
    public static Tlp? FromMarking(string markingId) => ByMarking.TryGetValue(markingId, out var tlp) ? tlp : null;

    /// <summary>The TLP 2.0 marking-definition id for a level.</summary>
    public static string ToMarking(this Tlp tlp) => tlp switch
    {
        Tlp.Clear => Clear,
        Tlp.Green => Green,
        Tlp.Amber => Amber,
        Tlp.AmberStrict => AmberStrict,
        Tlp.Red => Red,
        _ => throw new ArgumentOutOfRangeException(nameof(tlp)),
    };

    /// <summary>How the level is written in TLP 2.0: "TLP:AMBER+STRICT".</summary>
    public static string Label(this Tlp tlp) => tlp switch
    {
        Tlp.Clear => "TLP:CLEAR",
        Tlp.Green => "TLP:GREEN",
        Tlp.Amber => "TLP:AMBER",
        Tlp.AmberStrict => "TLP:AMBER+STRICT",
        Tlp.Red => "TLP:RED",
        _ => throw new ArgumentOutOfRangeException(nameof(tlp)),
    };

    /// <summary>Parses "clear", "TLP:AMBER+STRICT", "amber-strict" and the like.</summary>
    public static Tlp? Parse(string? text)
    {
        var key = text?.Trim().ToUpperInvariant().Replace("TLP:", "", StringComparison.Ordinal).Replace('-', '+').Replace('_', '+');
        return key switch
        {
            "CLEAR" or "WHITE" => Tlp.Clear,
            "GREEN" => Tlp.Green,
            "AMBER" => Tlp.Amber,
            "AMBER+STRICT" or "AMBERSTRICT" => Tlp.AmberStrict,
            "RED" => Tlp.Red,
            _ => null,
        };
    }

    /// <summary>Whether objects at this level may ever leave this instance for a federated peer.</summary>
    public static bool MayBeForwarded(this Tlp tlp) => tlp <= Tlp.Amber;
}
