using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Identity.Organisations;

internal static class OrganisationEndpoints
{
    private static readonly Role[] Everyone = [.. Roles.All];

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");
        group.MapGet("/", List).RequireAccess(ApiScopes.IdentityRead, Everyone).WithSummary("List organisations in the network");
        group.MapGet("/{id:guid}", Get).RequireAccess(ApiScopes.IdentityRead, Everyone).WithSummary("Read one organisation");
        group.MapPost("/", Create).RequireAccess(ApiScopes.IdentityWrite, Role.PlatformAdministrator).WithSummary("Add an organisation");
        group.MapPut("/{id:guid}", Update).RequireAccess(ApiScopes.IdentityWrite, Role.PlatformAdministrator).WithSummary("Change an organisation");
        group.MapPost("/{id:guid}/deactivate", Deactivate).RequireAccess(ApiScopes.IdentityWrite, Role.PlatformAdministrator)
            .WithSummary("Deactivate an organisation; its members lose their roles there");
        group.MapPost("/{id:guid}/reactivate", Reactivate).RequireAccess(ApiScopes.IdentityWrite, Role.PlatformAdministrator)
            .WithSummary("Reactivate an organisation");
    }

    private static async Task<Ok<Page<OrganisationResponse>>> List(IdentityDb db, CancellationToken cancellationToken, string? search = null,
        OrganisationKind? kind = null, string? country = null, bool includeInactive = false, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await FindOrganisations.ListAsync(new OrganisationFilter(search, kind, country, includeInactive), new PageQuery(page, pageSize),
            db, cancellationToken));

    private static async Task<Results<Ok<OrganisationResponse>, NotFound>> Get(Guid id, IdentityDb db, CancellationToken cancellationToken) =>
        await FindOrganisations.GetAsync(id, db, cancellationToken) is { } organisation ? TypedResults.Ok(organisation) : TypedResults.NotFound();

    private static async Task<Results<Created<OrganisationResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Create(
        OrganisationRequest request, IdentityDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await SaveOrganisation.CreateAsync(request, db, audit, clock, cancellationToken)).ToCreated(o => $"/api/v1/identity/organisations/{o.Id}");

    private static async Task<Results<Ok<OrganisationResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Update(
        Guid id, OrganisationRequest request, IdentityDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await SaveOrganisation.UpdateAsync(id, request, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<OrganisationResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Deactivate(
        Guid id, IdentityDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await SaveOrganisation.SetActiveAsync(id, false, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<OrganisationResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Reactivate(
        Guid id, IdentityDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await SaveOrganisation.SetActiveAsync(id, true, db, audit, clock, cancellationToken)).ToHttp();
}
