using System.Collections.Frozen;

namespace Comity.Exchange.Stix;

/// <summary>Everything the validator knows about one object type: its family, its properties and its predefined extensions.</summary>
internal sealed class TypeSpec(string type, StixKind kind, ObjectShape shape)
{
    public string Type { get; } = type;

    public StixKind Kind { get; } = kind;

    public ObjectShape Shape { get; } = shape;

    /// <summary>The predefined extensions of §6 (e.g. <c>ntfs-ext</c> on file), by name.</summary>
    public FrozenDictionary<string, ObjectShape> Extensions { get; init; } = FrozenDictionary<string, ObjectShape>.Empty;
}
