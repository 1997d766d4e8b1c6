using Comity.Kernel;
using Comity.Library.Search;
using WorldCountries = Comity.Identity.Geography.Countries;

namespace Comity.Library.Documents;

/// <summary>
/// A document's metadata as a caller sends it: from the upload form, the multipart API or the JSON edit. Lists may also
/// come as one comma-separated string (form fields, multipart parts). Field names are the JSON property names.
/// </summary>
public sealed record DocumentInput
{
    public string? Title { get; init; }

    /// <summary>legislation, strategy, guide, training or case-study.</summary>
    public string? Type { get; init; }

    /// <summary>ar, en, es, fr, ru or zh.</summary>
    public string? Language { get; init; }

    /// <summary>ISO 3166 alpha-2 codes.</summary>
    public IReadOnlyList<string>? Countries { get; init; }

    public string? Region { get; init; }

    /// <summary>Topic slugs: lower-case letters, digits and hyphens.</summary>
    public IReadOnlyList<string>? Topics { get; init; }

    public int? Year { get; init; }

    public string? Publisher { get; init; }

    /// <summary>A licence identifier such as CC-BY-4.0.</summary>
    public string? Licence { get; init; }

    public string? Summary { get; init; }

    /// <summary>Where the document was published, as an absolute http(s) address.</summary>
    public string? SourceUrl { get; init; }
}

/// <summary>Metadata that passed validation, trimmed and normalised.</summary>
public sealed record DocumentDescription(
    string Title,
    string Type,
    string Language,
    IReadOnlyList<string> Countries,
    string? Region,
    IReadOnlyList<string> Topics,
    int? Year,
    string? Publisher,
    string? Licence,
    string? Summary,
    string? SourceUrl)
{
    public const int EarliestYear = 1900;

    /// <summary>
    /// Checks every field and says what is wrong with each. <paramref name="fallbackTitle"/> stands in for an empty title
    /// (the title found in an uploaded file); without one a title is required.
    /// </summary>
    public static (DocumentDescription? Description, Validation Validation) From(DocumentInput input, string? fallbackTitle, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(input);
        var validation = new Validation();
        var title = Clean(input.Title) ?? Clean(fallbackTitle);
        validation.Required(title, "title", Document.TitleMax);
        var type = Clean(input.Type)?.ToLowerInvariant();
        if (type is null)
        {
            validation.Add("type", "Choose the kind of document.");
        }
        else if (!DocumentTypes.All.Contains(type))
        {
            validation.Add("type", $"The type must be one of: {string.Join(", ", DocumentTypes.All)}.");
        }
        var language = LibraryLanguages.Normalize(input.Language);
        if (language is null)
        {
            validation.Add("language", $"The language must be one of: {string.Join(", ", LibraryLanguages.All)}.");
        }
        var countries = Split(input.Countries).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var unknown = countries.Where(c => !WorldCountries.Exists(c)).ToList();
        if (unknown.Count > 0)
        {
            validation.Add("countries", $"Not ISO 3166 country codes: {string.Join(", ", unknown)}.");
        }
        validation.Require(countries.Count <= Document.MaxCountries, "countries", $"Name at most {Document.MaxCountries} countries.");
        var topics = Split(input.Topics).Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var badTopics = topics.Where(t => !LibraryTopics.IsSlug(t)).ToList();
        if (badTopics.Count > 0)
        {
            validation.Add("topics", $"Topics are written in lower-case letters, digits and hyphens, such as electronic-evidence: {string.Join(", ", badTopics)}.");
        }
        validation.Require(topics.Count <= Document.MaxTopics, "topics", $"Give at most {Document.MaxTopics} topics.");
        if (input.Year is { } year && (year < EarliestYear || year > currentYear + 1))
        {
            validation.Add("year", $"The year must be between {EarliestYear} and {currentYear + 1}.");
        }
        var region = Clean(input.Region);
        validation.MaxLength(region, "region", Document.RegionMax);
        var publisher = Clean(input.Publisher);
        validation.MaxLength(publisher, "publisher", Document.PublisherMax);
        var licence = Clean(input.Licence);
        validation.MaxLength(licence, "licence", Document.LicenceMax);
        var summary = input.Summary?.Trim() is { Length: > 0 } s ? s.Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        validation.MaxLength(summary, "summary", Document.SummaryMax);
        var source = Clean(input.SourceUrl);
        if (source is not null && (source.Length > Document.SourceUrlMax || !Uri.TryCreate(source, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            validation.Add("sourceUrl", "The source must be an http or https address of at most 2000 characters.");
        }
        if (!validation.IsValid)
        {
            return (null, validation);
        }
        return (new DocumentDescription(title!, type!, language!, countries, region, topics, input.Year, publisher, licence, summary, source), validation);
    }

    /// <summary>A single-line value trimmed, control characters removed; null when nothing is left.</summary>
    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var kept = new string(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return kept.Length == 0 ? null : kept;
    }

    private static IEnumerable<string> Split(IReadOnlyList<string>? values) =>
        (values ?? []).SelectMany(v => (v ?? "").Split([',', ';', ' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
