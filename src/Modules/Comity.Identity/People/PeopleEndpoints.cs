using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Identity.People;

internal static class PeopleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me", Me).RequireSignedIn(ApiScopes.IdentityRead).WithTags("People").WithSummary("Who the caller is, for which organisation, with which roles");

        var group = api.MapGroup("/people").WithTags("People");
        group.MapGet("/", List).RequireAccess(ApiScopes.IdentityRead, Role.PlatformAdministrator).WithSummary("List people");
        group.MapGet("/{id:guid}", Get).RequireAccess(ApiScopes.IdentityRead, Role.PlatformAdministrator).WithSummary("Read one person");
        group.MapPost("/", Create).RequireAccess(ApiScopes.IdentityWrite, Role.PlatformAdministrator).WithSummary("Create an account with a first membership");
        group.MapPost("/{id:guid}/memberships", AddMembership).RequireAccess(ApiScopes.IdentityWrite, Role.PlatformAdministrator)
            .WithSummary("Give a person a role in an organisation");
        group.MapDelete("/{id:guid}/memberships/{membershipId:guid}", RemoveMembership).RequireAccess(ApiScopes.IdentityWrite, Role.PlatformAdministrator)
            .WithSummary("Take a role away");
        group.MapPost("/{id:guid}/lock", Lock).RequireAccess(ApiScopes.IdentityWrite, Role.PlatformAdministrator).WithSummary("Lock a person out");
        group.MapPost("/{id:guid}/unlock", Unlock).RequireAccess(ApiScopes.IdentityWrite, Role.PlatformAdministrator).WithSummary("Let a person back in");
    }

    private static Ok<MeResponse> Me(ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
        user.UserId() ?? Guid.Empty,
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.FindFirstValue("name") ?? user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.OrganisationId(),
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList(),
        user.FindAll(ComityClaims.Scope).Select(c => c.Value).Order(StringComparer.Ordinal).ToList(),
        user.FindFirstValue(ComityClaims.AuthenticatedBy) ?? ""));

    private static async Task<Ok<Page<PersonResponse>>> List(IdentityDb db, TimeProvider clock, CancellationToken cancellationToken,
        string? search = null, Guid? organisationId = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await ManagePeople.ListAsync(search, organisationId, new PageQuery(page, pageSize), db, clock, cancellationToken));

    private static async Task<Results<Ok<PersonResponse>, NotFound>> Get(Guid id, IdentityDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        await ManagePeople.GetAsync(id, db, clock, cancellationToken) is { } person ? TypedResults.Ok(person) : TypedResults.NotFound();

    private static async Task<Results<Created<PersonResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Create(
        CreatePersonRequest request, IdentityDb db, UserManager<ComityUser> users, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManagePeople.CreateAsync(request, db, users, audit, clock, cancellationToken)).ToCreated(p => $"/api/v1/identity/people/{p.Id}");

    private static async Task<Results<Ok<PersonResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> AddMembership(
        Guid id, MembershipRequest request, IdentityDb db, UserManager<ComityUser> users, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await ManagePeople.AddMembershipAsync(id, request, db, users, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<PersonResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> RemoveMembership(
        Guid id, Guid membershipId, IdentityDb db, UserManager<ComityUser> users, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await ManagePeople.RemoveMembershipAsync(id, membershipId, db, users, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<PersonResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Lock(
        Guid id, IdentityDb db, UserManager<ComityUser> users, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManagePeople.SetLockedAsync(id, true, db, users, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<PersonResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Unlock(
        Guid id, IdentityDb db, UserManager<ComityUser> users, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManagePeople.SetLockedAsync(id, false, db, users, audit, clock, cancellationToken)).ToHttp();
}
