namespace Comity.Roster.Experts;

/// <summary>The document formats a CV may come in; the format is read from the content, never from the file name.</summary>
public enum CvFormat
{
    Pdf,
    Docx,
    Odt,
}

/// <summary>
/// An expert's CV, one per expert, kept in the roster's database so that every web node serves the same file.
/// A separate table keeps the bytes out of roster searches.
/// </summary>
public sealed class ExpertCv
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int FileNameMax = 200;

    private ExpertCv()
    {
        FileName = "";
        Content = [];
    }

    public Guid ExpertId { get; private set; }

    /// <summary>The name the file was uploaded with, cleaned of path and control characters.</summary>
    public string FileName { get; private set; }

    public CvFormat Format { get; private set; }

    public int Size { get; private set; }

    public byte[] Content { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public static ExpertCv Create(Guid expertId, string fileName, CvFormat format, byte[] content, Guid uploadedBy, DateTimeOffset now)
    {
        var cv = new ExpertCv { ExpertId = expertId };
        cv.Replace(fileName, format, content, uploadedBy, now);
        return cv;
    }

    public void Replace(string fileName, CvFormat format, byte[] content, Guid uploadedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length is 0 or > MaxBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(content), "A CV holds 1 byte to 5 MB.");
        }
        FileName = CleanName(fileName, format);
        Format = format;
        Content = content;
        Size = content.Length;
        UploadedBy = uploadedBy;
        UploadedAt = now;
    }

    public static string ContentType(CvFormat format) => format switch
    {
        CvFormat.Pdf => "application/pdf",
        CvFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/vnd.oasis.opendocument.text",
    };

    public static string Extension(CvFormat format) => format switch
    {
        CvFormat.Pdf => ".pdf",
        CvFormat.Docx => ".docx",
        _ => ".odt",
    };

    /// <summary>
    /// A file name safe to store and to offer back: no directories, no control or reserved characters, and the
    /// extension of the format the content really is.
    /// </summary>
    internal static string CleanName(string? name, CvFormat format)
    {
        var stem = Path.GetFileNameWithoutExtension((name ?? "").Replace('\\', '/').Split('/')[^1]);
        var kept = new string(stem.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.').ToArray()).Trim(' ', '.');
        if (kept.Length == 0)
        {
            kept = "cv";
        }
        var extension = Extension(format);
        return (kept.Length > FileNameMax - extension.Length ? kept[..(FileNameMax - extension.Length)] : kept) + extension;
    }
}
