namespace Comity.Library.Extraction;

/// <summary>The "key: value" header between two "---" lines at the top of a Markdown file, and the body after it.</summary>
/// <param name="Values">Keys lower-cased; "[a, b]" values split into lists; a plain value is a one-item list.</param>
/// <param name="Body">The text after the closing line.</param>
internal sealed record FrontMatter(IReadOnlyDictionary<string, IReadOnlyList<string>> Values, string Body)
{
    public string? Single(string key) => Values.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    public IReadOnlyList<string> List(string key) => Values.TryGetValue(key, out var values) ? values : [];

    /// <summary>A file without a header gives no values and the whole text as body.</summary>
    public static FrontMatter Split(string text)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            return new FrontMatter(values, text);
        }
        var close = normalized.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            return new FrontMatter(values, text);
        }
        foreach (var line in normalized[4..close].Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            values[key] = value.StartsWith('[') && value.EndsWith(']')
                ? value[1..^1].Split(',').Select(Unquote).Where(v => v.Length > 0).ToList()
                : [Unquote(value)];
        }
        var bodyStart = normalized.IndexOf('\n', close + 4);
        return new FrontMatter(values, bodyStart < 0 ? "" : normalized[(bodyStart + 1)..]);
    }

    private static string Unquote(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length >= 2 && (trimmed[0] == '"' || trimmed[0] == '\'') && trimmed[^1] == trimmed[0] ? trimmed[1..^1] : trimmed;
    }
}
