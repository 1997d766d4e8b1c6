using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Comity.Exchange.Misp;

/// <summary>
/// Writes the STIX pattern that matches an observable graph: one observation expression, comparisons joined by AND,
/// all on the root's object type (STIX requires one type per AND-joined observation).
/// </summary>
internal static class PatternWriter
{
    /// <summary>Properties that are bookkeeping of the SCO form and say nothing an indicator should match on.</summary>
    private static readonly HashSet<string> NotMatched = new(StringComparer.Ordinal) { "protocols", "is_multipart" };

    public static string Write(Observable root)
    {
        var comparisons = new List<string>();
        Collect(root, root.Type + ":", comparisons);
        return "[" + string.Join(" AND ", comparisons) + "]";
    }

    /// <summary>A string constant: quotes and backslashes are the only characters the grammar needs escaped.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            if (c is '\'' or '\\')
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.Append('\'').ToString();
    }

    private static void Collect(Observable node, string prefix, List<string> into)
    {
        foreach (var (name, value) in node.Properties)
        {
            if (!NotMatched.Contains(name))
            {
                CollectValue(prefix + name, value, into);
            }
        }
        foreach (var r in node.Refs)
        {
            Collect(r.Target, prefix + r.Name + (r.IsList ? "[*]." : "."), into);
        }
    }

    private static void CollectValue(string path, JsonNode? value, List<string> into)
    {
        switch (value)
        {
            case JsonObject dict:
                foreach (var (key, inner) in dict)
                {
                    CollectValue(path + "." + Key(key), inner, into);
                }
                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    CollectValue(path + "[*]", item, into);
                }
                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                into.Add(path + " = " + Quote(s));
                break;
            case JsonValue v when v.TryGetValue<long>(out var l):
                into.Add(path + " = " + l.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValue v when v.TryGetValue<int>(out var n):
                into.Add(path + " = " + n.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValue v when v.TryGetValue<bool>(out var b):
                into.Add(path + " = " + (b ? "true" : "false"));
                break;
            default:
                break;
        }
    }

    /// <summary>Dictionary keys such as SHA-256 or Reply-To hold hyphens, which the grammar only takes quoted.</summary>
    private static string Key(string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? key
            : Quote(key);
}
