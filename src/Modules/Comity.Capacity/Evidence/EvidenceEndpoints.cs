using System.Globalization;
using System.Security.Claims;
using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Comity.Roster.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Comity.Capacity.Evidence;

/// <summary>Routes of evidence files under /api/v1/capacity: respondents attach and remove theirs, focal points download a cycle's.</summary>
internal static class EvidenceEndpoints
{
    private static readonly Role[] Everyone = [.. Roles.All];

    public static string CycleFiles(Guid cycleId) => $"/api/v1/capacity/cycles/{cycleId}/files";

    public static string AccountFiles(Guid respondentId) => $"/api/v1/capacity/invitations/{respondentId}/files";

    public static string TokenFiles(string token) => $"/api/v1/capacity/respond/{token}/files";

    public static void Map(RouteGroupBuilder api, EvidenceOptions limits)
    {
        var uploadLimit = new EvidenceBodyLimit(limits.ApiRequestBytes);
        var upload = $"Attach a file to your answer: multipart/form-data with the file in 'file' (PDF, PNG, JPEG, text, CSV, DOCX, XLSX or ODT, " +
            $"at most {limits.MaxFileMegabytes} MB) and the statement's code in 'indicator'";

        var cycles = api.MapGroup("/cycles").WithTags("Capacity: self-assessment");
        cycles.MapGet("/{id:guid}/files/{fileId:guid}", CycleDownload).RequireAccess(CapacityModule.ScopeRead, Role.CountryFocalPoint)
            .WithSummary("Download an evidence file of your country's cycle");
        cycles.MapGet("/{id:guid}/evidence.csv", EvidenceCsv).RequireAccess(CapacityModule.ScopeRead, Role.CountryFocalPoint)
            .WithSummary("The cycle's evidence files as CSV: statement, name, type, size, SHA-256, uploader and download path");

        var invitations = api.MapGroup("/invitations").WithTags("Capacity: answering");
        invitations.MapPost("/{id:guid}/files", AccountUpload).RequireAccess(CapacityModule.ScopeWrite, Everyone).WithSummary(upload)
            // Programs authenticate with API keys, which a forged cross-site form cannot send.
            .DisableAntiforgery().WithMetadata(uploadLimit);
        invitations.MapGet("/{id:guid}/files/{fileId:guid}", AccountDownload).RequireAccess(CapacityModule.ScopeRead, Everyone)
            .WithSummary("Download one of your evidence files");
        invitations.MapDelete("/{id:guid}/files/{fileId:guid}", AccountRemove).RequireAccess(CapacityModule.ScopeWrite, Everyone)
            .WithSummary("Remove one of your evidence files while the assessment is open");

        var respond = api.MapGroup("/respond").WithTags("Capacity: answering");
        respond.MapPost("/{token}/files", TokenUpload).AllowAnonymous().WithSummary(upload + " (through a one-time answering link)")
            // Only the holder of the answering link can reach its files; a forged form cannot know the link.
            .DisableAntiforgery().WithMetadata(uploadLimit);
        respond.MapGet("/{token}/files/{fileId:guid}", TokenDownload).AllowAnonymous().WithSummary("Download one of your evidence files");
        respond.MapDelete("/{token}/files/{fileId:guid}", TokenRemove).AllowAnonymous()
            .WithSummary("Remove one of your evidence files while the assessment is open");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> CycleDownload(Guid id, Guid fileId, HttpContext context, ClaimsPrincipal user,
        CapacityCallers callers, CapacityDb db, IAuditLog audit, CancellationToken cancellationToken) =>
        Send(context, await EvidenceFiles.ForReaderAsync(await callers.ForAsync(user, cancellationToken), id, fileId, db, audit, cancellationToken));

    private static async Task<Results<FileContentHttpResult, NotFound>> EvidenceCsv(Guid id, ClaimsPrincipal user, CapacityCallers callers,
        CapacityDb db, IOrganisationDirectory organisations, IAssistanceRequests roster, CancellationToken cancellationToken) =>
        await Assessment.Results.ForAsync(await callers.ForAsync(user, cancellationToken), id, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, db,
            organisations, roster, cancellationToken) is { } r
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(Export.EvidenceCsv(r)), "text/csv; charset=utf-8",
                $"evidence-{r.Cycle.Country}-{id:N}.csv")
            : TypedResults.NotFound();

    private static async Task<Results<Created<EvidenceFileResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> AccountUpload(
        Guid id, HttpRequest request, ClaimsPrincipal user, CapacityDb db, IOptions<EvidenceOptions> limits, IAuditLog audit, TimeProvider clock,
        IStringLocalizer<CapacityText> t, CancellationToken cancellationToken) =>
        await Cycles.ByAccountAsync(user.UserId() ?? Guid.Empty, id, db, clock, cancellationToken) is { } r
            ? await UploadAsync(r, AccountFiles(id), request, db, limits.Value, audit, clock, t, cancellationToken)
            : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> AccountDownload(Guid id, Guid fileId, HttpContext context, ClaimsPrincipal user,
        CapacityDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        Send(context, await Cycles.ByAccountAsync(user.UserId() ?? Guid.Empty, id, db, clock, cancellationToken) is { } r
            ? await EvidenceFiles.ForRespondentAsync(r, fileId, db, audit, cancellationToken)
            : null);

    private static async Task<Results<Ok<EvidenceFileResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> AccountRemove(
        Guid id, Guid fileId, ClaimsPrincipal user, CapacityDb db, IOptions<EvidenceOptions> limits, IAuditLog audit, TimeProvider clock,
        IStringLocalizer<CapacityText> t, CancellationToken cancellationToken) =>
        await Cycles.ByAccountAsync(user.UserId() ?? Guid.Empty, id, db, clock, cancellationToken) is { } r
            ? (await EvidenceFiles.RemoveAsync(r, fileId, AccountFiles(id), db, limits.Value, audit, clock, t, cancellationToken)).ToHttp()
            : TypedResults.NotFound();

    private static async Task<Results<Created<EvidenceFileResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> TokenUpload(
        string token, HttpRequest request, CapacityDb db, IOptions<EvidenceOptions> limits, IAuditLog audit, TimeProvider clock,
        IStringLocalizer<CapacityText> t, CancellationToken cancellationToken) =>
        await Cycles.ByTokenAsync(token, db, clock, cancellationToken) is { } r
            ? await UploadAsync(r, TokenFiles(token), request, db, limits.Value, audit, clock, t, cancellationToken)
            : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> TokenDownload(string token, Guid fileId, HttpContext context, CapacityDb db,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        Send(context, await Cycles.ByTokenAsync(token, db, clock, cancellationToken) is { } r
            ? await EvidenceFiles.ForRespondentAsync(r, fileId, db, audit, cancellationToken)
            : null);

    private static async Task<Results<Ok<EvidenceFileResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> TokenRemove(
        string token, Guid fileId, CapacityDb db, IOptions<EvidenceOptions> limits, IAuditLog audit, TimeProvider clock, IStringLocalizer<CapacityText> t,
        CancellationToken cancellationToken) =>
        await Cycles.ByTokenAsync(token, db, clock, cancellationToken) is { } r
            ? (await EvidenceFiles.RemoveAsync(r, fileId, TokenFiles(token), db, limits.Value, audit, clock, t, cancellationToken)).ToHttp()
            : TypedResults.NotFound();

    private static async Task<Results<Created<EvidenceFileResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> UploadAsync(
        Respondent respondent, string filesPath, HttpRequest request, CapacityDb db, EvidenceOptions limits, IAuditLog audit, TimeProvider clock,
        IStringLocalizer t, CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        if (form?.Files.GetFile("file") is not { } file)
        {
            return Outcome<EvidenceFileResponse>.Invalid("file",
                t["Send the file as multipart/form-data in a field named 'file', with the statement's code in a field named 'indicator'."])
                .ToCreated(f => f.Download);
        }
        var upload = new EvidenceUpload(form["indicator"].ToString(), file.FileName, file.Length, file.OpenReadStream);
        return (await EvidenceFiles.AttachAsync(respondent, upload, filesPath, db, limits, audit, clock, t, cancellationToken)).ToCreated(f => f.Download);
    }

    private static Results<FileContentHttpResult, NotFound> Send(HttpContext context, EvidenceDownload? file)
    {
        if (file is null)
        {
            return TypedResults.NotFound();
        }
        EvidenceFiles.SendPrivately(context.Response);
        return TypedResults.File(file.Bytes, file.MediaType, file.FileName);
    }
}
