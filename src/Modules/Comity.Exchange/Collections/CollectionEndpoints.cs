using System.Security.Claims;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Exchange.Collections;

internal static class CollectionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/collections").WithTags("Exchange: collections");
        group.MapGet("/", List).RequireAccess(ExchangeModule.ScopeRead, Role.Analyst, Role.CentreCoordinator, Role.PlatformAdministrator)
            .WithSummary("Collections you may read, write or manage, in every API root");
        group.MapPost("/", Create).RequireAccess(ExchangeModule.ScopeManage, Role.CentreCoordinator, Role.PlatformAdministrator)
            .WithSummary("Create a collection in an API root you manage");
        group.MapPut("/{id:guid}", Update).RequireAccess(ExchangeModule.ScopeManage, Role.CentreCoordinator, Role.PlatformAdministrator)
            .WithSummary("Change a collection's title, default TLP and who may read and write it");
    }

    private static async Task<Results<Ok<IReadOnlyList<CollectionResponse>>, ForbidHttpResult>> List(ClaimsPrincipal user, ExchangeCallers callers,
        ExchangeDb db, ApiRoots roots, CancellationToken cancellationToken) =>
        await callers.ForAsync(user, cancellationToken) is { } caller
            ? TypedResults.Ok(await ManageCollections.ListAsync(caller, db, roots, cancellationToken))
            : TypedResults.Forbid();

    private static async Task<Results<Created<CollectionResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Create(
        CollectionBody body, ClaimsPrincipal user, ExchangeCallers callers, ExchangeDb db, ApiRoots roots, IOrganisationDirectory organisations,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(user, cancellationToken) is not { } caller)
        {
            return TypedResults.Forbid();
        }
        var outcome = await ManageCollections.CreateAsync(caller, body, db, roots, organisations, audit, clock, cancellationToken);
        return outcome.ToCreated(c => $"/api/v1/exchange/collections/{c.Id}");
    }

    private static async Task<Results<Ok<CollectionResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Update(
        Guid id, CollectionBody body, ClaimsPrincipal user, ExchangeCallers callers, ExchangeDb db, ApiRoots roots, IOrganisationDirectory organisations,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(user, cancellationToken) is not { } caller)
        {
            return TypedResults.Forbid();
        }
        return (await ManageCollections.UpdateAsync(caller, id, body, db, roots, organisations, audit, clock, cancellationToken)).ToHttp();
    }
}
