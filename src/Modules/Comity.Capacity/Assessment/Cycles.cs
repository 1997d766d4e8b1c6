using System.Net.Mail;
using Comity.Capacity.Data;
using Comity.Capacity.Evidence;
using Comity.Capacity.Model;
using Comity.Identity.Audit;
using Comity.Identity.People;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Assessment;

public sealed record OpenCycleBody(string? Title, bool? ConsentToRegionalMedian);

public sealed record ConsentBody(bool Consent);

public sealed record InviteBody(string? Email, StakeholderGroup? Group);

public sealed record AnswerItem(string? Indicator, AnswerValue? Value, List<string>? Evidence, string? Comment);

public sealed record AnswersBody(List<AnswerItem>? Answers, bool Finish = false);

public sealed record ConsolidateItem(string? Indicator, AnswerValue? Value, string? Note);

public sealed record ConsolidateBody(List<ConsolidateItem>? Answers);

public sealed record CycleSummary(Guid Id, string Country, string Title, CycleStatus Status, int ModelNumber, bool ConsentsToRegionalMedian,
    DateTimeOffset OpenedAt, DateTimeOffset? SubmittedAt);

public sealed record RespondentResponse(Guid Id, string Email, StakeholderGroup Group, bool HasAccount, int Answered, bool Finished,
    DateTimeOffset? LinkExpiresAt);

/// <summary>An invitation; <see cref="AnswerLink"/> carries the one-time token and is shown only in this response.</summary>
public sealed record InvitationResponse(RespondentResponse Respondent, string? AnswerLink);

public sealed record IndicatorAnswers(string Indicator, IReadOnlyList<(StakeholderGroup Group, AnswerValue Value, string? Comment)> Answers);

/// <summary>
/// Opening cycles, inviting respondents, answering, consolidating and submitting. Every refusal is worded in the reader's
/// language (<c>t</c>, the Capacity texts), for the pages and the API alike.
/// </summary>
public static class Cycles
{
    public const int MaxRespondents = 100;
    public const int MaxAnswersPerCall = 500;

    public static async Task<List<CycleSummary>> ListAsync(CapacityCaller caller, CapacityDb db, CancellationToken cancellationToken)
    {
        if (caller.Country is not { } country)
        {
            return [];
        }
        var cycles = await db.Cycles.AsNoTracking().Where(c => c.Country == country).OrderByDescending(c => c.OpenedAt).ToListAsync(cancellationToken);
        var numbers = await db.ModelVersions.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.Number, cancellationToken);
        return cycles.Select(c => Summary(c, numbers.GetValueOrDefault(c.ModelVersionId))).ToList();
    }

    public static CycleSummary Summary(AssessmentCycle c, int modelNumber) =>
        new(c.Id, c.Country, c.Title, c.Status, modelNumber, c.ConsentsToRegionalMedian, c.OpenedAt, c.SubmittedAt);

    /// <summary>
    /// The cycles whose answers (and evidence files) <paramref name="caller"/> may read and settle: those of the country
    /// they are a focal point for. The one rule for reading a cycle's answers.
    /// </summary>
    public static IQueryable<AssessmentCycle> Readable(CapacityCaller caller, CapacityDb db)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(db);
        var country = caller.Country;
        return country is null ? db.Cycles.Where(_ => false) : db.Cycles.Where(c => c.Country == country);
    }

    /// <summary>The caller's own country's cycle with its respondents and their answers, or null.</summary>
    public static Task<AssessmentCycle?> FindAsync(CapacityCaller caller, Guid id, CapacityDb db, CancellationToken cancellationToken) =>
        Readable(caller, db).Include(c => c.Respondents).ThenInclude(r => r.Answers).Include(c => c.Consolidated).Include(c => c.GapRequests)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public static async Task<Outcome<CycleSummary>> OpenAsync(CapacityCaller caller, OpenCycleBody body, CapacityDb db, IAuditLog audit,
        TimeProvider clock, IStringLocalizer t, CancellationToken cancellationToken)
    {
        if (caller.Country is not { } country || caller.Organisation is null)
        {
            return Outcome<CycleSummary>.Forbidden();
        }
        var v = new Validation().MaxLength(body.Title, "title", AssessmentCycle.TitleMax, t);
        if (!v.IsValid)
        {
            return v;
        }
        if (await db.Cycles.AnyAsync(c => c.Country == country && c.Status == CycleStatus.Open, cancellationToken))
        {
            return Outcome<CycleSummary>.Conflict(t["Your country already has an open assessment; submit it before opening another."]);
        }
        if (await ManageModel.CurrentAsync(db, cancellationToken) is not { } model)
        {
            return Outcome<CycleSummary>.Conflict(t["No maturity model is published yet."]);
        }
        var now = clock.GetUtcNow();
        var title = string.IsNullOrWhiteSpace(body.Title) ? $"{country} self-assessment {now:yyyy-MM}" : body.Title.Trim();
        var cycle = AssessmentCycle.Open(country, caller.Organisation.Id, model.Id, title, body.ConsentToRegionalMedian ?? false, caller.UserId, now);
        db.Cycles.Add(cycle);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("capacity.cycle.opened", "capacity-cycle", cycle.Id.ToString(), title), cancellationToken);
        return Outcome<CycleSummary>.Ok(Summary(cycle, model.Number));
    }

    public static async Task<Outcome<CycleSummary>> SetConsentAsync(CapacityCaller caller, Guid id, ConsentBody body, CapacityDb db, IAuditLog audit,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(caller, id, db, cancellationToken) is not { } cycle)
        {
            return Outcome<CycleSummary>.NotFound();
        }
        cycle.SetConsent(body.Consent);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent(body.Consent ? "capacity.cycle.consent-given" : "capacity.cycle.consent-withdrawn",
            "capacity-cycle", cycle.Id.ToString(), cycle.Title), cancellationToken);
        return Outcome<CycleSummary>.Ok(Summary(cycle, await ModelNumberAsync(db, cycle, cancellationToken)));
    }

    public static async Task<Outcome<InvitationResponse>> InviteAsync(CapacityCaller caller, Guid id, InviteBody body, CapacityDb db,
        IPeopleDirectory people, IAuditLog audit, TimeProvider clock, IStringLocalizer t, CancellationToken cancellationToken)
    {
        if (await FindAsync(caller, id, db, cancellationToken) is not { } cycle)
        {
            return Outcome<InvitationResponse>.NotFound();
        }
        var email = body.Email?.Trim() ?? "";
        var v = new Validation().Required(email, "email", Respondent.EmailMax, t)
            .Require(email.Length == 0 || IsEmail(email), "email", t["Enter an e-mail address such as name@example.org."])
            .Require(body.Group is { } g && Enum.IsDefined(g), "group", t["Choose the respondent's stakeholder group."]);
        if (!v.IsValid)
        {
            return v;
        }
        if (!cycle.IsOpen)
        {
            return Outcome<InvitationResponse>.Conflict(t["This assessment is submitted; it takes no more respondents."]);
        }
        if (cycle.Respondents.Any(r => string.Equals(r.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            return Outcome<InvitationResponse>.Invalid("email", t["This address is already invited to this assessment."]);
        }
        if (cycle.Respondents.Count >= MaxRespondents)
        {
            return Outcome<InvitationResponse>.Invalid("email", t["An assessment has at most {0} respondents.", MaxRespondents]);
        }
        var account = await people.FindByEmailAsync(email, cancellationToken);
        var (respondent, token) = Respondent.Invite(cycle.Id, account?.Email ?? email, body.Group!.Value, account?.Id, clock.GetUtcNow());
        db.Respondents.Add(respondent);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("capacity.respondent.invited", "capacity-cycle", cycle.Id.ToString(),
            $"{respondent.Email} ({respondent.Group})"), cancellationToken);
        return Outcome<InvitationResponse>.Ok(new InvitationResponse(ToResponse(respondent), token is null ? null : $"/capacity/respond/{token}"));
    }

    public static RespondentResponse ToResponse(Respondent r) =>
        new(r.Id, r.Email, r.Group, r.UserId is not null, r.Answers.Count, r.FinishedAt is not null, r.TokenExpiresAt);

    /// <summary>The respondent behind a one-time link, while the link is valid and the cycle open.</summary>
    public static async Task<Respondent?> ByTokenAsync(string token, CapacityDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = Respondent.Hash(token);
        var respondent = await db.Respondents.Include(r => r.Answers).SingleOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        return respondent is not null && respondent.CanAnswer(clock.GetUtcNow()) ? respondent : null;
    }

    /// <summary>The signed-in account's invitation, while it may still answer.</summary>
    public static async Task<Respondent?> ByAccountAsync(Guid userId, Guid respondentId, CapacityDb db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var respondent = await db.Respondents.Include(r => r.Answers)
            .SingleOrDefaultAsync(r => r.Id == respondentId && r.UserId == userId && userId != Guid.Empty, cancellationToken);
        return respondent is not null && respondent.CanAnswer(clock.GetUtcNow()) ? respondent : null;
    }

    public static async Task<List<(Respondent Respondent, AssessmentCycle Cycle)>> InvitationsAsync(Guid userId, CapacityDb db,
        CancellationToken cancellationToken)
    {
        var rows = await db.Respondents.AsNoTracking().Include(r => r.Answers).Where(r => r.UserId == userId && r.FinishedAt == null)
            .Join(db.Cycles.Where(c => c.Status == CycleStatus.Open), r => r.CycleId, c => c.Id, (r, c) => new { r, c }).ToListAsync(cancellationToken);
        return rows.Select(x => (x.r, x.c)).ToList();
    }

    /// <summary>The questionnaire a respondent answers: the model version of their cycle.</summary>
    public static async Task<(AssessmentCycle Cycle, ModelContent Model)> QuestionnaireAsync(Respondent respondent, CapacityDb db,
        CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == respondent.CycleId, cancellationToken);
        var model = await db.ModelVersions.AsNoTracking().SingleAsync(v => v.Id == cycle.ModelVersionId, cancellationToken);
        return (cycle, model.Content);
    }

    /// <summary>
    /// Saves a respondent's answers and, in the same transaction, the evidence files they attach or remove with them; when
    /// anything is wrong, nothing is saved.
    /// </summary>
    public static async Task<Outcome<RespondentResponse>> AnswerAsync(Respondent respondent, AnswersBody body, EvidenceChanges evidence, CapacityDb db,
        EvidenceOptions limits, IAuditLog audit, TimeProvider clock, IStringLocalizer t, CancellationToken cancellationToken)
    {
        var (cycle, model) = await QuestionnaireAsync(respondent, db, cancellationToken);
        if (!cycle.IsOpen)
        {
            return Outcome<RespondentResponse>.Conflict(t["This assessment is already submitted."]);
        }
        var indicators = model.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var items = body.Answers ?? [];
        var v = new Validation().Require(items.Count <= MaxAnswersPerCall, "answers", t["Send at most {0} answers at once.", MaxAnswersPerCall]);
        for (var n = 0; n < items.Count && v.IsValid; n++)
        {
            var a = items[n];
            var at = $"answers[{n}]";
            v.Require(a.Indicator is not null && indicators.Contains(a.Indicator), at + ".indicator", t["'{0}' is not an indicator of this model.", a.Indicator ?? ""])
                .Require(a.Value is { } value && Enum.IsDefined(value), at + ".value", t["Answer Met, Partly, NotMet or Unknown."])
                .MaxLength(a.Comment, at + ".comment", Answer.CommentMax, t)
                .Require((a.Evidence?.Count ?? 0) <= Answer.EvidenceMax, at + ".evidence", t["Give at most {0} evidence links.", Answer.EvidenceMax]);
            foreach (var link in a.Evidence ?? [])
            {
                v.Require(IsWebLink(link), at + ".evidence", t["Evidence links are http or https addresses of at most {0} characters.", Answer.EvidenceUrlMax]);
            }
        }
        if (items.Select(a => a.Indicator).Distinct().Count() != items.Count)
        {
            v.Add("answers", t["Answer each indicator once per call."]);
        }
        if (!v.IsValid)
        {
            return v;
        }
        var answered = respondent.Answers.Select(a => a.Indicator).Concat(items.Select(a => a.Indicator!)).ToHashSet(StringComparer.Ordinal);
        var files = await CheckedEvidence.CheckAsync(respondent, evidence, indicators, answered, db, limits, v, t, cancellationToken);
        if (!v.IsValid)
        {
            return v;
        }
        var now = clock.GetUtcNow();
        foreach (var a in items)
        {
            respondent.Record(a.Indicator!, a.Value!.Value, (a.Evidence ?? []).Select(e => e.Trim()).ToList(),
                string.IsNullOrWhiteSpace(a.Comment) ? null : a.Comment.Trim(), now);
        }
        var fileEvents = files.Apply(respondent, db, now);
        if (body.Finish)
        {
            respondent.Finish(now);
        }
        await EvidenceFiles.SaveAuditedAsync(db, audit, [new AuditEvent(body.Finish ? "capacity.answers.finished" : "capacity.answers.saved",
            "capacity-cycle", cycle.Id.ToString(), $"{respondent.Email}: {items.Count} answer(s)"), .. fileEvents], cancellationToken);
        return Outcome<RespondentResponse>.Ok(ToResponse(respondent));
    }

    public static async Task<Outcome<CycleSummary>> ConsolidateAsync(CapacityCaller caller, Guid id, ConsolidateBody body, CapacityDb db,
        IAuditLog audit, IStringLocalizer t, CancellationToken cancellationToken)
    {
        if (await FindAsync(caller, id, db, cancellationToken) is not { } cycle)
        {
            return Outcome<CycleSummary>.NotFound();
        }
        if (!cycle.IsOpen)
        {
            return Outcome<CycleSummary>.Conflict(t["A submitted assessment is frozen."]);
        }
        var model = (await db.ModelVersions.AsNoTracking().SingleAsync(m => m.Id == cycle.ModelVersionId, cancellationToken)).Content;
        var indicators = model.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var items = body.Answers ?? [];
        var v = new Validation().Require(items.Count is > 0 and <= MaxAnswersPerCall, "answers", t["Settle 1 to {0} indicators at once.", MaxAnswersPerCall]);
        for (var n = 0; n < items.Count; n++)
        {
            var a = items[n];
            v.Require(a.Indicator is not null && indicators.Contains(a.Indicator), $"answers[{n}].indicator",
                    t["'{0}' is not an indicator of this model.", a.Indicator ?? ""])
                .Require(a.Value is { } value && Enum.IsDefined(value), $"answers[{n}].value", t["Answer Met, Partly, NotMet or Unknown."])
                .MaxLength(a.Note, $"answers[{n}].note", ConsolidatedAnswer.NoteMax, t);
        }
        if (!v.IsValid)
        {
            return v;
        }
        foreach (var a in items)
        {
            cycle.Consolidate(a.Indicator!, a.Value!.Value, string.IsNullOrWhiteSpace(a.Note) ? null : a.Note.Trim());
        }
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("capacity.cycle.consolidated", "capacity-cycle", cycle.Id.ToString(),
            $"{items.Count} indicator(s) settled"), cancellationToken);
        return Outcome<CycleSummary>.Ok(Summary(cycle, await ModelNumberAsync(db, cycle, cancellationToken)));
    }

    /// <summary>Freezes the cycle: every indicator's answer is settled and the stages are stored.</summary>
    public static async Task<Outcome<CycleSummary>> SubmitAsync(CapacityCaller caller, Guid id, CapacityDb db, IAuditLog audit, TimeProvider clock,
        IStringLocalizer t, CancellationToken cancellationToken)
    {
        if (await FindAsync(caller, id, db, cancellationToken) is not { } cycle)
        {
            return Outcome<CycleSummary>.NotFound();
        }
        if (!cycle.IsOpen)
        {
            return Outcome<CycleSummary>.Conflict(t["This assessment is already submitted."]);
        }
        var answers = Answers(cycle);
        var disagreements = Scoring.Disagreements(answers, cycle.Consolidated.Select(c => c.Indicator));
        if (disagreements.Count > 0)
        {
            return Outcome<CycleSummary>.Conflict(t["Respondents disagree on {0} indicator(s) ({1}…); settle them before submitting.",
                disagreements.Count, string.Join(", ", disagreements.Take(5))]);
        }
        if (answers.Count == 0 && cycle.Consolidated.Count == 0)
        {
            return Outcome<CycleSummary>.Conflict(t["Nobody has answered yet."]);
        }
        var model = (await db.ModelVersions.AsNoTracking().SingleAsync(m => m.Id == cycle.ModelVersionId, cancellationToken)).Content;
        var effective = Scoring.Effective(answers, cycle.Consolidated.Select(c => (c.Indicator, c.Value)));
        // What counted is written down, so the frozen cycle explains its own stages.
        foreach (var indicator in model.Indicators)
        {
            if (cycle.Consolidated.All(c => c.Indicator != indicator.Code))
            {
                cycle.Consolidate(indicator.Code, effective.GetValueOrDefault(indicator.Code, AnswerValue.Unknown), null);
            }
        }
        cycle.Submit(Scoring.Stages(model, code => effective.GetValueOrDefault(code, AnswerValue.Unknown) == AnswerValue.Met), clock.GetUtcNow());
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("capacity.cycle.submitted", "capacity-cycle", cycle.Id.ToString(), cycle.Title),
            cancellationToken);
        return Outcome<CycleSummary>.Ok(Summary(cycle, await ModelNumberAsync(db, cycle, cancellationToken)));
    }

    public static List<(string Indicator, AnswerValue Value)> Answers(AssessmentCycle cycle) =>
        cycle.Respondents.SelectMany(r => r.Answers).Select(a => (a.Indicator, a.Value)).ToList();

    private static async Task<int> ModelNumberAsync(CapacityDb db, AssessmentCycle cycle, CancellationToken cancellationToken) =>
        await db.ModelVersions.Where(v => v.Id == cycle.ModelVersionId).Select(v => v.Number).SingleAsync(cancellationToken);

    private static bool IsEmail(string value)
    {
        try
        {
            return new MailAddress(value).Address == value;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsWebLink(string? value) =>
        value is { Length: > 0 and <= Answer.EvidenceUrlMax } && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
