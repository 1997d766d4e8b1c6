using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Comity.Library.Extraction;

/// <summary>
/// Visible text of an HTML page: parsed with a real HTML5 parser (so broken markup cannot smuggle tags through),
/// scripts, styles and other non-content elements dropped, block elements separated by line breaks.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "canvas", "nav",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "hr", "main", "aside", "figure",
    };

    public static string Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var builder = new StringBuilder();
        var title = document.Title;
        if (!string.IsNullOrWhiteSpace(title))
        {
            builder.Append(title).Append("\n\n");
        }
        if (document.Body is not null)
        {
            Append(document.Body, builder);
        }
        return builder.ToString();
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement element when !Skipped.Contains(element.LocalName):
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        builder.Append('\n');
                    }
                    Append(element, builder);
                    if (block)
                    {
                        builder.Append('\n');
                    }
                    break;
                default:
                    break;
            }
        }
    }
}
