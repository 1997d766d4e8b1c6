using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Identity.ApiKeys;

/// <summary>Keys are created in the web UI or the CLI only, so that a leaked key cannot mint more keys.</summary>
internal static class ApiKeyEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/apikeys").WithTags("API keys");
        group.MapGet("/", List).RequireSignedIn(ApiScopes.IdentityRead).WithSummary("The caller's own API keys (never their secrets)");
        group.MapDelete("/{id:guid}", Revoke).RequireSignedIn(ApiScopes.IdentityRead)
            .WithSummary("Revoke a key: the caller's own, or anyone's for a platform administrator");
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyResponse>>> List(ClaimsPrincipal user, IdentityDb db, TimeProvider clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ManageApiKeys.ListAsync(user.UserId()!.Value, db, clock, cancellationToken));

    private static async Task<Results<Ok<ApiKeyResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Revoke(
        Guid id, ClaimsPrincipal user, IdentityDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageApiKeys.RevokeAsync(id, user.UserId()!.Value, user.Has(Role.PlatformAdministrator), db, audit, clock, cancellationToken)).ToHttp();
}
