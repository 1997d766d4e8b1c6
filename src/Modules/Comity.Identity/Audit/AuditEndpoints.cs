using Comity.Identity.Access;
using Comity.Identity.Data;
using Comity.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Comity.Identity.Audit;

internal static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/audit", List).RequireAccess(ApiScopes.AuditRead, Role.PlatformAdministrator).WithTags("Audit")
            .WithSummary("The audit trail, newest first, filtered by actor, organisation, action prefix, target and time");

    private static async Task<Ok<Page<AuditEntryResponse>>> List(IdentityDb db, CancellationToken cancellationToken, string? actor = null,
        Guid? organisationId = null, string? action = null, string? target = null, DateTimeOffset? from = null, DateTimeOffset? to = null,
        int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await BrowseAudit.ListAsync(new AuditFilter(actor, organisationId, action, target, from, to), new PageQuery(page, pageSize),
            db, cancellationToken));
}
