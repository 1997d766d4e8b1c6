using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Roster.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Roster.Matching;

internal static class MatchingEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/matching/runs", Run).RequireAccess(RosterModule.ScopeWrite, Role.CentreCoordinator).WithTags("Roster: matching")
            .WithSummary("Match your centre's triaged requests (all, or those named) with the given or default weights");
        api.MapGet("/requests/{id:guid}/proposal", Proposal).RequireAccess(RosterModule.ScopeRead, Role.CentreCoordinator).WithTags("Roster: matching")
            .WithSummary("The latest proposal for a request: the team with score breakdowns, and why the runners-up lost");
    }

    private static async Task<Results<Ok<MatchRunResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Run(
        MatchRunBody body, ClaimsPrincipal user, RosterCallers callers, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await RunMatching.HandleAsync(await callers.ForAsync(user, cancellationToken), body, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ProposalView>, NotFound>> Proposal(Guid id, ClaimsPrincipal user, RosterCallers callers, RosterDb db,
        CancellationToken cancellationToken) =>
        await RunMatching.ProposalAsync(await callers.ForAsync(user, cancellationToken), id, db, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.NotFound();
}
