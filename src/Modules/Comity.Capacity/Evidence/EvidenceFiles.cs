using System.Globalization;
using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Evidence;

/// <summary>An evidence file as lists and exports show it: what it is, who sent it, and where to download it; never its bytes.</summary>
public sealed record EvidenceFileResponse(Guid Id, string Indicator, string FileName, string MediaType, int Size, string Sha256, Guid RespondentId,
    string UploadedBy, StakeholderGroup Group, DateTimeOffset UploadedAt, string Download);

/// <summary>A file on its way to someone allowed to read it.</summary>
public sealed record EvidenceDownload(string FileName, string MediaType, byte[] Bytes);

/// <summary>
/// Evidence files on answers. The uploader reaches their files through the same invitation or answering link as their
/// answers; a cycle's files are read by whoever may read its answers (<see cref="Cycles.Readable"/>). Anyone else finds
/// nothing, as if the file did not exist. Files change only while the cycle is open.
/// </summary>
public static class EvidenceFiles
{
    public static async Task<List<EvidenceFileResponse>> OfRespondentAsync(Respondent respondent, string downloadBase, CapacityDb db,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(respondent);
        var files = await db.EvidenceFiles.AsNoTracking().Where(f => f.RespondentId == respondent.Id).OrderBy(f => f.UploadedAt)
            .ToListAsync(cancellationToken);
        return files.Select(f => ToResponse(f, respondent.Email, respondent.Group, downloadBase)).ToList();
    }

    /// <summary>Every file of a cycle, for those who may read its answers: check that before calling.</summary>
    public static async Task<List<EvidenceFileResponse>> OfCycleAsync(Guid cycleId, string downloadBase, CapacityDb db, CancellationToken cancellationToken)
    {
        var rows = await db.EvidenceFiles.AsNoTracking().Where(f => f.CycleId == cycleId)
            .Join(db.Respondents, f => f.RespondentId, r => r.Id, (f, r) => new { File = f, r.Email, r.Group })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(x => x.File.UploadedAt).Select(x => ToResponse(x.File, x.Email, x.Group, downloadBase)).ToList();
    }

    /// <summary>Attaches one file to the respondent's existing answer for <see cref="EvidenceUpload.Indicator"/>.</summary>
    public static async Task<Outcome<EvidenceFileResponse>> AttachAsync(Respondent respondent, EvidenceUpload upload, string downloadBase, CapacityDb db,
        EvidenceOptions limits, IAuditLog audit, TimeProvider clock, IStringLocalizer t, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(respondent);
        var (cycle, model) = await Cycles.QuestionnaireAsync(respondent, db, cancellationToken);
        if (!cycle.IsOpen)
        {
            return Outcome<EvidenceFileResponse>.Conflict(t["This assessment is submitted; its evidence files no longer change."]);
        }
        var v = new Validation();
        var indicators = model.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var answered = respondent.Answers.Select(a => a.Indicator).ToHashSet(StringComparer.Ordinal);
        var checkedEvidence = await CheckedEvidence.CheckAsync(respondent, new EvidenceChanges([upload], []), indicators, answered, db, limits, v, t,
            cancellationToken);
        if (!v.IsValid)
        {
            return v;
        }
        var events = checkedEvidence.Apply(respondent, db, clock.GetUtcNow());
        await SaveAuditedAsync(db, audit, events, cancellationToken);
        return Outcome<EvidenceFileResponse>.Ok(ToResponse(checkedEvidence.Added.Single(), respondent.Email, respondent.Group, downloadBase));
    }

    /// <summary>Removes one of the respondent's own files while the cycle is open.</summary>
    public static async Task<Outcome<EvidenceFileResponse>> RemoveAsync(Respondent respondent, Guid fileId, string downloadBase, CapacityDb db,
        EvidenceOptions limits, IAuditLog audit, TimeProvider clock, IStringLocalizer t, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(respondent);
        var file = await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.RespondentId == respondent.Id, cancellationToken);
        if (file is null)
        {
            return Outcome<EvidenceFileResponse>.NotFound();
        }
        var (cycle, _) = await Cycles.QuestionnaireAsync(respondent, db, cancellationToken);
        if (!cycle.IsOpen)
        {
            return Outcome<EvidenceFileResponse>.Conflict(t["This assessment is submitted; its evidence files no longer change."]);
        }
        var v = new Validation();
        var checkedEvidence = await CheckedEvidence.CheckAsync(respondent, new EvidenceChanges([], [fileId]), new HashSet<string>(), new HashSet<string>(),
            db, limits, v, t, cancellationToken);
        if (!v.IsValid)
        {
            return v;
        }
        await SaveAuditedAsync(db, audit, checkedEvidence.Apply(respondent, db, clock.GetUtcNow()), cancellationToken);
        return Outcome<EvidenceFileResponse>.Ok(ToResponse(file, respondent.Email, respondent.Group, downloadBase));
    }

    /// <summary>One of the respondent's own files; null when it is not theirs.</summary>
    public static async Task<EvidenceDownload?> ForRespondentAsync(Respondent respondent, Guid fileId, CapacityDb db, IAuditLog audit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(respondent);
        var file = await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.RespondentId == respondent.Id, cancellationToken);
        return file is null ? null : await DownloadAsync(file, db, audit, cancellationToken);
    }

    /// <summary>A file of a cycle whose answers the caller may read; null otherwise, exactly as for a file that does not exist.</summary>
    public static async Task<EvidenceDownload?> ForReaderAsync(CapacityCaller caller, Guid cycleId, Guid fileId, CapacityDb db, IAuditLog audit,
        CancellationToken cancellationToken)
    {
        if (!await Cycles.Readable(caller, db).AnyAsync(c => c.Id == cycleId, cancellationToken))
        {
            return null;
        }
        var file = await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.CycleId == cycleId, cancellationToken);
        return file is null ? null : await DownloadAsync(file, db, audit, cancellationToken);
    }

    /// <summary>
    /// Headers for sending a file: never stored by a shared cache or the browser's, and never sniffed into something that runs
    /// (the body itself goes out as an attachment with its recognised media type).
    /// </summary>
    public static void SendPrivately(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
    }

    /// <summary>A size as people read it: bytes, KB or MB with one decimal in the reader's number format.</summary>
    public static string ReadableSize(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    /// <summary>Saves the pending changes and an audit record for each event, all in one transaction.</summary>
    internal static async Task SaveAuditedAsync(CapacityDb db, IAuditLog audit, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var auditEvent in events)
        {
            await audit.RecordAsync(db, auditEvent, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static EvidenceFileResponse ToResponse(EvidenceFile f, string email, StakeholderGroup group, string downloadBase) =>
        new(f.Id, f.Indicator, f.FileName, f.MediaType, f.Size, f.Sha256, f.RespondentId, email, group, f.UploadedAt, $"{downloadBase}/{f.Id}");

    private static async Task<EvidenceDownload> DownloadAsync(EvidenceFile file, CapacityDb db, IAuditLog audit, CancellationToken cancellationToken)
    {
        var bytes = await db.EvidenceContents.AsNoTracking().Where(c => c.FileId == file.Id).Select(c => c.Bytes).SingleAsync(cancellationToken);
        // Evidence may describe a country's weaknesses: who read it matters as much as who changed it.
        await audit.RecordAsync(new AuditEvent("capacity.evidence.downloaded", "capacity-cycle", file.CycleId.ToString(),
            $"{file.Indicator} {file.FileName}"), cancellationToken);
        return new EvidenceDownload(file.FileName, file.MediaType, bytes);
    }
}
