using System.Security.Claims;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Comity.Identity.Access;
using Comity.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Exchange.Lookup;

internal static class LookupEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/lookup", Lookup).WithTags("Exchange: lookup")
            .RequireAccess(ExchangeModule.ScopeRead, Role.Analyst, Role.CentreCoordinator, Role.PlatformAdministrator)
            .WithSummary("Match a batch of observables (addresses, ranges, domains, URLs, e-mail addresses, hashes) against the indicators you may see")
            .WithMetadata(new RequestSizeLimitAttribute(4 * 1024 * 1024));

    private static async Task<Results<Ok<LookupResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Lookup(
        LookupBody body, ClaimsPrincipal user, ExchangeCallers callers, ExchangeDb db, ApiRoots roots, LookupIndexer indexer,
        CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(user, cancellationToken) is not { } caller)
        {
            return TypedResults.Forbid();
        }
        return (await LookupObservables.HandleAsync(caller, body, db, roots, indexer, cancellationToken)).ToHttp();
    }
}
