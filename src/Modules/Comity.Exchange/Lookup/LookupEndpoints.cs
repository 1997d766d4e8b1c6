using System.Security.Claims;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
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
            .WithDescription("With recordSightings, each matched indicator also gets your organisation's sighting (count grows with every match), " +
                "shared as the indicator is; that needs the exchange:write scope and the right to write to the indicator's collection.")
            .WithMetadata(new RequestSizeLimitAttribute(4 * 1024 * 1024));

    private static async Task<Results<Ok<LookupResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Lookup(
        LookupBody body, ClaimsPrincipal user, ExchangeCallers callers, ExchangeDb db, ApiRoots roots, LookupIndexer indexer, IngestObjects ingest,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(user, cancellationToken) is not { } caller)
        {
            return TypedResults.Forbid();
        }
        // Recording sightings writes: a key that may only read cannot, and neither can a role that never writes.
        if (body.RecordSightings == true && (user.IsApiKey() && !user.HasClaim(ComityClaims.Scope, ExchangeModule.ScopeWrite)
            || !(user.Has(Role.Analyst) || user.Has(Role.CentreCoordinator))))
        {
            return TypedResults.Forbid();
        }
        return (await LookupObservables.HandleAsync(caller, body, db, roots, indexer, ingest, clock, cancellationToken)).ToHttp();
    }
}
