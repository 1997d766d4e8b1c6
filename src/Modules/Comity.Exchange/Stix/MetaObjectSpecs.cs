using System.Text.Json;
using static Comity.Exchange.Stix.CommonShapes;
using V = Comity.Exchange.Stix.StixVocabularies;

namespace Comity.Exchange.Stix;

/// <summary>The meta objects of §7: language-content, marking-definition and extension-definition.</summary>
internal static class MetaObjectSpecs
{
    public static IEnumerable<TypeSpec> All()
    {
        yield return new TypeSpec("language-content", StixKind.Meta, Core("language-content")
            .Require("object_ref", Ref(new RefTarget("a STIX object other than a bundle or language-content",
                (t, k) => k != StixKind.Bundle && !t.SequenceEqual("language-content"))))
            .Optional("object_modified", Timestamp)
            .Require("contents", new DictionaryRule(new DictionaryRule(Any)))
            .Rule(CheckContentLanguages));

        // Marking definitions cannot be versioned (§7.2.1), so they have created but no modified.
        var marking = new ObjectShape("a marking-definition")
            .Require("type", Handled).Require("spec_version", Handled).Require("id", Handled)
            .Require("created", Millis)
            .Optional("created_by_ref", Ref("identity"))
            .Optional("external_references", ExternalReferences)
            .Optional("object_marking_refs", Refs("marking-definition"))
            .Optional("granular_markings", GranularMarkings)
            .Optional("extensions", Handled)
            .Optional("name", Str)
            .Optional("definition_type", V.MarkingDefinitionType)
            .Optional("definition", Handled)
            .Rule(MarkingDefinitionRules.Check);
        yield return new TypeSpec("marking-definition", StixKind.Meta, marking);

        yield return new TypeSpec("extension-definition", StixKind.Meta, Core("extension-definition")
            .Require("created_by_ref", Ref("identity"))
            .Require("name", Str).Optional("description", Str)
            .Require("schema", Str).Require("version", Str)
            .Require("extension_types", List(V.ExtensionType))
            .Optional("extension_properties", StrList)
            .Rule(CheckExtensionDefinition));
    }

    private static void CheckContentLanguages(JsonElement obj, ValidationContext ctx)
    {
        if (!obj.TryGetProperty("contents", out var contents) || contents.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var language in contents.EnumerateObject())
        {
            if (StixFormats.LanguageTag(language.Name) is { } problem)
            {
                ctx.Push("contents");
                ctx.Push(language.Name);
                ctx.Warn(problem.Replace("should be", "is a key that should be", StringComparison.Ordinal));
                ctx.Pop();
                ctx.Pop();
            }
        }
    }

    private static void CheckExtensionDefinition(JsonElement obj, ValidationContext ctx)
    {
        if (!Has(obj, "extension_properties"))
        {
            return;
        }
        var topLevel = obj.TryGetProperty("extension_types", out var types) && types.ValueKind == JsonValueKind.Array
            && types.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.GetString() == "toplevel-property-extension");
        if (!topLevel)
        {
            ctx.ErrorAt("extension_properties", "may only be used when extension_types includes toplevel-property-extension");
        }
    }
}

/// <summary>Marking-definition rules: statement and TLP 1.0 definitions, the TLP 2.0 extension and its fixed ids.</summary>
internal static class MarkingDefinitionRules
{
    public static void Check(JsonElement obj, ValidationContext ctx)
    {
        var id = obj.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : "";
        var hasType = obj.TryGetProperty("definition_type", out var type);
        var hasDefinition = obj.TryGetProperty("definition", out var definition);
        var hasExtensions = Has(obj, "extensions");
        if (!hasExtensions)
        {
            if (!hasType)
            {
                ctx.ErrorAt("definition_type", "is required unless the marking is defined by an extension");
            }
            if (!hasDefinition)
            {
                ctx.ErrorAt("definition", "is required unless the marking is defined by an extension");
            }
        }
        if (hasType != hasDefinition && hasExtensions)
        {
            ctx.ErrorAt(hasType ? "definition" : "definition_type", $"must be given together with {(hasType ? "definition_type" : "definition")}");
        }
        if (hasDefinition && definition.ValueKind != JsonValueKind.Object)
        {
            ctx.ErrorAt("definition", $"must be an object, not {PropertyRule.Describe(definition)}");
        }
        else if (hasDefinition && hasType && type.ValueKind == JsonValueKind.String)
        {
            switch (type.GetString())
            {
                case "statement":
                    if (!definition.TryGetProperty("statement", out var statement) || statement.ValueKind != JsonValueKind.String)
                    {
                        ctx.ErrorAt("definition", "must have a statement string when definition_type is statement");
                    }
                    break;
                case "tlp":
                    CheckTlp1(obj, id, definition, ctx);
                    break;
                default:
                    break;
            }
        }
        if (TlpDefinitions.Tlp1.ContainsKey(id) && !(hasType && type.ValueKind == JsonValueKind.String && type.GetString() == "tlp"))
        {
            ctx.ErrorAt("definition_type", $"must be tlp, because {id} is the id of a predefined TLP 1.0 marking");
        }
        CheckTlp2(obj, id, ctx);
        if (Has(obj, "modified"))
        {
            ctx.WarnAt("modified", "is not a marking-definition property: marking definitions cannot be versioned");
        }
    }

    private static void CheckTlp1(JsonElement obj, string id, JsonElement definition, ValidationContext ctx)
    {
        var level = definition.TryGetProperty("tlp", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (level is not ("white" or "green" or "amber" or "red"))
        {
            ctx.ErrorAt("definition", "must have tlp set to white, green, amber or red when definition_type is tlp");
            return;
        }
        var expected = TlpDefinitions.Tlp1.FirstOrDefault(kv => kv.Value.Level == level);
        if (id != expected.Key)
        {
            ctx.ErrorAt("id", $"must be {expected.Key}, the predefined id of TLP:{level.ToUpperInvariant()} in STIX 2.1");
        }
        if (obj.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() != expected.Value.Name)
        {
            ctx.ErrorAt("name", $"must be {expected.Value.Name} for this TLP marking");
        }
    }

    private static void CheckTlp2(JsonElement obj, string id, ValidationContext ctx)
    {
        var known = TlpDefinitions.Tlp2.TryGetValue(id, out var expected);
        JsonElement extension = default;
        var hasExtension = obj.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty(TlpDefinitions.Tlp2ExtensionId, out extension) && extension.ValueKind == JsonValueKind.Object;
        if (!hasExtension)
        {
            if (known)
            {
                ctx.ErrorAt("extensions", $"must carry the TLP 2.0 extension {TlpDefinitions.Tlp2ExtensionId}, because {id} is the id of {expected.Name}");
            }
            return;
        }
        var level = extension.TryGetProperty("tlp_2_0", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        ctx.Push("extensions");
        ctx.Push(TlpDefinitions.Tlp2ExtensionId);
        if (level is not ("clear" or "green" or "amber" or "amber+strict" or "red"))
        {
            ctx.ErrorAt("tlp_2_0", "must be clear, green, amber, amber+strict or red");
        }
        else if (known && level != expected.Level)
        {
            ctx.ErrorAt("tlp_2_0", $"must be {expected.Level}, because {id} is the id of {expected.Name}");
        }
        else if (!known)
        {
            var fixedId = TlpDefinitions.Tlp2.First(kv => kv.Value.Level == level).Key;
            ctx.Pop();
            ctx.Pop();
            ctx.ErrorAt("id", $"must be {fixedId}, the fixed id of TLP 2.0 {level}; TLP markings are shared, not minted per producer");
            return;
        }
        ctx.Pop();
        ctx.Pop();
        if (known && (!obj.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() != expected.Name))
        {
            ctx.ErrorAt("name", $"must be {expected.Name} for this TLP 2.0 marking");
        }
    }
}
