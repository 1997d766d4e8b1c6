using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Skills;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Roster.Experts;

internal static class ExpertEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/experts").WithTags("Roster: experts");
        group.MapGet("/", Search).RequireAccess(RosterModule.ScopeRead, Role.CentreCoordinator)
            .WithSummary("Search your centre's roster and other centres' network-visible experts, with facets");
        group.MapGet("/export", Export).RequireAccess(RosterModule.ScopeRead, Role.CentreCoordinator)
            .WithSummary("Your centre's roster as CSV, in the format the import reads");
        group.MapPost("/import", Import).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator)
            .WithSummary("Add experts from a CSV body: every row is checked first, and nothing is added unless all are valid")
            .WithMetadata(new RequestSizeLimitAttribute(5 * 1024 * 1024));
        group.MapGet("/me", Mine).RequireAccess(RosterModule.ScopeRead, Role.Expert).WithSummary("Your own expert profile");
        group.MapGet("/{id:guid}", Get).RequireAccess(RosterModule.ScopeRead, Role.CentreCoordinator, Role.Expert).WithSummary("One expert's profile");
        group.MapPost("/", Create).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator).WithSummary("Add an expert to your centre's roster");
        group.MapPut("/{id:guid}", Update).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator, Role.Expert)
            .WithSummary("Change a profile: the expert's own, or one on your centre's roster");
        group.MapPut("/{id:guid}/cv", UploadCv).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator, Role.Expert)
            .WithSummary("Attach a CV (PDF, DOCX or ODT, at most 5 MB, as the multipart field 'file'), replacing any earlier one")
            // Programs authenticate with API keys, never cookies, so a forged cross-site form cannot reach this endpoint.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(CvUploadLimit));
        group.MapGet("/{id:guid}/cv", DownloadCv).RequireAccess(RosterModule.ScopeRead, Role.CentreCoordinator, Role.Expert)
            .WithSummary("Download the expert's CV, if you may see their profile");
        group.MapPost("/{id:guid}/vetting", Vet).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator)
            .WithSummary("Record a vetting decision with its expiry");
    }

    private static async Task<Ok<ExpertSearchResult>> Search(ClaimsPrincipal user, RosterCallers callers, RosterDb db, CancellationToken cancellationToken,
        string? search = null, string? skill = null, Proficiency? minimumLevel = null, string? language = null, Cefr? minimumCefr = null,
        Guid? centreId = null, VettingStatus? vetting = null, DateOnly? availableFrom = null, DateOnly? availableTo = null, int? page = null,
        int? pageSize = null)
    {
        var caller = await callers.ForAsync(user, cancellationToken);
        var filter = new ExpertFilter(search, skill, minimumLevel, language, minimumCefr, centreId, vetting, availableFrom, availableTo);
        return TypedResults.Ok(await FindExperts.SearchAsync(caller, filter, new PageQuery(page, pageSize), db, cancellationToken));
    }

    private static async Task<FileContentHttpResult> Export(ClaimsPrincipal user, RosterCallers callers, RosterDb db, CancellationToken cancellationToken) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await ExpertCsv.ExportAsync(await callers.ForAsync(user, cancellationToken), db,
            cancellationToken)), "text/csv; charset=utf-8", "roster.csv");

    private static async Task<Results<Ok<ImportResult>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Import(
        HttpRequest request, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var csv = await reader.ReadToEndAsync(cancellationToken);
        return (await ExpertCsv.ImportAsync(await callers.ForAsync(user, cancellationToken), csv, db, audit, clock, cancellationToken)).ToHttp();
    }

    private static async Task<Results<Ok<ExpertResponse>, NotFound>> Mine(ClaimsPrincipal user, RosterCallers callers, RosterDb db,
        CancellationToken cancellationToken) =>
        await FindExperts.MineAsync(await callers.ForAsync(user, cancellationToken), db, cancellationToken) is { } expert
            ? TypedResults.Ok(expert)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ExpertResponse>, NotFound>> Get(Guid id, ClaimsPrincipal user, RosterCallers callers, RosterDb db,
        CancellationToken cancellationToken) =>
        await FindExperts.GetAsync(await callers.ForAsync(user, cancellationToken), id, db, cancellationToken) is { } expert
            ? TypedResults.Ok(expert)
            : TypedResults.NotFound();

    private static async Task<Results<Created<ExpertResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Create(
        ExpertRequest request, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await SaveExpert.CreateAsync(await callers.ForAsync(user, cancellationToken), request, null, db, audit, clock, cancellationToken))
            .ToCreated(e => $"/api/v1/roster/experts/{e.Id}");

    private static async Task<Results<Ok<ExpertResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Update(
        Guid id, ExpertRequest request, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await SaveExpert.UpdateAsync(await callers.ForAsync(user, cancellationToken), id, request, db, audit, clock, cancellationToken)).ToHttp();

    /// <summary>The largest CV plus room for the multipart envelope around it.</summary>
    internal const long CvUploadLimit = ExpertCv.MaxBytes + 64 * 1024;

    private static async Task<Results<Ok<CvInfo>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> UploadCv(
        Guid id, HttpRequest request, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(user, cancellationToken);
        if (!request.HasFormContentType)
        {
            return Outcome<CvInfo>.Invalid("file", "Send the CV as multipart/form-data in a field named 'file'.").ToHttp();
        }
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { } file)
        {
            return Outcome<CvInfo>.Invalid("file", "Send the CV as multipart/form-data in a field named 'file'.").ToHttp();
        }
        await using var content = file.OpenReadStream();
        return (await CvAttachment.UploadAsync(caller, id, file.FileName, content, db, audit, clock, cancellationToken)).ToHttp();
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadCv(Guid id, HttpContext context, ClaimsPrincipal user,
        RosterCallers callers, RosterDb db, IAuditLog audit, CancellationToken cancellationToken)
    {
        var file = await CvAttachment.DownloadAsync(await callers.ForAsync(user, cancellationToken), id, db, audit, cancellationToken);
        if (file is null)
        {
            return TypedResults.NotFound();
        }
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Results<Ok<ExpertResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Vet(
        Guid id, VettingRequest request, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await SaveExpert.VetAsync(await callers.ForAsync(user, cancellationToken), id, request, db, audit, clock, cancellationToken)).ToHttp();
}
