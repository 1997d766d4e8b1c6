using System.Security.Cryptography;
using Comity.Capacity.Assessment;

namespace Comity.Capacity.Evidence;

/// <summary>
/// A file a respondent attached to one of their answers, described here; its bytes are in <see cref="EvidenceContent"/>, a
/// table of their own, so that listing files never reads them.
/// </summary>
public sealed class EvidenceFile
{
    public const int FileNameMax = 200;
    public const int MediaTypeMax = 100;

    private EvidenceFile()
    {
        Indicator = "";
        FileName = "";
        MediaType = "";
        Sha256 = "";
    }

    public Guid Id { get; private set; }

    /// <summary>The answer's cycle, kept here so that a focal point's access is decided without walking respondents.</summary>
    public Guid CycleId { get; private set; }

    /// <summary>The respondent who uploaded the file: the one who answered.</summary>
    public Guid RespondentId { get; private set; }

    public Guid AnswerId { get; private set; }

    public string Indicator { get; private set; }

    /// <summary>The uploaded name cleaned of folders and unusual characters, with the extension of what the file is; shown, never used as a path.</summary>
    public string FileName { get; private set; }

    /// <summary>The media type recognised from the bytes, which downloads are sent with.</summary>
    public string MediaType { get; private set; }

    public int Size { get; private set; }

    /// <summary>SHA-256 of the bytes, lower-case hex: anyone holding a copy can show it is the file that was assessed.</summary>
    public string Sha256 { get; private set; }

    /// <summary>The uploader's account, when they answered signed in rather than through a one-time link.</summary>
    public Guid? UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    internal static (EvidenceFile File, EvidenceContent Content) Attach(Respondent respondent, Answer answer, string? uploadedName, EvidenceKind kind,
        byte[] bytes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(respondent);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0 || answer.RespondentId != respondent.Id)
        {
            throw new ArgumentException("Evidence is a non-empty file attached to one of the respondent's own answers.", nameof(bytes));
        }
        var file = new EvidenceFile
        {
            Id = Guid.CreateVersion7(now),
            CycleId = respondent.CycleId,
            RespondentId = respondent.Id,
            AnswerId = answer.Id,
            Indicator = answer.Indicator,
            FileName = CleanName(uploadedName, kind),
            MediaType = EvidenceTypes.MediaType(kind),
            Size = bytes.Length,
            Sha256 = HashOf(bytes),
            UploadedBy = respondent.UserId,
            UploadedAt = now,
        };
        return (file, new EvidenceContent(file.Id, bytes));
    }

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// A name safe to show and to offer back in a download: no folders, no control, reserved or direction-changing characters,
    /// and the extension of what the bytes are, so "report.pdf.exe" holding a PDF becomes "report.pdf.pdf", never an ".exe".
    /// </summary>
    internal static string CleanName(string? uploadedName, EvidenceKind kind)
    {
        var stem = Path.GetFileNameWithoutExtension((uploadedName ?? "").Replace('\\', '/').Split('/')[^1]);
        // No leading hyphen either: a spreadsheet opening the evidence CSV would read "-…" as the start of a formula.
        var kept = new string(stem.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '(' or ')').ToArray()).Trim(' ', '.')
            .TrimStart('-', ' ');
        if (kept.Length == 0)
        {
            kept = "evidence";
        }
        var extension = EvidenceTypes.Extension(kind);
        return (kept.Length > FileNameMax - extension.Length ? kept[..(FileNameMax - extension.Length)] : kept) + extension;
    }
}

/// <summary>The bytes of an evidence file, read only to download it.</summary>
public sealed class EvidenceContent
{
    private EvidenceContent()
    {
        Bytes = [];
    }

    internal EvidenceContent(Guid fileId, byte[] bytes)
    {
        FileId = fileId;
        Bytes = bytes;
    }

    public Guid FileId { get; private set; }

    public byte[] Bytes { get; private set; }
}
