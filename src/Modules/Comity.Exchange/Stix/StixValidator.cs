using System.Collections.Frozen;
using System.Text.Json;
using static Comity.Exchange.Stix.CommonShapes;

namespace Comity.Exchange.Stix;

/// <summary>
/// Validates STIX 2.1 objects and bundles against the OASIS standard: errors for what the specification requires
/// (MUST), warnings for what it recommends (SHOULD, open vocabularies, deprecations). Only reads the JSON.
/// </summary>
internal static class StixValidator
{
    private static readonly FrozenDictionary<string, TypeSpec> Specs = DomainObjectSpecs.All()
        .Concat(ObservableSpecs.All())
        .Concat(MetaObjectSpecs.All())
        .ToFrozenDictionary(s => s.Type, StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReservedProperties = FrozenSet.Create(StringComparer.Ordinal,
        "action", "severity", "username", "phone_numbers");

    private static readonly FrozenSet<string> DomainOnlyCommon = FrozenSet.Create(StringComparer.Ordinal,
        "created", "modified", "created_by_ref", "revoked", "labels", "confidence", "lang", "external_references");

    // A custom type without an extension-definition may be domain-like or observable-like, so it takes both sets of
    // common properties, all optional except type and id.
    private static readonly ObjectShape CustomShape = new ObjectShape("a custom object")
        .Include(Core("custom object"), withRequirements: false)
        .Optional("defanged", Bool)
        .Rule(CheckCustomCommon);

    private static readonly IReadOnlyList<string> CustomRequired = ["type", "id"];

    private static readonly TypeSpec CustomSdo = new("custom", StixKind.Sdo, Core("custom object"));
    private static readonly TypeSpec CustomSro = new("custom", StixKind.Sro, Core("custom relationship object"));
    private static readonly TypeSpec CustomSco = new("custom", StixKind.Sco, ObservableCore("custom observable"));

    private static readonly Action<JsonProperty, ValidationContext> OnCustomProperty = CheckCustomProperty;

    private static readonly Action<JsonElement, ValidationContext> CreatedBeforeModified = Order("created", "modified");

    /// <summary>Validates one STIX object (not a bundle).</summary>
    /// <param name="obj">The object as parsed JSON; it is only read.</param>
    /// <param name="checkStixPattern">Checks an indicator pattern whose pattern_type is stix; returns an error message or null.
    /// Without it, STIX patterns are not checked.</param>
    public static StixValidation Validate(JsonElement obj, Func<string, string?>? checkStixPattern = null)
    {
        var ctx = new ValidationContext(checkStixPattern) { Root = obj };
        ValidateObject(obj, ctx, inContainer: false);
        return ctx.Result();
    }

    /// <summary>Validates a bundle envelope and, separately, every object in it.</summary>
    public static BundleValidation ValidateBundle(JsonElement bundle, Func<string, string?>? checkStixPattern = null) =>
        BundleValidator.Validate(bundle, checkStixPattern);

    internal static void ValidateObject(JsonElement obj, ValidationContext ctx, bool inContainer)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            ctx.ErrorPlain($"A STIX object must be a JSON object, not {PropertyRule.Describe(obj)}.");
            return;
        }
        if (!obj.TryGetProperty("type", out var typeValue))
        {
            ctx.ErrorAt("type", "is required in every STIX object but is missing");
            return;
        }
        if (typeValue.ValueKind != JsonValueKind.String)
        {
            ctx.ErrorAt("type", $"must be a string, not {PropertyRule.Describe(typeValue)}");
            return;
        }
        var type = typeValue.GetString()!;
        var kind = StixTypes.KindOf(type);
        if (kind == StixKind.Invalid)
        {
            ctx.ErrorAt("type", StixTypes.Reserved.Contains(type)
                ? $"must not be {ValidationContext.Quote(type)}, a reserved type name"
                : $"must be 3 to 250 characters of a–z, 0–9 and hyphen with no two hyphens in a row, not {ValidationContext.Quote(type)}");
            return;
        }
        if (kind == StixKind.Bundle)
        {
            ctx.ErrorAt("type", "is bundle, but a bundle is an envelope, not an object; bundles cannot be nested");
            return;
        }
        if (inContainer && kind is not (StixKind.Sco or StixKind.Custom))
        {
            ctx.ErrorAt("type", $"must be a cyber-observable type inside observed-data objects, not {ValidationContext.Quote(type)}");
            return;
        }
        Specs.TryGetValue(type, out var spec);
        var declared = StixExtensions.Check(obj, spec, type, ctx);
        var effective = spec ?? declared switch
        {
            StixKind.Sdo => CustomSdo,
            StixKind.Sro => CustomSro,
            StixKind.Sco => CustomSco,
            _ => null,
        };
        kind = effective?.Kind ?? (inContainer ? StixKind.Sco : StixKind.Custom);
        ctx.ObjectType = type;
        ctx.ObjectKind = kind;

        CheckId(obj, type, kind, ctx, inContainer);
        CheckSpecVersion(obj, kind, effective is null, ctx);
        if (effective is null)
        {
            CustomShape.Validate(obj, ctx, OnCustomProperty);
            foreach (var name in CustomRequired.Where(n => !inContainer || n != "id"))
            {
                if (!Has(obj, name))
                {
                    ctx.ErrorAt(name, "is required in every STIX object but is missing");
                }
            }
        }
        else
        {
            effective.Shape.Validate(obj, ctx, OnCustomProperty);
        }
        if (kind != StixKind.Sco)
        {
            CreatedBeforeModified(obj, ctx);
        }
    }

    /// <summary>The <c>type--UUID</c> form, the type match, and the UUID versions §2.9 recommends.</summary>
    private static void CheckId(JsonElement obj, string type, StixKind kind, ValidationContext ctx, bool inContainer)
    {
        if (!obj.TryGetProperty("id", out var value))
        {
            return; // the shape reports a missing id where one is required
        }
        ctx.Push("id");
        if (value.ValueKind != JsonValueKind.String)
        {
            ctx.Error($"must be a string of the form {type}--<UUID>, not {PropertyRule.Describe(value)}");
        }
        else if (!StixIdentifier.TryParse(value.GetString()!, out var idType, out var version, out var problem))
        {
            ctx.Error($"must be of the form {type}--<UUID>, but {ValidationContext.Quote(value.GetString()!)} {problem}");
        }
        else if (idType != type)
        {
            ctx.Error($"must start with '{type}--' to match the object's type, not {ValidationContext.Quote(value.GetString()!)}");
        }
        else if (kind == StixKind.Sco)
        {
            if (version is not (4 or 5) && !inContainer)
            {
                ctx.Warn("should use a UUIDv5 built from the object's ID contributing properties, or a UUIDv4 when it has none");
            }
        }
        else if (version != 4 && kind != StixKind.Custom)
        {
            ctx.Warn($"should use a UUIDv4 (STIX 2.1 §2.9), not a version {version} UUID");
        }
        ctx.Pop();
    }

    private static void CheckSpecVersion(JsonElement obj, StixKind kind, bool custom, ValidationContext ctx)
    {
        if (!obj.TryGetProperty("spec_version", out var value))
        {
            if (custom && kind == StixKind.Custom)
            {
                ctx.WarnAt("spec_version", "should be given as \"2.1\" on custom objects");
            }
            return;
        }
        if (value.ValueKind != JsonValueKind.String || value.GetString() != "2.1")
        {
            ctx.ErrorAt("spec_version", $"must be \"2.1\", not {PropertyRule.Describe(value)}; only STIX 2.1 content is accepted");
        }
    }

    private static void CheckCustomCommon(JsonElement obj, ValidationContext ctx)
    {
        var created = Has(obj, "created");
        if (created != Has(obj, "modified"))
        {
            ctx.ErrorAt(created ? "modified" : "created", $"is required when {(created ? "created" : "modified")} is present");
        }
    }

    /// <summary>Properties a type does not define are custom properties (§11.1).</summary>
    private static void CheckCustomProperty(JsonProperty property, ValidationContext ctx)
    {
        var name = property.Name;
        if (ReservedProperties.Contains(name))
        {
            ctx.Error("is a reserved property name in STIX 2.1 and must not be used");
            return;
        }
        if (!IsCustomPropertyName(name))
        {
            ctx.Warn("is not a well-formed custom property name (3 to 250 characters of a–z, 0–9 and underscore)");
        }
        if (ctx.ObjectKind == StixKind.Sco && DomainOnlyCommon.Contains(name))
        {
            ctx.Warn("is a common property of domain and relationship objects, not of cyber-observable objects");
        }
        var value = property.Value;
        if (value.ValueKind == JsonValueKind.Null)
        {
            ctx.Error("must not be null; leave the property out instead");
        }
        else if (name.EndsWith("_hex", StringComparison.Ordinal))
        {
            Hex.Check(value, ctx);
        }
        else if (name.EndsWith("_bin", StringComparison.Ordinal))
        {
            Binary.Check(value, ctx);
        }
    }

    private static bool IsCustomPropertyName(string name)
    {
        if (name.Length is < 3 or > 250)
        {
            return false;
        }
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }
        return true;
    }
}
