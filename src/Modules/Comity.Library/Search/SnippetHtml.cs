using System.Net;

namespace Comity.Library.Search;

/// <summary>
/// The last check before a snippet is written into a page unescaped: apart from &lt;mark&gt; and &lt;/mark&gt;, the text must
/// hold no markup at all. <see cref="SnippetBuilder"/> guarantees this already; should it ever fail to, the snippet is
/// escaped whole rather than trusted.
/// </summary>
public static class SnippetHtml
{
    public static string Safe(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var rest = snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        return rest.Contains('<', StringComparison.Ordinal) || rest.Contains('>', StringComparison.Ordinal) || rest.Contains('"', StringComparison.Ordinal)
            ? WebUtility.HtmlEncode(WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)))
            : snippet;
    }
}
