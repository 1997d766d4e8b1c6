using System.Globalization;
using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Library.Data;
using Comity.Library.Documents;
using Comity.Library.Indexing;
using Comity.Library.Search;
using Comity.Library.Toolkits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace Comity.Library;

/// <summary>Routes of the library under /api/v1/library: search, documents and their files, toolkits.</summary>
internal static class LibraryEndpoints
{
    private static readonly Role[] Everyone = [.. Roles.All];
    private static readonly Role[] Librarians = [.. LibraryCaller.LibrarianRoles];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/search", Search).RequireAccess(LibraryModule.ScopeRead, Everyone).WithTags("Library: search")
            .WithSummary("Full-text search with facets: q, queryLanguage, and repeatable type, language, region, country, topic, year filters; page, pageSize");

        var documents = api.MapGroup("/documents").WithTags("Library: documents");
        documents.MapGet("/{id:guid}", Get).RequireAccess(LibraryModule.ScopeRead, Everyone).WithSummary("A document's metadata");
        documents.MapGet("/{id:guid}/file", Download).RequireAccess(LibraryModule.ScopeRead, Everyone)
            .WithSummary("The original file, byte for byte as it was uploaded");
        documents.MapGet("/{id:guid}/similar", Similar).RequireAccess(LibraryModule.ScopeRead, Everyone)
            .WithSummary("Documents like this one, most similar first");
        documents.MapPost("/", Upload).RequireAccess(LibraryModule.ScopeWrite, Librarians)
            .WithSummary("Add a PDF, HTML or Markdown file (multipart field 'file', at most 8 MB) with its metadata as form fields")
            // Programs authenticate with API keys, never cookies, so a forged cross-site form cannot reach this endpoint.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(UploadedFiles.MaxRequestBytes));
        documents.MapPut("/{id:guid}", Edit).RequireAccess(LibraryModule.ScopeWrite, Librarians).WithSummary("Replace a document's metadata");
        documents.MapDelete("/{id:guid}", Delete).RequireAccess(LibraryModule.ScopeWrite, Librarians)
            .WithSummary("Remove a document, its file and its place in toolkits");

        var toolkits = api.MapGroup("/toolkits").WithTags("Library: toolkits");
        toolkits.MapGet("/", Toolkits).RequireAccess(LibraryModule.ScopeRead, Everyone).WithSummary("Every toolkit");
        toolkits.MapGet("/{id:guid}", Toolkit).RequireAccess(LibraryModule.ScopeRead, Everyone).WithSummary("A toolkit with its documents in order");
        toolkits.MapPost("/", CreateToolkit).RequireAccess(LibraryModule.ScopeWrite, Librarians)
            .WithSummary("Create a toolkit: title, topic, description and document ids in reading order");
        toolkits.MapPut("/{id:guid}", EditToolkit).RequireAccess(LibraryModule.ScopeWrite, Librarians)
            .WithSummary("Replace a toolkit's description and documents");
        toolkits.MapDelete("/{id:guid}", DeleteToolkit).RequireAccess(LibraryModule.ScopeWrite, Librarians).WithSummary("Delete a toolkit");
    }

    private static async Task<Ok<SearchResponse>> Search(LibraryDb db, LibraryIndexKeeper keeper, CancellationToken cancellationToken, string? q = null,
        string? queryLanguage = null, string[]? type = null, string[]? language = null, string[]? region = null, string[]? country = null,
        string[]? topic = null, int[]? year = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await SearchLibrary.RunAsync(new SearchQuery
        {
            Q = q,
            Language = queryLanguage,
            Types = type ?? [],
            Languages = language ?? [],
            Regions = region ?? [],
            Countries = country ?? [],
            Topics = topic ?? [],
            Years = year ?? [],
            Page = page,
            PageSize = pageSize,
        }, db, keeper, cancellationToken));

    private static async Task<Results<Ok<DocumentResponse>, NotFound>> Get(Guid id, LibraryDb db, CancellationToken cancellationToken) =>
        await FindDocuments.GetAsync(id, db, cancellationToken) is { } document ? TypedResults.Ok(document) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> Download(Guid id, HttpContext context, LibraryDb db, CancellationToken cancellationToken)
    {
        if (await FindDocuments.DownloadAsync(id, db, cancellationToken) is not { } file)
        {
            return TypedResults.NotFound();
        }
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Results<Ok<IReadOnlyList<SearchHit>>, NotFound>> Similar(Guid id, LibraryDb db, LibraryIndexKeeper keeper,
        CancellationToken cancellationToken, int? count = null)
    {
        if (await FindDocuments.GetAsync(id, db, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await SearchLibrary.SimilarAsync(id, count ?? 5, db, keeper, cancellationToken));
    }

    private static async Task<Results<Created<DocumentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Upload(
        HttpRequest request, ClaimsPrincipal user, LibraryDb db, LibraryIndexKeeper keeper, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Outcome<DocumentResponse>.Invalid("file", "Send the document as multipart/form-data with the file in a field named 'file'.")
                .ToCreated(d => $"/api/v1/library/documents/{d.Id}");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { } file)
        {
            return Outcome<DocumentResponse>.Invalid("file", "Send the document as multipart/form-data with the file in a field named 'file'.")
                .ToCreated(d => $"/api/v1/library/documents/{d.Id}");
        }
        if (!int.TryParse(form["year"].ToString() is { Length: > 0 } y ? y : "0", NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return Outcome<DocumentResponse>.Invalid("year", "The year must be a number such as 2024.").ToCreated(d => $"/api/v1/library/documents/{d.Id}");
        }
        await using var stream = file.OpenReadStream();
        var content = await UploadedFiles.ReadLimitedAsync(stream, cancellationToken);
        var input = new DocumentInput
        {
            Title = form["title"],
            Type = form["type"],
            Language = form["language"],
            Countries = List(form["countries"]),
            Region = form["region"],
            Topics = List(form["topics"]),
            Year = year == 0 ? null : year,
            Publisher = form["publisher"],
            Licence = form["licence"],
            Summary = form["summary"],
            SourceUrl = form["sourceUrl"],
        };
        return (await ManageDocuments.UploadAsync(LibraryCaller.From(user), file.FileName, content, input, db, keeper, audit, clock, cancellationToken))
            .ToCreated(d => $"/api/v1/library/documents/{d.Id}");
    }

    private static async Task<Results<Ok<DocumentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Edit(
        Guid id, DocumentInput body, ClaimsPrincipal user, LibraryDb db, LibraryIndexKeeper keeper, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await ManageDocuments.EditAsync(LibraryCaller.From(user), id, body, db, keeper, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<DocumentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Delete(
        Guid id, ClaimsPrincipal user, LibraryDb db, LibraryIndexKeeper keeper, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageDocuments.DeleteAsync(LibraryCaller.From(user), id, db, keeper, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Ok<List<ToolkitSummary>>> Toolkits(LibraryDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ManageToolkits.ListAsync(db, cancellationToken));

    private static async Task<Results<Ok<ToolkitResponse>, NotFound>> Toolkit(Guid id, LibraryDb db, CancellationToken cancellationToken) =>
        await ManageToolkits.GetAsync(id, db, cancellationToken) is { } toolkit ? TypedResults.Ok(toolkit) : TypedResults.NotFound();

    private static async Task<Results<Created<ToolkitResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> CreateToolkit(
        ToolkitInput body, ClaimsPrincipal user, LibraryDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageToolkits.CreateAsync(LibraryCaller.From(user), body, db, audit, clock, cancellationToken)).ToCreated(t => $"/api/v1/library/toolkits/{t.Id}");

    private static async Task<Results<Ok<ToolkitResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> EditToolkit(
        Guid id, ToolkitInput body, ClaimsPrincipal user, LibraryDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageToolkits.EditAsync(LibraryCaller.From(user), id, body, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ToolkitSummary>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> DeleteToolkit(
        Guid id, ClaimsPrincipal user, LibraryDb db, IAuditLog audit, CancellationToken cancellationToken) =>
        (await ManageToolkits.DeleteAsync(LibraryCaller.From(user), id, db, audit, cancellationToken)).ToHttp();

    private static List<string> List(StringValues values) => values.Where(v => v is not null).Select(v => v!).ToList();
}
