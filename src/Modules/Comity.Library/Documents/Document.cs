namespace Comity.Library.Documents;

/// <summary>How an uploaded file was read; decided from its bytes, never from its name alone.</summary>
public enum DocumentFormat
{
    Pdf,
    Html,
    Markdown,
}

/// <summary>
/// A library document: the metadata a librarian describes it with, the text extracted from its file (what the index
/// searches), and who added it when. The original bytes live in <see cref="DocumentFile"/>, so that listing and
/// searching never load them.
/// </summary>
public sealed class Document
{
    public const int TitleMax = 300;
    public const int RegionMax = 100;
    public const int PublisherMax = 200;
    public const int LicenceMax = 100;
    public const int SummaryMax = 2_000;
    public const int SourceUrlMax = 2_000;
    public const int FileNameMax = 200;
    public const int MaxCountries = 60;
    public const int MaxTopics = 12;

    private Document()
    {
        Title = "";
        Type = "";
        Language = "";
        Countries = [];
        Topics = [];
        Text = "";
        FileName = "";
        ContentType = "";
        Sha256 = "";
        UploadedByName = "";
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>One of <see cref="DocumentTypes.All"/>.</summary>
    public string Type { get; private set; }

    /// <summary>One of the six UN languages; picks the analyser the document is indexed with.</summary>
    public string Language { get; private set; }

    /// <summary>ISO 3166 alpha-2 codes of the countries the document is about.</summary>
    public string[] Countries { get; private set; }

    public string? Region { get; private set; }

    /// <summary>Topic slugs such as <c>electronic-evidence</c>.</summary>
    public string[] Topics { get; private set; }

    public int? Year { get; private set; }

    public string? Publisher { get; private set; }

    public string? Licence { get; private set; }

    public string? Summary { get; private set; }

    public string? SourceUrl { get; private set; }

    /// <summary>Plain text extracted from the file at upload.</summary>
    public string Text { get; private set; }

    /// <summary>True when the text was cut at the extraction limit; the original file is whole.</summary>
    public bool TextTruncated { get; private set; }

    public DocumentFormat Format { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the original file: the same file is not added twice.</summary>
    public string Sha256 { get; private set; }

    public Guid? UploadedBy { get; private set; }

    /// <summary>The uploader's name as it was at the time, kept for display after accounts change.</summary>
    public string UploadedByName { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Document Create(Guid id, DocumentDescription description, ExtractedFile file, Guid? uploadedBy, string uploadedByName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        var document = new Document
        {
            Id = id,
            Text = file.Text,
            TextTruncated = file.Truncated,
            Format = file.Format,
            FileName = file.FileName,
            ContentType = file.ContentType,
            Size = file.Content.Length,
            Sha256 = file.Sha256,
            UploadedBy = uploadedBy,
            UploadedByName = uploadedByName.Length > PublisherMax ? uploadedByName[..PublisherMax] : uploadedByName,
            UploadedAt = now,
        };
        document.Describe(description, now);
        return document;
    }

    /// <summary>Replaces the metadata; the file and its text stay as uploaded.</summary>
    public void Describe(DocumentDescription description, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(description);
        Title = description.Title;
        Type = description.Type;
        Language = description.Language;
        Countries = [.. description.Countries];
        Region = description.Region;
        Topics = [.. description.Topics];
        Year = description.Year;
        Publisher = description.Publisher;
        Licence = description.Licence;
        Summary = description.Summary;
        SourceUrl = description.SourceUrl;
        UpdatedAt = now;
    }
}

/// <summary>The original bytes of a document's file, one row per document.</summary>
public sealed class DocumentFile
{
    private DocumentFile()
    {
        Content = [];
    }

    public Guid DocumentId { get; private set; }

    public byte[] Content { get; private set; }

    public static DocumentFile For(Guid documentId, byte[] content) => new() { DocumentId = documentId, Content = content };
}

/// <summary>What a library change did to a document; <see cref="Rebuild"/> asks every node to rebuild its index.</summary>
public enum ChangeKind
{
    Upsert,
    Delete,
    Rebuild,
}

/// <summary>
/// One entry of the library's change log. Every upload, edit and delete appends one in the same transaction, so each
/// web node can bring its own on-disk index up to date by reading the entries after the last one it applied.
/// </summary>
public sealed class DocumentChange
{
    private DocumentChange()
    {
    }

    /// <summary>Assigned by the database in commit order (see <c>LibraryChanges.AppendAsync</c>).</summary>
    public long Seq { get; private set; }

    public Guid? DocumentId { get; private set; }

    public ChangeKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static DocumentChange Of(Guid? documentId, ChangeKind kind, DateTimeOffset at) => new() { DocumentId = documentId, Kind = kind, At = at };
}
