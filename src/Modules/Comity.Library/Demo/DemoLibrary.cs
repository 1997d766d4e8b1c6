using System.Globalization;
using Comity.Library.Extraction;
using Comity.Library.Search;

namespace Comity.Library.Demo;

/// <summary>The demo documents shipped with the module (Markdown with front matter, embedded), ready to index.</summary>
internal static class DemoLibrary
{
    private const string Prefix = "Comity.Library.Demo.";

    public static IReadOnlyList<LibraryDocument> Documents()
    {
        var assembly = typeof(DemoLibrary).Assembly;
        var documents = new List<LibraryDocument>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            documents.Add(FromMarkdown(Path.GetFileNameWithoutExtension(name[Prefix.Length..]), reader.ReadToEnd()));
        }
        return documents;
    }

    /// <summary>A Markdown file with front matter (title, type, language, countries, region, topics, year, publisher, licence).</summary>
    public static LibraryDocument FromMarkdown(string id, string markdown)
    {
        var front = FrontMatter.Split(markdown);
        var year = front.Single("year");
        return new LibraryDocument(
            id,
            front.Single("title") ?? id,
            TextExtractor.Normalize(MarkdownText.Extract(front.Body)),
            new LibraryMetadata(
                front.Single("language") ?? "en",
                front.Single("type") ?? "guide",
                front.List("countries"),
                front.Single("region"),
                front.List("topics"),
                int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
                front.Single("publisher"),
                front.Single("licence")));
    }
}
