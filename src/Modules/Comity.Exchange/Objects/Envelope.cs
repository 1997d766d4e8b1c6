using System.Text.Json;

namespace Comity.Exchange.Objects;

/// <summary>Reads the objects out of a TAXII envelope (<c>{"objects": […]}</c>) or a STIX bundle.</summary>
internal static class Envelope
{
    public static bool TryReadObjects(JsonElement root, out IReadOnlyList<JsonElement> objects, out string? problem)
    {
        objects = [];
        problem = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "The body must be a JSON object: a TAXII envelope or a STIX bundle.";
            return false;
        }
        if (!root.TryGetProperty("objects", out var list))
        {
            // An empty envelope has no objects property at all.
            return true;
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            problem = "'objects' must be a list of STIX objects.";
            return false;
        }
        var count = list.GetArrayLength();
        if (count > IngestObjects.MaxObjects)
        {
            problem = $"The envelope holds {count} objects; send at most {IngestObjects.MaxObjects} per request.";
            return false;
        }
        var items = new List<JsonElement>(count);
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                problem = $"Item {items.Count} of 'objects' is not a JSON object.";
                return false;
            }
            items.Add(item);
        }
        objects = items;
        return true;
    }
}
