using System.Security.Claims;
using Comity.Capacity.Data;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Strategy;

/// <summary>Routes of the strategy workspace under /api/v1/capacity/strategies.</summary>
internal static class StrategyEndpoints
{
    /// <summary>Focal points work on their country's strategy; their regional centre's coordinators and administrators follow it.</summary>
    private static readonly Role[] Readers = [Role.CountryFocalPoint, Role.CentreCoordinator, Role.PlatformAdministrator];

    public static void Map(RouteGroupBuilder api)
    {
        var s = api.MapGroup("/strategies").WithTags("Capacity: strategy workspace");
        s.MapGet("/", List).RequireAccess(CapacityModule.ScopeRead, Readers)
            .WithSummary("Strategies you may read: your country's, your region's (coordinators) or all (administrators)");
        s.MapPost("/", Start).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Start your country's strategy; objectives are drawn from the latest submitted assessment's gaps");
        s.MapGet("/{id:guid}", Get).RequireAccess(CapacityModule.ScopeRead, Readers)
            .WithSummary("A strategy: phases with checklists, objectives and actions, and the assessment it draws from");
        s.MapPut("/{id:guid}", Edit).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Edit title, target stage, vision and principles (send the version you read)");
        s.MapPost("/{id:guid}/sync", Sync).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Draw new objectives and actions from the latest submitted assessment, keeping every edit");
        s.MapPost("/{id:guid}/archive", Archive).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Archive this edition; it stays readable and a new edition can start");
        s.MapPost("/{id:guid}/phases/{phase}/items", AddItem).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Add your own item to a phase's checklist (initiation, stocktaking, production, implementation, monitoring)");
        s.MapPut("/{id:guid}/items/{itemId:guid}", UpdateItem).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Tick a checklist item, set its owner, due date (yyyy-MM-dd) and notes (send the version you read)");
        s.MapPost("/{id:guid}/objectives", AddObjective).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Add a strategic objective, optionally linked to a maturity-model factor and a target stage");
        s.MapPut("/{id:guid}/objectives/{objectiveId:guid}", UpdateObjective).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Edit an objective: title, factor, target stage, measure, status (send the version you read)");
        s.MapPost("/{id:guid}/objectives/{objectiveId:guid}/actions", AddAction).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Add an action to an objective, with owner and dates");
        s.MapPut("/{id:guid}/actions/{actionId:guid}", UpdateAction).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Edit an action: text, owner, start and due dates, status (send the version you read)");
        s.MapGet("/{id:guid}/outline.md", OutlineMarkdown).RequireAccess(CapacityModule.ScopeRead, Readers)
            .WithSummary("The strategy outline document as Markdown");
    }

    private static async Task<Ok<List<StrategySummary>>> List(ClaimsPrincipal user, CapacityCallers callers, CapacityDb db,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await Strategies.ListAsync(await callers.ForAsync(user, cancellationToken), db, cancellationToken));

    private static async Task<Results<Created<StrategySummary>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Start(
        StartStrategyBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await Strategies.StartAsync(await callers.ForAsync(user, cancellationToken), body, db, audit, clock, cancellationToken))
            .ToCreated(s => $"/api/v1/capacity/strategies/{s.Id}");

    private static async Task<Results<Ok<StrategyResponse>, NotFound>> Get(Guid id, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db,
        IStringLocalizer<CapacityText> t, CancellationToken cancellationToken) =>
        await Strategies.GetAsync(await callers.ForAsync(user, cancellationToken), id, db, t, cancellationToken) is { } strategy
            ? TypedResults.Ok(strategy)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<StrategySummary>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Edit(
        Guid id, EditStrategyBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await Strategies.EditAsync(await callers.ForAsync(user, cancellationToken), id, body, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<SyncResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Sync(
        Guid id, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await Strategies.SyncAsync(await callers.ForAsync(user, cancellationToken), id, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<StrategySummary>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Archive(
        Guid id, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await Strategies.ArchiveAsync(await callers.ForAsync(user, cancellationToken), id, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ItemResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> AddItem(
        Guid id, string phase, NewItemBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await EditChecklist.AddAsync(await callers.ForAsync(user, cancellationToken), id, phase, body, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ItemResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> UpdateItem(
        Guid id, Guid itemId, ItemBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IStringLocalizer<CapacityText> t,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await EditChecklist.UpdateAsync(await callers.ForAsync(user, cancellationToken), id, itemId, body, db, t, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ObjectiveResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> AddObjective(
        Guid id, NewObjectiveBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IStringLocalizer<CapacityText> t, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken) =>
        (await EditPlan.AddObjectiveAsync(await callers.ForAsync(user, cancellationToken), id, body, db, t, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ObjectiveResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> UpdateObjective(
        Guid id, Guid objectiveId, ObjectiveBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IStringLocalizer<CapacityText> t,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await EditPlan.UpdateObjectiveAsync(await callers.ForAsync(user, cancellationToken), id, objectiveId, body, db, t, audit, clock, cancellationToken))
            .ToHttp();

    private static async Task<Results<Ok<ActionResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> AddAction(
        Guid id, Guid objectiveId, NewActionBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await EditPlan.AddActionAsync(await callers.ForAsync(user, cancellationToken), id, objectiveId, body, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ActionResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> UpdateAction(
        Guid id, Guid actionId, ActionBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await EditPlan.UpdateActionAsync(await callers.ForAsync(user, cancellationToken), id, actionId, body, db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<FileContentHttpResult, NotFound>> OutlineMarkdown(Guid id, ClaimsPrincipal user, CapacityCallers callers,
        CapacityDb db, IStringLocalizer<CapacityText> t, TimeProvider clock, CancellationToken cancellationToken) =>
        await Strategies.GetAsync(await callers.ForAsync(user, cancellationToken), id, db, t, cancellationToken) is { } strategy
            ? Download(Outline.Download(strategy, t, clock.GetUtcNow()))
            : TypedResults.NotFound();

    private static FileContentHttpResult Download(MarkdownDownload file) => TypedResults.File(file.Content, file.ContentType, file.FileName);
}
