using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Comity.Roster.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Requests;

public sealed record AssistanceRequestBody(
    string? Title,
    string? Description,
    string? TopicArea,
    List<RequiredSkill>? RequiredSkills,
    List<RequiredLanguage>? RequiredLanguages,
    DateOnly? EarliestStart,
    DateOnly? LatestEnd,
    int? DurationDays,
    DeploymentModality? Modality,
    int? TeamSize,
    Urgency? Urgency,
    double? UtcOffsetHours,
    string? CapacityGap,
    bool? AllowSameNationality,
    bool? AllowSameEmployerCountry,
    bool Submit = true);

/// <summary>A focal point files (or drafts) a request for their own country; it goes to the centre that serves it.</summary>
public static class FileRequest
{
    public const int MaxTeamSize = 5;

    public static async Task<Outcome<RequestResponse>> HandleAsync(RosterCaller caller, AssistanceRequestBody body, RosterDb db,
        IOrganisationDirectory organisations, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (caller.FilingOrganisation is not { } organisation || caller.Organisation is null)
        {
            return Outcome<RequestResponse>.Forbidden();
        }
        var country = caller.Organisation.HomeCountry;
        var (v, details) = await ValidateAsync(body, country, db, clock, cancellationToken);
        var centre = await organisations.CentreForCountryAsync(country, cancellationToken);
        v.Require(centre is not null, "", $"No regional centre serves {country} yet; ask the network's administrators.");
        if (!v.IsValid)
        {
            return v;
        }
        var request = AssistanceRequest.File(centre!.Id, organisation, caller.UserId, details!, body.Submit, clock.GetUtcNow());
        db.Requests.Add(request);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent(body.Submit ? "request.submitted" : "request.drafted", "request", request.Id.ToString(),
            $"{request.Title} ({country} → {centre.ShortName ?? centre.Name})"), cancellationToken);
        return Outcome<RequestResponse>.Ok(RequestResponse.From(request));
    }

    internal static async Task<(Validation, RequestDetails?)> ValidateAsync(AssistanceRequestBody b, string country, RosterDb db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var v = new Validation()
            .Required(b.Title, "title", AssistanceRequest.TitleMax)
            .Required(b.Description, "description", AssistanceRequest.DescriptionMax)
            .Require(b.RequiredSkills is { Count: > 0 and <= 15 }, "requiredSkills", "Name one to fifteen skills the experts need.")
            .Require((b.RequiredLanguages?.Count ?? 0) <= 6, "requiredLanguages", "Name at most six languages.")
            .Require(b.EarliestStart >= today, "earliestStart", "The earliest start cannot be in the past.")
            .Require(b.DurationDays is >= 1 and <= 365, "durationDays", "A deployment lasts 1 to 365 days.")
            .Require(b.Modality is not null && Enum.IsDefined(b.Modality.Value), "modality", "Choose Remote, OnSite or Either.")
            .Require(b.TeamSize is >= 1 and <= MaxTeamSize, "teamSize", $"A team has 1 to {MaxTeamSize} experts.")
            .Require(b.Urgency is null || Enum.IsDefined(b.Urgency.Value), "urgency", "Choose Routine, Priority or Urgent.")
            .Require(b.UtcOffsetHours is >= -12 and <= 14, "utcOffsetHours", "Give your usual offset from UTC, between -12 and 14 hours.")
            .MaxLength(b.CapacityGap, "capacityGap", 200);
        if (b.EarliestStart is { } start && b.LatestEnd is { } end && b.DurationDays is { } days && start.AddDays(days - 1) > end)
        {
            v.Add("latestEnd", "The window is shorter than the deployment.");
        }
        else if (b.LatestEnd is null)
        {
            v.Add("latestEnd", "This field is required.");
        }
        if (!await db.SkillAreas.AnyAsync(a => a.Code == b.TopicArea, cancellationToken))
        {
            v.Add("topicArea", "Choose one of the roster's skill areas.");
        }
        var codes = (b.RequiredSkills ?? []).Select(s => s.Skill).ToList();
        var known = await db.Skills.Where(s => codes.Contains(s.Code) && s.IsActive).Select(s => s.Code).ToListAsync(cancellationToken);
        foreach (var skill in b.RequiredSkills ?? [])
        {
            v.Require(known.Contains(skill.Skill), "requiredSkills", $"'{skill.Skill}' is not an active skill in the taxonomy.")
                .Require(Enum.IsDefined(skill.MinimumLevel), "requiredSkills", "Levels are Foundation, Practitioner, Advanced or Authority.");
        }
        foreach (var language in b.RequiredLanguages ?? [])
        {
            v.Require(language.Language is { Length: 2 } && language.Language.All(char.IsAsciiLetter) && Enum.IsDefined(language.MinimumLevel),
                "requiredLanguages", "Each language needs an ISO 639-1 code (such as fr) and a CEFR level A1 to C2.");
        }
        if (!v.IsValid)
        {
            return (v, null);
        }
        return (v, new RequestDetails(b.Title!, b.Description!, country, b.TopicArea!, b.RequiredSkills!,
            (b.RequiredLanguages ?? []).Select(l => l with { Language = l.Language.ToLowerInvariant() }).ToList(), b.EarliestStart!.Value,
            b.LatestEnd!.Value, b.DurationDays!.Value, b.Modality!.Value, b.TeamSize!.Value, b.Urgency ?? Urgency.Routine, b.UtcOffsetHours!.Value,
            b.CapacityGap,
            b.AllowSameNationality ?? false, b.AllowSameEmployerCountry ?? false));
    }
}
