using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Evidence;

/// <summary>One file sent to be attached to the respondent's answer for <see cref="Indicator"/>.</summary>
public sealed record EvidenceUpload(string? Indicator, string? FileName, long Length, Func<Stream> Open);

/// <summary>What one save does to a respondent's evidence: files to attach, and the ids of their files to take away.</summary>
public sealed record EvidenceChanges(IReadOnlyList<EvidenceUpload> Uploads, IReadOnlyList<Guid> Removals)
{
    public static EvidenceChanges None { get; } = new([], []);

    public bool IsEmpty => Uploads.Count == 0 && Removals.Count == 0;
}

/// <summary>
/// Evidence changes that passed every check: each upload read, recognised and within the limits, each removal one of the
/// respondent's own files. Nothing touches the database until <see cref="Apply"/>.
/// </summary>
internal sealed class CheckedEvidence
{
    private readonly List<(string Indicator, string? FileName, EvidenceKind Kind, byte[] Bytes, string Hash)> accepted = [];
    private readonly List<EvidenceFile> removed = [];

    /// <summary>The files <see cref="Apply"/> attached.</summary>
    public List<EvidenceFile> Added { get; } = [];

    /// <summary>
    /// Checks <paramref name="changes"/> against the respondent's stored files, the model's <paramref name="indicators"/> and
    /// the <paramref name="answered"/> ones (answers already stored or saved together with the files); problems go to
    /// <paramref name="validation"/> in the reader's language.
    /// </summary>
    public static async Task<CheckedEvidence> CheckAsync(Respondent respondent, EvidenceChanges changes, IReadOnlySet<string> indicators,
        IReadOnlySet<string> answered, CapacityDb db, EvidenceOptions limits, Validation validation, IStringLocalizer t,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(respondent);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(validation);
        var result = new CheckedEvidence();
        if (changes.IsEmpty)
        {
            return result;
        }
        var stored = await db.EvidenceFiles.Where(f => f.RespondentId == respondent.Id).ToListAsync(cancellationToken);
        foreach (var id in changes.Removals.Distinct())
        {
            if (stored.FirstOrDefault(f => f.Id == id) is { } file)
            {
                result.removed.Add(file);
            }
            else
            {
                validation.Add("remove", t["A file you asked to remove is not among your evidence files; reload the page and try again."]);
            }
        }
        if (changes.Uploads.Count > limits.MaxFilesPerAnswer)
        {
            validation.Add("file", t["Attach at most {0} files at a time; save, then attach the rest.", limits.MaxFilesPerAnswer]);
            return result;
        }
        var kept = stored.Except(result.removed).ToList();
        foreach (var upload in changes.Uploads)
        {
            var name = ShownName(upload.FileName);
            if (upload.Indicator is not { } indicator || !indicators.Contains(indicator))
            {
                validation.Add("indicator", t["'{0}' is not an indicator of this model.", upload.Indicator ?? ""]);
                continue;
            }
            if (!answered.Contains(indicator))
            {
                validation.Add("file", t["Choose an answer for statement {0} before attaching evidence to it.", indicator]);
                continue;
            }
            if (await ReadAsync(upload, name, limits, validation, t, cancellationToken) is not { } bytes)
            {
                continue;
            }
            var (kind, refusal) = EvidenceTypes.Recognise(bytes, upload.FileName);
            if (kind is null)
            {
                validation.Add("file", Refusal(refusal, name, t));
                continue;
            }
            var hash = EvidenceFile.HashOf(bytes);
            if (kept.Any(f => f.Indicator == indicator && f.Sha256 == hash)
                || result.accepted.Any(a => a.Indicator == indicator && a.Hash == hash))
            {
                validation.Add("file", t["'{0}' is already attached to statement {1}.", name, indicator]);
                continue;
            }
            result.accepted.Add((indicator, upload.FileName, kind.Value, bytes, hash));
        }
        foreach (var indicator in result.accepted.Select(a => a.Indicator).Distinct())
        {
            var total = kept.Count(f => f.Indicator == indicator) + result.accepted.Count(a => a.Indicator == indicator);
            validation.Require(total <= limits.MaxFilesPerAnswer, "file",
                t["Statement {0} can carry at most {1} evidence files; remove one before attaching another.", indicator, limits.MaxFilesPerAnswer]);
        }
        return result;
    }

    /// <summary>Adds the accepted files to the respondent's answers and removes the others; returns what happened, for the audit trail.</summary>
    public List<AuditEvent> Apply(Respondent respondent, CapacityDb db, DateTimeOffset now)
    {
        var events = new List<AuditEvent>();
        foreach (var file in removed)
        {
            db.EvidenceFiles.Remove(file);
            events.Add(new AuditEvent("capacity.evidence.removed", "capacity-cycle", respondent.CycleId.ToString(),
                $"{respondent.Email}: {file.Indicator} {file.FileName} (sha256 {file.Sha256})"));
        }
        foreach (var (indicator, fileName, kind, bytes, _) in accepted)
        {
            var answer = respondent.Answers.Single(a => a.Indicator == indicator);
            var (file, content) = EvidenceFile.Attach(respondent, answer, fileName, kind, bytes, now);
            db.EvidenceFiles.Add(file);
            db.EvidenceContents.Add(content);
            Added.Add(file);
            events.Add(new AuditEvent("capacity.evidence.attached", "capacity-cycle", respondent.CycleId.ToString(),
                $"{respondent.Email}: {indicator} {file.FileName} ({file.MediaType}, {file.Size} bytes, sha256 {file.Sha256})"));
        }
        return events;
    }

    /// <summary>The uploaded name as the uploader knows it, for messages: its last path segment, cut short.</summary>
    private static string ShownName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/').Split('/')[^1].Trim();
        return name.Length == 0 ? "?" : name.Length > 100 ? name[..100] + "…" : name;
    }

    /// <summary>The upload's bytes, or null (with the reason added) when it is empty or larger than the limit.</summary>
    private static async Task<byte[]?> ReadAsync(EvidenceUpload upload, string name, EvidenceOptions limits, Validation validation, IStringLocalizer t,
        CancellationToken cancellationToken)
    {
        string TooLarge() => t["'{0}' is larger than {1} MB, the most an evidence file may be.", name, limits.MaxFileMegabytes];
        if (upload.Length > limits.MaxFileBytes)
        {
            validation.Add("file", TooLarge());
            return null;
        }
        await using var stream = upload.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // The declared length is the client's word; the bytes that arrive are counted too.
            if (buffer.Length + read > limits.MaxFileBytes)
            {
                validation.Add("file", TooLarge());
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            validation.Add("file", t["'{0}' is empty.", name]);
            return null;
        }
        return buffer.ToArray();
    }

    private static string Refusal(EvidenceRefusal? refusal, string name, IStringLocalizer t) => refusal switch
    {
        EvidenceRefusal.Program => t["'{0}' is a program; programs are never accepted as evidence.", name],
        EvidenceRefusal.Macros => t["'{0}' contains macros; save a copy without macros (.docx or .xlsx) and attach that.", name],
        EvidenceRefusal.TextNotUtf8 => t["'{0}' is text in an encoding other than UTF-8; save it as UTF-8 and attach it again.", name],
        _ => t["'{0}' is not a file type accepted as evidence: PDF, PNG, JPEG, plain text, CSV, Word (.docx), Excel (.xlsx) or OpenDocument text (.odt).", name],
    };
}
