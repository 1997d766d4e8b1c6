using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Notifications;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Roster.Deployments;

internal static class DeploymentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/requests/{id:guid}/approve", Approve).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator).WithTags("Roster: deployments")
            .WithSummary("Approve the latest proposal: offers go to the proposed experts");
        api.MapPost("/requests/{id:guid}/start", Start).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator).WithTags("Roster: deployments")
            .WithSummary("Start a staffed deployment");
        var group = api.MapGroup("/deployments").WithTags("Roster: deployments");
        group.MapGet("/", List).RequireAccess(RosterModule.ScopeRead, Role.CentreCoordinator, Role.CountryFocalPoint, Role.Expert)
            .WithSummary("Deployments and offers you may see");
        group.MapPost("/{id:guid}/answer", Answer).RequireAccess(RosterModule.ScopeWrite, Role.Expert)
            .WithSummary("Accept an offer, or decline it with a reason");
        group.MapPost("/{id:guid}/report", Report).RequireAccess(RosterModule.ScopeWrite, Role.Expert)
            .WithSummary("File your after-action report; the deployment is then complete");
        group.MapPost("/{id:guid}/evaluation", Evaluate).RequireAccess(RosterModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Rate a completed deployment and give feedback; this closes it");
    }

    private static async Task<Ok<IReadOnlyList<DeploymentResponse>>> List(ClaimsPrincipal user, RosterCallers callers, RosterDb db,
        CancellationToken cancellationToken, Guid? requestId = null) =>
        TypedResults.Ok(await DeploymentLifecycle.ListAsync(await callers.ForAsync(user, cancellationToken), requestId, db, cancellationToken));

    private static async Task<Results<Ok<RequestResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Approve(
        Guid id, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, INotifications notifications, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await DeploymentLifecycle.ApproveAsync(await callers.ForAsync(user, cancellationToken), id, db, audit, notifications, clock, cancellationToken))
            .ToHttp();

    private static async Task<Results<Ok<RequestResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Start(
        Guid id, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await DeploymentLifecycle.StartAsync(await callers.ForAsync(user, cancellationToken), id, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<DeploymentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Answer(
        Guid id, OfferAnswer body, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, INotifications notifications,
        TimeProvider clock, CancellationToken cancellationToken) =>
        (await DeploymentLifecycle.RespondAsync(await callers.ForAsync(user, cancellationToken), id, body, db, audit, notifications, clock,
            cancellationToken)).ToHttp();

    private static async Task<Results<Ok<DeploymentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Report(
        Guid id, AfterActionReport body, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await DeploymentLifecycle.ReportAsync(await callers.ForAsync(user, cancellationToken), id, body, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<DeploymentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Evaluate(
        Guid id, Evaluation body, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await DeploymentLifecycle.RateAsync(await callers.ForAsync(user, cancellationToken), id, body, db, audit, clock, cancellationToken)).ToHttp();
}
