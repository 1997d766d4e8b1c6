using System.Globalization;
using System.Security.Claims;
using Comity.Capacity.Data;
using Comity.Capacity.Evidence;
using Comity.Capacity.Model;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Comity.Kernel;
using Comity.Roster.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Comity.Capacity.Assessment;

public sealed record QuestionnaireResponse(Guid CycleId, string Country, string Title, RespondentResponse Respondent, ModelContent Model,
    IReadOnlyList<AnswerItem> Answers, IReadOnlyList<EvidenceFileResponse> Files);

public sealed record InvitationSummary(Guid RespondentId, Guid CycleId, string Country, string Title, StakeholderGroup Group, int Answered);

/// <summary>Routes of the model and the assessment cycles under /api/v1/capacity.</summary>
internal static class CapacityEndpoints
{
    private static readonly Role[] Everyone = [.. Roles.All];

    public static void Map(RouteGroupBuilder api)
    {
        var model = api.MapGroup("/model").WithTags("Capacity: maturity model");
        model.MapGet("/", Current).RequireAccess(CapacityModule.ScopeRead, Everyone).WithSummary("The current published maturity model");
        model.MapGet("/versions", Versions).RequireAccess(CapacityModule.ScopeRead, Everyone).WithSummary("Every version of the model");
        model.MapGet("/versions/{number:int}", Version).RequireAccess(CapacityModule.ScopeRead, Everyone)
            .WithSummary("One version (drafts only for administrators)");
        model.MapPost("/draft", StartDraft).RequireAccess(CapacityModule.ScopeWrite, Role.PlatformAdministrator)
            .WithSummary("Start the next version as a copy of the current one");
        model.MapPut("/draft", EditDraft).RequireAccess(CapacityModule.ScopeWrite, Role.PlatformAdministrator)
            .WithSummary("Replace the draft's content");
        model.MapPost("/draft/publish", Publish).RequireAccess(CapacityModule.ScopeWrite, Role.PlatformAdministrator)
            .WithSummary("Publish the draft; it becomes the version new cycles use");

        var cycles = api.MapGroup("/cycles").WithTags("Capacity: self-assessment");
        cycles.MapGet("/", List).RequireAccess(CapacityModule.ScopeRead, Role.CountryFocalPoint).WithSummary("Your country's assessment cycles");
        cycles.MapPost("/", Open).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint).WithSummary("Open a cycle on the current model");
        cycles.MapGet("/{id:guid}", Get).RequireAccess(CapacityModule.ScopeRead, Role.CountryFocalPoint)
            .WithSummary("A cycle's results: stages, gaps, comparison, median, disagreements and respondents");
        cycles.MapPut("/{id:guid}/consent", Consent).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Give or withdraw consent to count in the regional median");
        cycles.MapPost("/{id:guid}/respondents", Invite).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Invite a respondent; addresses without an account get a one-time link, returned once");
        cycles.MapPut("/{id:guid}/consolidated", Consolidate).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Settle the answer for indicators");
        cycles.MapPost("/{id:guid}/submit", Submit).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Submit the cycle; it is frozen afterwards");
        cycles.MapGet("/{id:guid}/export.csv", ExportCsv).RequireAccess(CapacityModule.ScopeRead, Role.CountryFocalPoint)
            .WithSummary("The results as CSV");
        cycles.MapGet("/{id:guid}/export.json", ExportJson).RequireAccess(CapacityModule.ScopeRead, Role.CountryFocalPoint)
            .WithSummary("The results as JSON");
        cycles.MapPost("/{id:guid}/gaps/{factor}/request", RequestHelp).RequireAccess(CapacityModule.ScopeWrite, Role.CountryFocalPoint)
            .WithSummary("Draft a roster request for a gap, pre-filled with the factor's skills");

        var invitations = api.MapGroup("/invitations").WithTags("Capacity: answering");
        invitations.MapGet("/", Invitations).RequireAccess(CapacityModule.ScopeRead, Everyone).WithSummary("Assessments you are invited to answer");
        invitations.MapGet("/{id:guid}", AccountQuestionnaire).RequireAccess(CapacityModule.ScopeRead, Everyone)
            .WithSummary("The questionnaire and your answers");
        invitations.MapPut("/{id:guid}/answers", AccountAnswers).RequireAccess(CapacityModule.ScopeWrite, Everyone)
            .WithSummary("Save answers (finish=true ends answering)");

        var respond = api.MapGroup("/respond").WithTags("Capacity: answering");
        respond.MapGet("/{token}", TokenQuestionnaire).AllowAnonymous().WithSummary("The questionnaire behind a one-time answering link");
        respond.MapPut("/{token}", TokenAnswers).AllowAnonymous().WithSummary("Save answers through a one-time link (finish=true ends it)");
    }

    private static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static async Task<Ok<ModelVersionResponse>> Current(CapacityDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(ModelVersionResponse.From((await ManageModel.CurrentAsync(db, cancellationToken))!));

    private static async Task<Ok<List<ModelVersionSummary>>> Versions(CapacityDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ManageModel.ListAsync(db, cancellationToken));

    private static async Task<Results<Ok<ModelVersionResponse>, NotFound>> Version(int number, ClaimsPrincipal user, CapacityDb db,
        CancellationToken cancellationToken)
    {
        var version = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(db.ModelVersions,
            v => v.Number == number, cancellationToken);
        return version is null || (version.Status == ModelStatus.Draft && !user.Has(Role.PlatformAdministrator))
            ? TypedResults.NotFound()
            : TypedResults.Ok(ModelVersionResponse.From(version));
    }

    private static async Task<Results<Ok<ModelVersionResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> StartDraft(
        CapacityDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageModel.StartDraftAsync(db, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ModelVersionResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> EditDraft(
        ModelContent content, CapacityDb db, IAssistanceRequests roster, IAuditLog audit, CancellationToken cancellationToken) =>
        (await ManageModel.EditDraftAsync(content, db, roster, audit, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<ModelVersionResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Publish(
        CapacityDb db, IAssistanceRequests roster, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ManageModel.PublishDraftAsync(db, roster, audit, clock, cancellationToken)).ToHttp();

    private static async Task<Ok<List<CycleSummary>>> List(ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await Cycles.ListAsync(await callers.ForAsync(user, cancellationToken), db, cancellationToken));

    private static async Task<Results<Created<CycleSummary>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Open(
        OpenCycleBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAuditLog audit, TimeProvider clock,
        IStringLocalizer<CapacityText> t, CancellationToken cancellationToken) =>
        (await Cycles.OpenAsync(await callers.ForAsync(user, cancellationToken), body, db, audit, clock, t, cancellationToken))
            .ToCreated(c => $"/api/v1/capacity/cycles/{c.Id}");

    private static async Task<Results<Ok<CycleResults>, NotFound>> Get(Guid id, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db,
        IOrganisationDirectory organisations, IAssistanceRequests roster, CancellationToken cancellationToken) =>
        await Results.ForAsync(await callers.ForAsync(user, cancellationToken), id, Culture, db, organisations, roster, cancellationToken) is { } results
            ? TypedResults.Ok(results)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CycleSummary>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Consent(
        Guid id, ConsentBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAuditLog audit, CancellationToken cancellationToken) =>
        (await Cycles.SetConsentAsync(await callers.ForAsync(user, cancellationToken), id, body, db, audit, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<InvitationResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Invite(
        Guid id, InviteBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IPeopleDirectory people, IAuditLog audit,
        TimeProvider clock, IStringLocalizer<CapacityText> t, CancellationToken cancellationToken) =>
        (await Cycles.InviteAsync(await callers.ForAsync(user, cancellationToken), id, body, db, people, audit, clock, t, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<CycleSummary>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Consolidate(
        Guid id, ConsolidateBody body, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAuditLog audit,
        IStringLocalizer<CapacityText> t, CancellationToken cancellationToken) =>
        (await Cycles.ConsolidateAsync(await callers.ForAsync(user, cancellationToken), id, body, db, audit, t, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<CycleSummary>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Submit(
        Guid id, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAuditLog audit, TimeProvider clock, IStringLocalizer<CapacityText> t,
        CancellationToken cancellationToken) =>
        (await Cycles.SubmitAsync(await callers.ForAsync(user, cancellationToken), id, db, audit, clock, t, cancellationToken)).ToHttp();

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportCsv(Guid id, ClaimsPrincipal user, CapacityCallers callers,
        CapacityDb db, IOrganisationDirectory organisations, IAssistanceRequests roster, CancellationToken cancellationToken) =>
        await Results.ForAsync(await callers.ForAsync(user, cancellationToken), id, Culture, db, organisations, roster, cancellationToken) is { } r
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(Export.Csv(r)), "text/csv; charset=utf-8", $"assessment-{r.Cycle.Country}-{id:N}.csv")
            : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportJson(Guid id, ClaimsPrincipal user, CapacityCallers callers,
        CapacityDb db, IOrganisationDirectory organisations, IAssistanceRequests roster, CancellationToken cancellationToken) =>
        await Results.ForAsync(await callers.ForAsync(user, cancellationToken), id, Culture, db, organisations, roster, cancellationToken) is { } r
            ? TypedResults.File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(r, ModelContent.Json), "application/json",
                $"assessment-{r.Cycle.Country}-{id:N}.json")
            : TypedResults.NotFound();

    private static async Task<Results<Ok<GapRequestResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> RequestHelp(
        Guid id, string factor, ClaimsPrincipal user, CapacityCallers callers, CapacityDb db, IAssistanceRequests roster, IAuditLog audit,
        TimeProvider clock, IStringLocalizer<CapacityText> t, CancellationToken cancellationToken) =>
        (await Results.RequestHelpAsync(await callers.ForAsync(user, cancellationToken), user, id, factor, db, roster, audit, clock, t, cancellationToken))
            .ToHttp();

    private static async Task<Ok<List<InvitationSummary>>> Invitations(ClaimsPrincipal user, CapacityDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await Cycles.InvitationsAsync(user.UserId() ?? Guid.Empty, db, cancellationToken))
            .Select(x => new InvitationSummary(x.Respondent.Id, x.Cycle.Id, x.Cycle.Country, x.Cycle.Title, x.Respondent.Group, x.Respondent.Answers.Count))
            .ToList());

    private static async Task<Results<Ok<QuestionnaireResponse>, NotFound>> AccountQuestionnaire(Guid id, ClaimsPrincipal user, CapacityDb db,
        TimeProvider clock, CancellationToken cancellationToken) =>
        await Cycles.ByAccountAsync(user.UserId() ?? Guid.Empty, id, db, clock, cancellationToken) is { } r
            ? TypedResults.Ok(await QuestionnaireAsync(r, EvidenceEndpoints.AccountFiles(id), db, cancellationToken))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<RespondentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> AccountAnswers(
        Guid id, AnswersBody body, ClaimsPrincipal user, CapacityDb db, IOptions<EvidenceOptions> limits, IAuditLog audit, TimeProvider clock,
        IStringLocalizer<CapacityText> t, CancellationToken cancellationToken) =>
        await Cycles.ByAccountAsync(user.UserId() ?? Guid.Empty, id, db, clock, cancellationToken) is { } r
            ? (await Cycles.AnswerAsync(r, body, EvidenceChanges.None, db, limits.Value, audit, clock, t, cancellationToken)).ToHttp()
            : TypedResults.NotFound();

    private static async Task<Results<Ok<QuestionnaireResponse>, NotFound>> TokenQuestionnaire(string token, CapacityDb db, TimeProvider clock,
        CancellationToken cancellationToken) =>
        await Cycles.ByTokenAsync(token, db, clock, cancellationToken) is { } r
            ? TypedResults.Ok(await QuestionnaireAsync(r, EvidenceEndpoints.TokenFiles(token), db, cancellationToken))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<RespondentResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> TokenAnswers(
        string token, AnswersBody body, CapacityDb db, IOptions<EvidenceOptions> limits, IAuditLog audit, TimeProvider clock,
        IStringLocalizer<CapacityText> t, CancellationToken cancellationToken) =>
        await Cycles.ByTokenAsync(token, db, clock, cancellationToken) is { } r
            ? (await Cycles.AnswerAsync(r, body, EvidenceChanges.None, db, limits.Value, audit, clock, t, cancellationToken)).ToHttp()
            : TypedResults.NotFound();

    private static async Task<QuestionnaireResponse> QuestionnaireAsync(Respondent r, string filesPath, CapacityDb db, CancellationToken cancellationToken)
    {
        var (cycle, model) = await Cycles.QuestionnaireAsync(r, db, cancellationToken);
        return new QuestionnaireResponse(cycle.Id, cycle.Country, cycle.Title, Cycles.ToResponse(r), model,
            r.Answers.Select(a => new AnswerItem(a.Indicator, a.Value, a.Evidence, a.Comment)).ToList(),
            await EvidenceFiles.OfRespondentAsync(r, filesPath, db, cancellationToken));
    }
}
