using System.Text.Json;

namespace Comity.Exchange.Stix;

/// <summary>The bundle envelope (§8): type bundle, a bundle id, and an optional list of objects validated one by one.</summary>
internal static class BundleValidator
{
    public static BundleValidation Validate(JsonElement bundle, Func<string, string?>? checkStixPattern)
    {
        var envelope = new ValidationContext(checkStixPattern) { Root = bundle, ObjectType = "bundle", ObjectKind = StixKind.Bundle };
        var results = new List<BundleObjectResult>();
        if (bundle.ValueKind != JsonValueKind.Object)
        {
            envelope.ErrorPlain($"A bundle must be a JSON object, not {PropertyRule.Describe(bundle)}.");
            return new BundleValidation(envelope.Result(), results);
        }
        JsonElement objects = default;
        foreach (var p in bundle.EnumerateObject())
        {
            envelope.Push(p.Name);
            switch (p.Name)
            {
                case "type":
                    if (p.Value.ValueKind != JsonValueKind.String || p.Value.GetString() != "bundle")
                    {
                        envelope.Error($"must be \"bundle\", not {PropertyRule.Describe(p.Value)}");
                    }
                    break;
                case "id":
                    CheckId(p.Value, envelope);
                    break;
                case "objects":
                    objects = p.Value;
                    break;
                case "spec_version":
                    envelope.Warn("is not a bundle property in STIX 2.1 (it was one in STIX 2.0); each object carries its own");
                    break;
                default:
                    envelope.Warn("is not a bundle property and will be ignored");
                    break;
            }
            envelope.Pop();
        }
        if (!bundle.TryGetProperty("type", out _))
        {
            envelope.ErrorAt("type", "is required in a bundle but is missing");
        }
        if (!bundle.TryGetProperty("id", out _))
        {
            envelope.ErrorAt("id", "is required in a bundle but is missing");
        }
        if (objects.ValueKind != JsonValueKind.Undefined)
        {
            ValidateObjects(objects, envelope, results, checkStixPattern);
        }
        return new BundleValidation(envelope.Result(), results);
    }

    private static void CheckId(JsonElement value, ValidationContext ctx)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            ctx.Error($"must be a string of the form bundle--<UUID>, not {PropertyRule.Describe(value)}");
        }
        else if (!StixIdentifier.TryParse(value.GetString()!, out var type, out var version, out var problem))
        {
            ctx.Error($"must be of the form bundle--<UUID>, but {ValidationContext.Quote(value.GetString()!)} {problem}");
        }
        else if (type != "bundle")
        {
            ctx.Error($"must start with 'bundle--', not {ValidationContext.Quote(value.GetString()!)}");
        }
        else if (version != 4)
        {
            ctx.Warn($"should use a UUIDv4 (STIX 2.1 §2.9), not a version {version} UUID");
        }
    }

    private static void ValidateObjects(JsonElement objects, ValidationContext envelope, List<BundleObjectResult> results,
        Func<string, string?>? checkStixPattern)
    {
        envelope.Push("objects");
        if (objects.ValueKind != JsonValueKind.Array)
        {
            envelope.Error($"must be a list of STIX objects, not {PropertyRule.Describe(objects)}");
            envelope.Pop();
            return;
        }
        var seen = new Dictionary<(string Id, string? Modified), int>();
        var index = 0;
        foreach (var obj in objects.EnumerateArray())
        {
            var id = Text(obj, "id");
            var result = new BundleObjectResult(index, id, Text(obj, "type"), StixValidator.Validate(obj, checkStixPattern));
            results.Add(result);
            if (id is not null)
            {
                var key = (id, Text(obj, "modified"));
                if (seen.TryGetValue(key, out var first))
                {
                    envelope.Push(index);
                    envelope.Warn(FormattableString.Invariant($"repeats objects[{first}]: same id and modified"));
                    envelope.Pop();
                }
                else
                {
                    seen[key] = index;
                }
            }
            index++;
        }
        if (index == 0)
        {
            envelope.Warn("is empty; the specification describes objects as one or more STIX objects");
        }
        envelope.Pop();
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
