using System.Globalization;
using System.Text.Json;

namespace Comity.Exchange.Misp;

/// <summary>
/// Reads MISP JSON leniently: MISP writes numbers and booleans as strings ("1", "0", "1700000000") depending on the
/// version and the endpoint, and leaves out empty lists.
/// </summary>
internal static class MispJson
{
    public static string? Text(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var v))
        {
            return null;
        }
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    public static bool Flag(JsonElement obj, string name) =>
        Text(obj, name) is "true" or "1" or "True";

    public static IEnumerable<JsonElement> Items(JsonElement obj, string name)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in v.EnumerateArray())
            {
                yield return item;
            }
        }
    }

    public static JsonElement? Child(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    /// <summary>A Unix time in seconds, as MISP's timestamp fields hold it; null when absent or zero.</summary>
    public static DateTimeOffset? UnixTime(JsonElement obj, string name) =>
        long.TryParse(Text(obj, name), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 && s < 253402300800
            ? DateTimeOffset.FromUnixTimeSeconds(s)
            : null;

    /// <summary>first_seen / last_seen are ISO 8601 with microseconds; a bare date ("2024-03-01") is read as UTC midnight.</summary>
    public static DateTimeOffset? IsoTime(JsonElement obj, string name) =>
        Text(obj, name) is { Length: > 0 } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : null;

    /// <summary>Tag names of an event or attribute ("Tag": [{"name": ...}]).</summary>
    public static IEnumerable<string> TagNames(JsonElement obj) =>
        Items(obj, "Tag").Select(t => Text(t, "name")).OfType<string>().Where(n => n.Length > 0);
}
