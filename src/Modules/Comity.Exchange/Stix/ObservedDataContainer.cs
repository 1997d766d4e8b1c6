using System.Text.Json;

namespace Comity.Exchange.Stix;

/// <summary>
/// Observed-data takes either <c>object_refs</c> or the deprecated <c>objects</c> container (§4.13), whose observables refer to
/// each other by local keys instead of identifiers.
/// </summary>
internal static class ObservedDataContainer
{
    public static void Check(JsonElement obj, ValidationContext ctx)
    {
        var hasObjects = obj.TryGetProperty("objects", out var objects);
        var hasRefs = CommonShapes.Has(obj, "object_refs");
        if (hasObjects && hasRefs)
        {
            ctx.Error("must have object_refs or objects, not both");
        }
        else if (!hasObjects && !hasRefs)
        {
            ctx.ErrorAt("object_refs", "is required in an observed-data (or the deprecated objects container)");
        }
        if (!hasObjects)
        {
            return;
        }
        ctx.Push("objects");
        ValidateContainer(objects, ctx);
        ctx.Pop();
    }

    private static void ValidateContainer(JsonElement objects, ValidationContext ctx)
    {
        if (objects.ValueKind != JsonValueKind.Object)
        {
            ctx.Error($"must be a dictionary of cyber-observable objects, not {PropertyRule.Describe(objects)}");
            return;
        }
        ctx.Warn("is deprecated in STIX 2.1; use object_refs pointing at top-level cyber-observable objects");
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in objects.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String)
            {
                types[entry.Name] = t.GetString()!;
            }
        }
        if (!objects.EnumerateObject().Any())
        {
            ctx.Error("must not be an empty dictionary");
            return;
        }
        var (outerContainer, outerType, outerKind, outerRoot) = (ctx.Container, ctx.ObjectType, ctx.ObjectKind, ctx.Root);
        ctx.Container = types;
        foreach (var entry in objects.EnumerateObject())
        {
            ctx.Push(entry.Name);
            ctx.Root = entry.Value;
            StixValidator.ValidateObject(entry.Value, ctx, inContainer: true);
            ctx.Pop();
        }
        (ctx.Container, ctx.ObjectType, ctx.ObjectKind, ctx.Root) = (outerContainer, outerType, outerKind, outerRoot);
    }
}
