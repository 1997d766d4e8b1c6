namespace Comity.Library.Documents;

/// <summary>A document's metadata and file details, without the file or its text.</summary>
public sealed record DocumentResponse(
    Guid Id,
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
    string? SourceUrl,
    DocumentFileInfo File,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    DateTimeOffset UpdatedAt)
{
    public static DocumentResponse From(Document d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.Title, d.Type, d.Language, d.Countries, d.Region, d.Topics, d.Year, d.Publisher, d.Licence, d.Summary, d.SourceUrl,
            new DocumentFileInfo(d.FileName, d.Format, d.ContentType, d.Size, d.Sha256, d.TextTruncated), d.UploadedByName, d.UploadedAt, d.UpdatedAt);
    }

    /// <summary>The metadata as an edit would send it back unchanged.</summary>
    public DocumentInput ToInput() => new()
    {
        Title = Title,
        Type = Type,
        Language = Language,
        Countries = Countries,
        Region = Region,
        Topics = Topics,
        Year = Year,
        Publisher = Publisher,
        Licence = Licence,
        Summary = Summary,
        SourceUrl = SourceUrl,
    };
}

/// <summary>The original file: its cleaned name, what it is, its size and SHA-256, and whether its text was cut at the extraction limit.</summary>
public sealed record DocumentFileInfo(string FileName, DocumentFormat Format, string ContentType, long Size, string Sha256, bool TextTruncated);

/// <summary>A file as it is handed back for download.</summary>
public sealed record DocumentDownload(string FileName, string ContentType, byte[] Content);
