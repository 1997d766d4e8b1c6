using System.Text.Json;

namespace Comity.Exchange.Stix;

/// <summary>Whether a type (given as characters of the identifier, to avoid a string) of the given family is acceptable.</summary>
internal delegate bool TypeTest(ReadOnlySpan<char> type, StixKind kind);

/// <summary>Which object types a reference may point at, and how to say so in a message.</summary>
internal sealed class RefTarget(string description, TypeTest allows)
{
    public string Description { get; } = description;

    public bool Allows(ReadOnlySpan<char> type, StixKind kind) => allows(type, kind);

    public static readonly RefTarget Any = new("a STIX object", (_, k) => k != StixKind.Bundle);

    /// <summary>Domain objects, including custom ones (new SDO types come from extensions).</summary>
    public static readonly RefTarget Sdo = new("a STIX domain object", (_, k) => k is StixKind.Sdo or StixKind.Custom);

    public static readonly RefTarget Sco = new("a cyber-observable object", (_, k) => k is StixKind.Sco or StixKind.Custom);

    public static readonly RefTarget SdoOrSco = new("a domain or cyber-observable object",
        (_, k) => k is StixKind.Sdo or StixKind.Sco or StixKind.Custom);

    public static readonly RefTarget ScoOrSro = new("a cyber-observable object or a relationship or sighting",
        (_, k) => k is StixKind.Sco or StixKind.Sro or StixKind.Custom);

    public static RefTarget Types(params string[] types)
    {
        var description = types.Length == 1
            ? StixTypes.WithArticle(types[0])
            : StixTypes.WithArticle(string.Join(", ", types[..^1])) + " or " + types[^1];
        return new RefTarget(description, (t, _) =>
        {
            foreach (var allowed in types)
            {
                if (t.SequenceEqual(allowed))
                {
                    return true;
                }
            }
            return false;
        });
    }
}

/// <summary>
/// An identifier that must be well formed and point at an allowed type. Observable references may instead be local keys
/// when they sit inside the deprecated observed-data <c>objects</c> container.
/// </summary>
internal sealed class ReferenceRule(RefTarget target, bool observable = false) : PropertyRule
{
    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (!Expect(value, JsonValueKind.String, "an identifier string", ctx))
        {
            return;
        }
        if (!(observable && ctx.Container is not null))
        {
            Span<char> buffer = stackalloc char[300];
            var length = JsonText.Value(value, buffer);
            if (length >= 0 && StixIdentifier.TryParse(buffer[..length], out var typeLength, out _, out _))
            {
                var type = buffer[..typeLength];
                if (!target.Allows(type, StixTypes.KindOf(type)))
                {
                    ctx.Error($"must reference {target.Description}, not {ValidationContext.Quote(value.GetString()!)}");
                }
                return;
            }
        }
        var text = value.GetString()!;
        if (observable && ctx.Container is { } container)
        {
            if (!container.TryGetValue(text, out var localType))
            {
                ctx.Error($"must be the key of another object in this observed-data's objects, but {ValidationContext.Quote(text)} is not one");
            }
            else if (!target.Allows(localType, StixTypes.KindOf(localType)))
            {
                ctx.Error($"must reference {target.Description}, not object {ValidationContext.Quote(text)} of type {localType}");
            }
            return;
        }
        if (!StixIdentifier.TryParse(text, out var parsedType, out _, out var problem))
        {
            ctx.Error($"must be a STIX identifier (type--UUID), but {ValidationContext.Quote(text)} {problem}");
            return;
        }
        if (!target.Allows(parsedType, StixTypes.KindOf(parsedType)))
        {
            ctx.Error($"must reference {target.Description}, not {ValidationContext.Quote(text)}");
        }
    }
}
