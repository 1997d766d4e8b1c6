using System.Security.Claims;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Exchange.Federation;

internal static class PeerEndpoints
{
    private static readonly Role[] Managers = [Role.CentreCoordinator, Role.PlatformAdministrator];

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/peers").WithTags("Exchange: federation");
        group.MapGet("/", List).RequireAccess(ExchangeModule.ScopeManage, Managers).WithSummary("Peers your centre pulls from, with each subscription's health and lag");
        group.MapPost("/", Register).RequireAccess(ExchangeModule.ScopeManage, Managers).WithSummary("Register a peer's TAXII API root and the API key it gave you");
        group.MapPost("/{id:guid}/subscriptions", Subscribe).RequireAccess(ExchangeModule.ScopeManage, Managers)
            .WithSummary("Pull one of the peer's collections into one of yours on a schedule");
        group.MapPost("/{id:guid}/subscriptions/{subscriptionId:guid}/pull", Pull).RequireAccess(ExchangeModule.ScopeManage, Managers)
            .WithSummary("Pull now, resuming from the last object stored");
    }

    private static async Task<Results<Ok<IReadOnlyList<PeerResponse>>, ForbidHttpResult>> List(ClaimsPrincipal user, ExchangeCallers callers, ExchangeDb db,
        TimeProvider clock, CancellationToken cancellationToken) =>
        await callers.ForAsync(user, cancellationToken) is { } caller
            ? TypedResults.Ok(await ManagePeers.ListAsync(caller, db, clock, cancellationToken))
            : TypedResults.Forbid();

    private static async Task<Results<Created<PeerResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Register(
        PeerBody body, ClaimsPrincipal user, ExchangeCallers callers, ExchangeDb db, IDataProtectionProvider protection, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        await callers.ForAsync(user, cancellationToken) is { } caller
            ? (await ManagePeers.RegisterAsync(caller, body, db, protection, audit, clock, cancellationToken)).ToCreated(p => $"/api/v1/exchange/peers/{p.Id}")
            : TypedResults.Forbid();

    private static async Task<Results<Ok<PeerResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Subscribe(
        Guid id, SubscriptionBody body, ClaimsPrincipal user, ExchangeCallers callers, ExchangeDb db, ApiRoots roots, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        await callers.ForAsync(user, cancellationToken) is { } caller
            ? (await ManagePeers.SubscribeAsync(caller, id, body, db, roots, audit, clock, cancellationToken)).ToHttp()
            : TypedResults.Forbid();

    private static async Task<Results<Ok<PullResult>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Pull(
        Guid id, Guid subscriptionId, ClaimsPrincipal user, ExchangeCallers callers, ExchangeDb db, FederationPuller puller,
        CancellationToken cancellationToken) =>
        await callers.ForAsync(user, cancellationToken) is { } caller
            ? (await ManagePeers.PullNowAsync(caller, id, subscriptionId, db, puller, cancellationToken)).ToHttp()
            : TypedResults.Forbid();
}
