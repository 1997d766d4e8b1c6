using System.Security.Claims;
using Comity.Exchange;
using Comity.Hygiene.Analytics;
using Comity.Hygiene.Content;
using Comity.Hygiene.Data;
using Comity.Hygiene.Reports;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Hygiene;

/// <summary>The module's API under /api/v1/hygiene: the same handlers as the management pages.</summary>
internal static class HygieneEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var content = api.MapGroup("/content").WithTags("Hygiene");
        content.MapGet("/", ListContent).RequireAccess(HygieneModule.ScopeContent, Role.CampaignManager).WithSummary("List campaign pages and their review status");
        content.MapPut("/", SaveContent).RequireAccess(HygieneModule.ScopeContent, Role.CampaignManager)
            .WithSummary("Create or change the draft of a page (kind, key, language)");
        content.MapPost("/{id:guid}/submit", Submit).RequireAccess(HygieneModule.ScopeContent, Role.CampaignManager).WithSummary("Send a draft for review");
        content.MapPost("/{id:guid}/approve", Approve).RequireAccess(HygieneModule.ScopeContent, Role.CampaignManager)
            .WithSummary("Publish a page in review (not its own author)");
        content.MapPost("/{id:guid}/send-back", SendBack).RequireAccess(HygieneModule.ScopeContent, Role.CampaignManager)
            .WithSummary("Return a page in review to its author");

        var reports = api.MapGroup("/reports").WithTags("Hygiene");
        reports.MapGet("/", Queue).RequireAccess(HygieneModule.ScopeReports, Role.Analyst, Role.CentreCoordinator)
            .WithSummary("Scam reports in your organisation's queue");
        reports.MapPost("/{id:guid}/accept", Accept).RequireAccess(HygieneModule.ScopeReports, Role.Analyst, Role.CentreCoordinator)
            .WithSummary("Accept a report under TLP:CLEAR or TLP:GREEN");
        reports.MapPost("/{id:guid}/reject", Reject).RequireAccess(HygieneModule.ScopeReports, Role.Analyst, Role.CentreCoordinator)
            .WithSummary("Reject a report");
        reports.MapGet("/stix", Stix).RequireAccess(HygieneModule.ScopeReports, Role.Analyst, Role.CentreCoordinator)
            .WithSummary("Accepted reports' items as a STIX 2.1 bundle");

        api.MapGet("/analytics", Analytics).RequireAccess(HygieneModule.ScopeAnalytics, Role.CampaignManager, Role.CentreCoordinator).WithTags("Hygiene")
            .WithSummary("Campaign counters for a period; counts under 10 are null");
    }

    private static async Task<Ok<IReadOnlyList<ContentResponse>>> ListContent(string? language, HygieneDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ManageContent.ListAsync(language, db, cancellationToken));

    private static async Task<Results<Ok<ContentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> SaveContent(
        SaveContentRequest request, ClaimsPrincipal user, HygieneDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageContent.SaveAsync(request, user.UserId()!.Value, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ContentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Submit(
        Guid id, HygieneDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageContent.SubmitAsync(id, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ContentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Approve(
        Guid id, ClaimsPrincipal user, HygieneDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageContent.ApproveAsync(id, user.UserId()!.Value, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ContentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> SendBack(
        Guid id, HygieneDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageContent.SendBackAsync(id, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<IReadOnlyList<ReportResponse>>, ForbidHttpResult>> Queue(bool? pending, ClaimsPrincipal user,
        HygieneCallers callers, HygieneDb db, CancellationToken cancellationToken) =>
        await callers.QueueOfAsync(user, cancellationToken) is { } queue
            ? TypedResults.Ok(await ModerateReports.QueueAsync(queue.Id, pending ?? true, db, cancellationToken))
            : TypedResults.Forbid();

    private static async Task<Results<Ok<ReportResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Accept(
        Guid id, ModerateRequest request, ClaimsPrincipal user, HygieneCallers callers, HygieneDb db, IExchangeIntake exchange, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken) =>
        await callers.QueueOfAsync(user, cancellationToken) is { } queue
            ? (await ModerateReports.AcceptAsync(id, request, user.UserId()!.Value, queue, db, exchange, audit, clock, cancellationToken)).ToHttp()
            : TypedResults.Forbid();

    private static async Task<Results<Ok<ReportResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Reject(
        Guid id, ClaimsPrincipal user, HygieneCallers callers, HygieneDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        await callers.QueueOfAsync(user, cancellationToken) is { } queue
            ? (await ModerateReports.RejectAsync(id, user.UserId()!.Value, queue.Id, db, audit, clock, cancellationToken)).ToHttp()
            : TypedResults.Forbid();

    private static async Task<Results<ContentHttpResult, ForbidHttpResult>> Stix(ClaimsPrincipal user, HygieneCallers callers, HygieneDb db,
        TimeProvider clock, CancellationToken cancellationToken) =>
        await callers.QueueOfAsync(user, cancellationToken) is { } queue
            ? TypedResults.Text((await StixExport.BundleAsync(queue, db, clock, cancellationToken)).ToJsonString(), "application/stix+json;version=2.1")
            : TypedResults.Forbid();

    private static async Task<Results<Ok<AnalyticsReport>, ValidationProblem>> Analytics(DateOnly? from, DateOnly? to, string? country,
        HygieneDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var end = to ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var start = from ?? end.AddDays(-29);
        if (start > end || end.DayNumber - start.DayNumber > 366)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["Choose a period of at most a year, starting before it ends."] });
        }
        return TypedResults.Ok(await ReadAnalytics.ReadAsync(start, end, country?.Trim().ToUpperInvariant(), db, cancellationToken));
    }
}
