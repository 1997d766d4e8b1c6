using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Roster.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Skills;

public sealed record SkillResponse(string Code, string Area, string Name, IReadOnlyDictionary<string, string> Translations,
    IReadOnlyList<string> NiceWorkRoles, IReadOnlyList<string> EcsfProfiles, bool IsActive);

public sealed record TaxonomyResponse(IReadOnlyList<SkillArea> Areas, IReadOnlyList<SkillResponse> Skills);

public sealed record SkillRequest(string? Code, string? Area, string? Name, Dictionary<string, string>? Translations,
    List<string>? NiceWorkRoles, List<string>? EcsfProfiles, bool? IsActive);

/// <summary>The skills taxonomy: everyone signed in reads it; administrators extend it.</summary>
internal static class SkillEndpoints
{
    private static readonly string[] Cultures = ["ar", "zh", "fr", "ru", "es"];

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/skills").WithTags("Roster: skills");
        group.MapGet("/", List).RequireSignedIn(RosterModule.ScopeRead).WithSummary("The skill areas and skills, with NICE and ECSF mappings");
        group.MapPost("/", Add).RequireAccess(RosterModule.ScopeWrite, Role.PlatformAdministrator).WithSummary("Add a skill to the taxonomy");
        group.MapPut("/{code}", Change).RequireAccess(RosterModule.ScopeWrite, Role.PlatformAdministrator)
            .WithSummary("Rename or translate a skill, or retire it");
    }

    public static async Task<TaxonomyResponse> TaxonomyAsync(RosterDb db, CancellationToken cancellationToken) => new(
        await db.SkillAreas.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken),
        (await db.Skills.AsNoTracking().OrderBy(s => s.AreaCode).ThenBy(s => s.Name).ToListAsync(cancellationToken)).Select(ToResponse).ToList());

    /// <summary>Skill code → name in <paramref name="culture"/>, for pages that show skills.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(RosterDb db, string culture, CancellationToken cancellationToken) =>
        (await db.Skills.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(s => s.Code, s => s.NameIn(culture));

    private static async Task<Ok<TaxonomyResponse>> List(RosterDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await TaxonomyAsync(db, cancellationToken));

    private static async Task<Results<Created<SkillResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Add(
        SkillRequest request, RosterDb db, IAuditLog audit, CancellationToken cancellationToken)
    {
        var v = Validate(request);
        var code = request.Code?.Trim().ToLowerInvariant() ?? "";
        v.Required(request.Code, "code", Skill.CodeMax)
            .Require(code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'), "code", "Use lower-case letters, digits and hyphens.");
        if (v.IsValid && await db.Skills.AnyAsync(s => s.Code == code, cancellationToken))
        {
            v.Add("code", "A skill with this code exists.");
        }
        if (v.IsValid && !await db.SkillAreas.AnyAsync(a => a.Code == request.Area, cancellationToken))
        {
            v.Add("area", "There is no skill area with this code.");
        }
        if (!v.IsValid)
        {
            return ((Outcome<SkillResponse>)v).ToCreated(_ => "");
        }
        var skill = Skill.Create(code, request.Area!, request.Name!.Trim(), request.NiceWorkRoles ?? [], request.EcsfProfiles ?? [], request.Translations);
        db.Skills.Add(skill);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("skill.added", "skill", code, skill.Name), cancellationToken);
        return TypedResults.Created($"/api/v1/roster/skills/{code}", ToResponse(skill));
    }

    private static async Task<Results<Ok<SkillResponse>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> Change(
        string code, SkillRequest request, RosterDb db, IAuditLog audit, CancellationToken cancellationToken)
    {
        var skill = await db.Skills.SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (skill is null)
        {
            return TypedResults.NotFound();
        }
        var v = Validate(request);
        if (!v.IsValid)
        {
            return ((Outcome<SkillResponse>)v).ToHttp();
        }
        skill.Rename(request.Name!.Trim(), request.Translations ?? []);
        skill.SetActive(request.IsActive ?? true);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("skill.changed", "skill", code, skill.Name), cancellationToken);
        return TypedResults.Ok(ToResponse(skill));
    }

    private static Validation Validate(SkillRequest request)
    {
        var v = new Validation().Required(request.Name, "name", Skill.NameMax);
        foreach (var (culture, name) in request.Translations ?? [])
        {
            v.Require(Cultures.Contains(culture), "translations", $"'{culture}' is not one of {string.Join(", ", Cultures)}.")
                .Required(name, "translations", Skill.NameMax);
        }
        return v;
    }

    private static SkillResponse ToResponse(Skill s) => new(s.Code, s.AreaCode, s.Name, s.Translations, s.NiceWorkRoles, s.EcsfProfiles, s.IsActive);
}
