using System.Globalization;
using Comity.Library.Documents;

namespace Comity.Library.Areas.Library.Pages.Documents;

/// <summary>The metadata fields of the upload and edit forms: lists as checkboxes or comma-separated text, as people type them.</summary>
public sealed class DocumentForm
{
    public string? Title { get; set; }

    public string? Type { get; set; }

    public string? Language { get; set; }

    /// <summary>ISO codes separated by commas or spaces.</summary>
    public string? Countries { get; set; }

    public string? Region { get; set; }

    /// <summary>The offered topics that are ticked.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>Further topic slugs, separated by commas.</summary>
    public string? OtherTopics { get; set; }

    public int? Year { get; set; }

    public string? Publisher { get; set; }

    public string? Licence { get; set; }

    public string? Summary { get; set; }

    public string? SourceUrl { get; set; }

    public DocumentInput ToInput() => new()
    {
        Title = Title,
        Type = Type,
        Language = Language,
        Countries = Countries is null ? [] : [Countries],
        Region = Region,
        Topics = OtherTopics is null ? Topics : [.. Topics, OtherTopics],
        Year = Year,
        Publisher = Publisher,
        Licence = Licence,
        Summary = Summary,
        SourceUrl = SourceUrl,
    };

    public static DocumentForm From(DocumentResponse d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new()
        {
            Title = d.Title,
            Type = d.Type,
            Language = d.Language,
            Countries = string.Join(", ", d.Countries),
            Region = d.Region,
            Topics = d.Topics.Where(LibraryTopics.All.Contains).ToList(),
            OtherTopics = string.Join(", ", d.Topics.Where(t => !LibraryTopics.All.Contains(t))),
            Year = d.Year,
            Publisher = d.Publisher,
            Licence = d.Licence,
            Summary = d.Summary,
            SourceUrl = d.SourceUrl,
        };
    }

    /// <summary>An empty form in the reader's language, licensed for reuse unless the uploader says otherwise.</summary>
    public static DocumentForm New() => new()
    {
        Language = Search.LibraryLanguages.Normalize(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? "en",
        Licence = "CC-BY-4.0",
    };
}
