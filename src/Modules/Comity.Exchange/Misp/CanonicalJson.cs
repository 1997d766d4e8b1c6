using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Comity.Exchange.Misp;

/// <summary>
/// RFC 8785 (JCS) serialisation of the small JSON values that make up SCO ID contributing properties: keys sorted by
/// UTF-16 code units, no whitespace, only the escapes JSON requires, integers only (no SCO contributing property is
/// fractional).
/// </summary>
internal static class CanonicalJson
{
    public static string Write(JsonNode? node)
    {
        var sb = new StringBuilder();
        Append(sb, node);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }
                    first = false;
                    AppendString(sb, key);
                    sb.Append(':');
                    Append(sb, value);
                }
                sb.Append('}');
                break;
            case JsonArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }
                    Append(sb, array[i]);
                }
                sb.Append(']');
                break;
            case JsonValue value when value.TryGetValue<string>(out var s):
                AppendString(sb, s);
                break;
            case JsonValue value when value.TryGetValue<bool>(out var b):
                sb.Append(b ? "true" : "false");
                break;
            case JsonValue value when value.TryGetValue<long>(out var l):
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValue value when value.TryGetValue<int>(out var n):
                sb.Append(n.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                throw new InvalidOperationException("Only strings, booleans and integers occur in SCO contributing properties.");
        }
    }

    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ': sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }
}
