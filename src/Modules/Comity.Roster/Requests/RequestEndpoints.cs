using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Comity.Roster.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Roster.Requests;

internal static class RequestEndpoints
{
    private static readonly Role[] Participants = [Role.CentreCoordinator, Role.CountryFocalPoint, Role.Expert];

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/requests").WithTags("Roster: assistance requests");
        group.MapGet("/", List).RequireAccess(RosterModule.ScopeRead, Participants)
            .WithSummary("Requests you may see: your centre's, your organisation's, or those you are offered");
        group.MapGet("/{id:guid}", Get).RequireAccess(RosterModule.ScopeRead, Participants).WithSummary("One request");
        group.MapPost("/", File).RequireAccess(RosterModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("File a request for your country (or save a draft with submit=false)");
        group.MapPost("/{id:guid}/submit", Submit).RequireAccess(RosterModule.ScopeWrite, Role.CountryFocalPoint).WithSummary("Submit a draft");
        group.MapPost("/{id:guid}/triage", Triage).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator)
            .WithSummary("Accept a submitted request for matching");
        group.MapPost("/{id:guid}/refer", Refer).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator)
            .WithSummary("Refer a request to another regional centre");
        group.MapPut("/{id:guid}/pins", Pins).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator)
            .WithSummary("Pin or exclude experts for the next matching run");
        group.MapPost("/{id:guid}/cancel", Cancel).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator, Role.CountryFocalPoint)
            .WithSummary("Cancel a request that is not yet under way");
    }

    private static async Task<Ok<Page<RequestResponse>>> List(ClaimsPrincipal user, RosterCallers callers, RosterDb db, CancellationToken cancellationToken,
        RequestStatus? status = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await ManageRequests.ListAsync(await callers.ForAsync(user, cancellationToken), status, new PageQuery(page, pageSize), db,
            cancellationToken));

    private static async Task<Results<Ok<RequestResponse>, NotFound>> Get(Guid id, ClaimsPrincipal user, RosterCallers callers, RosterDb db,
        CancellationToken cancellationToken) =>
        await ManageRequests.GetAsync(await callers.ForAsync(user, cancellationToken), id, db, cancellationToken) is { } request
            ? TypedResults.Ok(request)
            : TypedResults.NotFound();

    private static async Task<Results<Created<RequestResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> File(
        AssistanceRequestBody body, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IOrganisationDirectory organisations, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken) =>
        (await FileRequest.HandleAsync(await callers.ForAsync(user, cancellationToken), body, db, organisations, audit, clock, cancellationToken))
            .ToCreated(r => $"/api/v1/roster/requests/{r.Id}");

    private static async Task<Results<Ok<RequestResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Submit(
        Guid id, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageRequests.SubmitAsync(await callers.ForAsync(user, cancellationToken), id, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<RequestResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Triage(
        Guid id, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageRequests.TriageAsync(await callers.ForAsync(user, cancellationToken), id, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<RequestResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Refer(
        Guid id, ReferRequestBody body, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IOrganisationDirectory organisations,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageRequests.ReferAsync(await callers.ForAsync(user, cancellationToken), id, body, db, organisations, audit, clock, cancellationToken))
            .ToHttp();

    private static async Task<Results<Ok<RequestResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Pins(
        Guid id, PinsBody body, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await ManageRequests.PinAsync(await callers.ForAsync(user, cancellationToken), id, body, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<RequestResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Cancel(
        Guid id, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageRequests.CancelAsync(await callers.ForAsync(user, cancellationToken), id, db, audit, clock, cancellationToken)).ToHttp();
}
