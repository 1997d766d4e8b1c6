using System.Text.Json;

namespace Comity.Exchange.Stix;

/// <summary>
/// The <c>extensions</c> property (§3.2, §7.3): keys are extension-definition ids or the names of the predefined extensions of
/// the object's type; an extension-definition based entry states its <c>extension_type</c>.
/// </summary>
internal static class StixExtensions
{
    /// <summary>Checks the extensions and returns the family a new-sdo, new-sco or new-sro extension declares, if any.</summary>
    public static StixKind? Check(JsonElement obj, TypeSpec? spec, string type, ValidationContext ctx)
    {
        if (!obj.TryGetProperty("extensions", out var extensions))
        {
            return null;
        }
        ctx.Push("extensions");
        StixKind? declared = null;
        if (extensions.ValueKind != JsonValueKind.Object)
        {
            ctx.Error($"must be a dictionary of extensions, not {PropertyRule.Describe(extensions)}");
        }
        else
        {
            var any = false;
            foreach (var entry in extensions.EnumerateObject())
            {
                any = true;
                ctx.Push(entry.Name);
                declared = CheckOne(entry.Name, entry.Value, spec, type, ctx) ?? declared;
                ctx.Pop();
            }
            if (!any)
            {
                ctx.Error("must not be an empty dictionary; leave the property out instead");
            }
        }
        ctx.Pop();
        return declared;
    }

    private static StixKind? CheckOne(string key, JsonElement value, TypeSpec? spec, string type, ValidationContext ctx)
    {
        if (key.StartsWith("extension-definition--", StringComparison.Ordinal))
        {
            if (!StixIdentifier.TryParse(key, out _, out _, out var problem))
            {
                ctx.Error($"is not a valid extension-definition id: it {problem}");
                return null;
            }
            return CheckDefinedExtension(value, spec, type, ctx);
        }
        if (spec is not null && spec.Extensions.TryGetValue(key, out var shape))
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                ctx.Error($"must be an object, not {PropertyRule.Describe(value)}");
            }
            else
            {
                shape.Validate(value, ctx);
            }
            return null;
        }
        if (type == "marking-definition")
        {
            ctx.Error("is not allowed: marking-definition extensions must be keyed by an extension-definition id");
            return null;
        }
        if (key.EndsWith("-ext", StringComparison.Ordinal) && StixTypes.IsValidTypeName(key))
        {
            ctx.Warn($"is not a predefined extension of {type}; STIX 2.1 custom extensions should be declared by an extension-definition");
            if (value.ValueKind != JsonValueKind.Object || !value.EnumerateObject().Any())
            {
                ctx.Error("must be a non-empty object");
            }
            return null;
        }
        ctx.Error("is not a valid extension key: use an extension-definition id (extension-definition--<UUID>) or the name of a predefined extension");
        return null;
    }

    private static StixKind? CheckDefinedExtension(JsonElement value, TypeSpec? spec, string type, ValidationContext ctx)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            ctx.Error($"must be an object with extension_type, not {PropertyRule.Describe(value)}");
            return null;
        }
        if (!value.TryGetProperty("extension_type", out var extensionType))
        {
            ctx.ErrorAt("extension_type", "is required in an extension-definition based extension");
            return null;
        }
        ctx.Push("extension_type");
        StixVocabularies.ExtensionType.Check(extensionType, ctx);
        ctx.Pop();
        if (extensionType.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        var declared = extensionType.GetString() switch
        {
            "new-sdo" => StixKind.Sdo,
            "new-sco" => StixKind.Sco,
            "new-sro" => StixKind.Sro,
            _ => (StixKind?)null,
        };
        if (declared is not null && spec is not null)
        {
            ctx.ErrorAt("extension_type", $"cannot be {extensionType.GetString()} on {type}, which the specification already defines");
            return null;
        }
        if (extensionType.GetString() == "toplevel-property-extension" && value.EnumerateObject().Skip(1).Any())
        {
            ctx.Warn("is a toplevel-property-extension, whose properties belong at the top level of the object, not inside the extension");
        }
        return declared;
    }
}
