using System.IO.Compression;
using System.Text;
using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Roster.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Experts;

/// <summary>What a profile shows about an expert's CV, without its content.</summary>
public sealed record CvInfo(string FileName, CvFormat Format, int Size, DateTimeOffset UploadedAt);

/// <summary>A CV as it is sent back to someone who may see the profile.</summary>
public sealed record CvFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Attaches a CV to an expert's profile (the expert themselves or a coordinator of their centre), replacing any
/// earlier one, and hands it back to those who may see the profile. Every upload and download is audited.
/// </summary>
public static class CvAttachment
{
    private const string OdtMimeType = "application/vnd.oasis.opendocument.text";

    public static async Task<Outcome<CvInfo>> UploadAsync(RosterCaller caller, Guid expertId, string? fileName, Stream content, RosterDb db,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var expert = await db.Experts.AsNoTracking().SingleOrDefaultAsync(e => e.Id == expertId, cancellationToken);
        if (expert is null || !(expert.CentreId == caller.CoordinatedCentre || (caller.IsExpert && expert.UserId == caller.UserId)))
        {
            return Outcome<CvInfo>.NotFound();
        }
        var bytes = await ReadLimitedAsync(content, cancellationToken);
        if (bytes is null)
        {
            return Outcome<CvInfo>.Invalid("file", "A CV may be at most 5 MB.");
        }
        if (bytes.Length == 0)
        {
            return Outcome<CvInfo>.Invalid("file", "Choose a file to upload.");
        }
        if (Sniff(bytes) is not { } format)
        {
            return Outcome<CvInfo>.Invalid("file", "A CV must be a PDF, Word (.docx) or OpenDocument (.odt) document.");
        }
        var now = clock.GetUtcNow();
        var cv = await db.Cvs.SingleOrDefaultAsync(c => c.ExpertId == expertId, cancellationToken);
        var replaced = cv is not null;
        if (cv is null)
        {
            cv = ExpertCv.Create(expertId, fileName ?? "", format, bytes, caller.UserId, now);
            db.Cvs.Add(cv);
        }
        else
        {
            cv.Replace(fileName ?? "", format, bytes, caller.UserId, now);
        }
        await db.SaveChangesAuditedAsync(audit, new AuditEvent(replaced ? "expert.cv-replaced" : "expert.cv-added", "expert", expertId.ToString(),
            $"{cv.FileName} ({cv.Size} bytes)"), cancellationToken);
        return Outcome<CvInfo>.Ok(new CvInfo(cv.FileName, cv.Format, cv.Size, cv.UploadedAt));
    }

    /// <summary>The CV, if there is one and the caller may see the expert's profile; the download is audited.</summary>
    public static async Task<CvFile?> DownloadAsync(RosterCaller caller, Guid expertId, RosterDb db, IAuditLog audit,
        CancellationToken cancellationToken)
    {
        var expert = await db.Experts.AsNoTracking().SingleOrDefaultAsync(e => e.Id == expertId, cancellationToken);
        if (expert is null || !FindExperts.CanSee(caller, expert))
        {
            return null;
        }
        var cv = await db.Cvs.AsNoTracking().SingleOrDefaultAsync(c => c.ExpertId == expertId, cancellationToken);
        if (cv is null)
        {
            return null;
        }
        // CVs are personal data: who read one matters as much as who changed it.
        await audit.RecordAsync(new AuditEvent("expert.cv-downloaded", "expert", expertId.ToString(), cv.FileName), cancellationToken);
        return new CvFile(cv.FileName, ExpertCv.ContentType(cv.Format), cv.Content);
    }

    /// <summary>The document format, judged by the bytes: %PDF- for PDF; for the ZIP-based formats, the parts each must contain.</summary>
    public static CvFormat? Sniff(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.AsSpan().StartsWith("%PDF-"u8))
        {
            return CvFormat.Pdf;
        }
        if (!content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return null;
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is { Length: < 100 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() == OdtMimeType ? CvFormat.Odt : null;
            }
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null ? CvFormat.Docx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Reads at most <see cref="ExpertCv.MaxBytes"/>; null when the stream holds more.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > ExpertCv.MaxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
