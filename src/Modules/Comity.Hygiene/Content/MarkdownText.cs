using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Comity.Hygiene.Content;

/// <summary>
/// Campaign Markdown to HTML. Raw HTML is disabled (Markdig escapes it), and links or images whose address is not
/// http(s), mailto, tel or site-relative lose their address, so a page can never carry script.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "";
            }
            // Images would be fetched by every visitor; the budget and the no-third-party rule allow only our own.
            if (link.IsImage && !IsSiteRelative(link.Url))
            {
                link.IsImage = false;
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(autolink.Url))
            {
                autolink.Url = "";
            }
        }
        return document.ToHtml(Pipeline);
    }

    internal static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url) || IsSiteRelative(url) || url.StartsWith('#'))
        {
            return true;
        }
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel";
    }

    private static bool IsSiteRelative(string? url) => url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Contains('\\', StringComparison.Ordinal);
}
