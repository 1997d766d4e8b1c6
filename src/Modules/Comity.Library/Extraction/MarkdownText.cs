using Markdig;

namespace Comity.Library.Extraction;

/// <summary>Markdown to plain text with Markdig. Raw HTML inside the Markdown comes through as literal text; snippets escape it.</summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    public static string Extract(string markdown) => Markdown.ToPlainText(markdown, Pipeline);
}
