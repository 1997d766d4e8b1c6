namespace Comity.Exchange.Stix;

/// <summary>The family a STIX 2.1 type name belongs to.</summary>
internal enum StixKind
{
    /// <summary>Not a valid type name at all.</summary>
    Invalid,

    /// <summary>STIX Domain Object.</summary>
    Sdo,

    /// <summary>STIX Relationship Object (relationship, sighting).</summary>
    Sro,

    /// <summary>STIX Cyber-observable Object.</summary>
    Sco,

    /// <summary>STIX Meta Object: language-content, marking-definition, extension-definition.</summary>
    Meta,

    /// <summary>The bundle envelope.</summary>
    Bundle,

    /// <summary>A well-formed type name the specification does not define.</summary>
    Custom,
}
