using System.Security.Claims;
using Comity.Capacity.Data;
using Comity.Capacity.Evidence;
using Comity.Capacity.Model;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Comity.Roster.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Assessment;

public sealed record FactorResult(string Dimension, string Factor, string Name, int Stage, int? PreviousStage, double? RegionalMedian,
    IReadOnlyList<RequestState> EarlierHelp)
{
    /// <summary>Whether the factor rose since the previous cycle; null when there is nothing to compare.</summary>
    public bool? Moved => PreviousStage is { } previous ? Stage > previous : null;
}

public sealed record GapResponse(string Dimension, string Factor, string Name, int Stage, int NextStage,
    IReadOnlyList<NeededIndicator> Needed, IReadOnlyList<string> Skills, IReadOnlyList<RequestState> Requests);

public sealed record NeededIndicator(string Code, Stage Stage, string Text);

public sealed record DisagreementResponse(string Indicator, string Text, IReadOnlyList<GroupAnswer> Answers);

public sealed record GroupAnswer(string Email, StakeholderGroup Group, AnswerValue Value, IReadOnlyList<string> Evidence, string? Comment,
    IReadOnlyList<EvidenceFileResponse> Files);

/// <summary>Everything the results page, the report and the exports show about one cycle.</summary>
public sealed record CycleResults(
    CycleSummary Cycle,
    bool Final,
    IReadOnlyList<FactorResult> Factors,
    IReadOnlyList<GapResponse> Gaps,
    CycleSummary? Previous,
    int RegionalCountries,
    IReadOnlyList<DisagreementResponse> Disagreements,
    IReadOnlyList<RespondentResponse> Respondents,
    IReadOnlyDictionary<string, AnswerValue> Answers,
    IReadOnlyList<EvidenceFileResponse> Files);

public sealed record GapRequestResponse(string Factor, RequestState Request);

/// <summary>Stages, gaps, comparison with the previous cycle and the regional median; and turning a gap into a roster request.</summary>
public static class Results
{
    /// <summary>The median is shown only when enough countries consent that no single country's stages can be read from it.</summary>
    public const int MinimumCountriesForMedian = 3;

    public static async Task<CycleResults?> ForAsync(CapacityCaller caller, Guid id, string culture, CapacityDb db, IOrganisationDirectory organisations,
        IAssistanceRequests roster, CancellationToken cancellationToken)
    {
        if (await Cycles.FindAsync(caller, id, db, cancellationToken) is not { } cycle)
        {
            return null;
        }
        var version = await db.ModelVersions.AsNoTracking().SingleAsync(v => v.Id == cycle.ModelVersionId, cancellationToken);
        var model = version.Content;
        var answers = Cycles.Answers(cycle);
        var effective = Scoring.Effective(answers, cycle.Consolidated.Select(c => (c.Indicator, c.Value)));
        bool IsMet(string code) => effective.GetValueOrDefault(code, AnswerValue.Unknown) == AnswerValue.Met;
        var stages = cycle.IsOpen ? Scoring.Stages(model, IsMet) : cycle.Stages;

        var previous = await db.Cycles.AsNoTracking().Include(c => c.GapRequests)
            .Where(c => c.Country == cycle.Country && c.Status == CycleStatus.Submitted && c.Id != cycle.Id && c.OpenedAt < cycle.OpenedAt)
            .OrderByDescending(c => c.OpenedAt).FirstOrDefaultAsync(cancellationToken);
        var (median, countries) = await RegionalMedianAsync(cycle.Country, db, organisations, cancellationToken);

        var requestIds = cycle.GapRequests.Concat(previous?.GapRequests ?? []).Select(g => g.RequestId).ToList();
        var states = requestIds.Count == 0 ? new Dictionary<Guid, RequestState>() : await roster.StatesAsync(requestIds, cancellationToken);
        List<RequestState> Requests(AssessmentCycle? c, string factor) =>
            (c?.GapRequests ?? []).Where(g => g.Factor == factor).Select(g => states.GetValueOrDefault(g.RequestId)).OfType<RequestState>().ToList();

        var names = model.Factors.ToDictionary(f => f.Code, f => f.Name.In(culture));
        var factors = model.Dimensions.SelectMany(d => d.Factors.Select(f => new FactorResult(d.Code, f.Code, names[f.Code],
            stages.GetValueOrDefault(f.Code), previous?.Stages.TryGetValue(f.Code, out var p) == true ? p : null,
            median.TryGetValue(f.Code, out var m) ? m : null, Requests(previous, f.Code)))).ToList();
        var gaps = Scoring.Gaps(model, stages, IsMet).Select(g => new GapResponse(g.Dimension, g.Factor, names[g.Factor], g.Stage, g.NextStage,
            g.Needed.Select(i => new NeededIndicator(i.Code, i.Stage, i.Text.In(culture))).ToList(), g.Skills, Requests(cycle, g.Factor))).ToList();

        var order = model.Indicators.Select((i, n) => (i.Code, n)).ToDictionary(x => x.Code, x => x.n);
        var files = (await EvidenceFiles.OfCycleAsync(cycle.Id, EvidenceEndpoints.CycleFiles(cycle.Id), db, cancellationToken))
            .OrderBy(f => order.GetValueOrDefault(f.Indicator, int.MaxValue)).ToList();
        var filesOf = cycle.Respondents.ToDictionary(r => r.Id, r => r.Answers.ToDictionary(a => a.Indicator,
            a => (IReadOnlyList<EvidenceFileResponse>)files.Where(f => f.Indicator == a.Indicator && f.RespondentId == r.Id).ToList()));
        var texts = model.Indicators.ToDictionary(i => i.Code, i => i.Text.In(culture));
        var disagreements = Scoring.Disagreements(answers, cycle.Consolidated.Select(c => c.Indicator)).Select(code => new DisagreementResponse(code,
            texts.GetValueOrDefault(code, code), cycle.Respondents.SelectMany(r => r.Answers.Where(a => a.Indicator == code)
                .Select(a => new GroupAnswer(r.Email, r.Group, a.Value, a.Evidence, a.Comment, filesOf[r.Id][code]))).ToList())).ToList();
        var numbers = await db.ModelVersions.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.Number, cancellationToken);
        return new CycleResults(Cycles.Summary(cycle, version.Number), !cycle.IsOpen, factors, gaps,
            previous is null ? null : Cycles.Summary(previous, numbers.GetValueOrDefault(previous.ModelVersionId)), countries, disagreements,
            cycle.Respondents.OrderBy(r => r.InvitedAt).Select(Cycles.ToResponse).ToList(), effective, files);
    }

    /// <summary>
    /// Median stage per factor over the latest submitted cycle of each country served by the same regional centre whose
    /// cycle consents. Empty when fewer than <see cref="MinimumCountriesForMedian"/> countries take part.
    /// </summary>
    public static async Task<(Dictionary<string, double> Median, int Countries)> RegionalMedianAsync(string country, CapacityDb db,
        IOrganisationDirectory organisations, CancellationToken cancellationToken)
    {
        var centre = await organisations.CentreForCountryAsync(country, cancellationToken);
        if (centre is null)
        {
            return ([], 0);
        }
        var region = centre.CoveredCountries.ToList();
        var submitted = await db.Cycles.AsNoTracking().Where(c => region.Contains(c.Country) && c.Status == CycleStatus.Submitted)
            .Select(c => new { c.Country, c.SubmittedAt, c.ConsentsToRegionalMedian, c.StagesJson }).ToListAsync(cancellationToken);
        // A country's latest word counts: withdrawing consent on the latest cycle removes it, even if an older one consented.
        var latest = submitted.GroupBy(c => c.Country).Select(g => g.OrderByDescending(c => c.SubmittedAt).First())
            .Where(c => c.ConsentsToRegionalMedian).ToList();
        if (latest.Count < MinimumCountriesForMedian)
        {
            return ([], latest.Count);
        }
        var stages = latest.Select(c => System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>(c.StagesJson) ?? []).ToList();
        var median = stages.SelectMany(s => s.Keys).Distinct().ToDictionary(k => k,
            k => Scoring.Median(stages.Where(s => s.ContainsKey(k)).Select(s => s[k]).ToList())!.Value);
        return (median, latest.Count);
    }

    /// <summary>Drafts a roster request for a gap of a submitted cycle, pre-filled with the factor's skills, and links it to the gap.</summary>
    public static async Task<Outcome<GapRequestResponse>> RequestHelpAsync(CapacityCaller caller, ClaimsPrincipal user, Guid id, string factor,
        CapacityDb db, IAssistanceRequests roster, IAuditLog audit, TimeProvider clock, IStringLocalizer t, CancellationToken cancellationToken)
    {
        if (await Cycles.FindAsync(caller, id, db, cancellationToken) is not { } cycle)
        {
            return Outcome<GapRequestResponse>.NotFound();
        }
        if (cycle.IsOpen)
        {
            return Outcome<GapRequestResponse>.Conflict(t["Submit the assessment first: its gaps are final only then."]);
        }
        var model = (await db.ModelVersions.AsNoTracking().SingleAsync(v => v.Id == cycle.ModelVersionId, cancellationToken)).Content;
        var effective = cycle.Consolidated.ToDictionary(c => c.Indicator, c => c.Value);
        var gap = Scoring.Gaps(model, cycle.Stages, code => effective.GetValueOrDefault(code) == AnswerValue.Met).FirstOrDefault(g => g.Factor == factor);
        if (gap is null)
        {
            return Outcome<GapRequestResponse>.NotFound();
        }
        var existing = cycle.GapRequests.FirstOrDefault(g => g.Factor == factor);
        if (existing is not null && (await roster.StatesAsync([existing.RequestId], cancellationToken)).TryGetValue(existing.RequestId, out var known)
            && known.Status != "Cancelled")
        {
            return Outcome<GapRequestResponse>.Conflict(t["A request for this gap already exists; open it on the roster."]);
        }
        var definition = model.Factors.Single(f => f.Code == factor);
        var name = definition.Name.In("en");
        var description = $"Our {cycle.Title} places \"{name}\" at stage {gap.Stage} of 5. To reach stage {gap.NextStage} ({(Stage)gap.NextStage}) " +
            "we still need:\n" + string.Join("\n", gap.Needed.Select(i => $"- {i.Text.In("en")}")) +
            "\n\nDrafted from the capacity self-assessment; check the dates, languages and team size before sending.";
        var outcome = await roster.DraftAsync(user, new RequestDraft(Truncate($"Help to reach stage {gap.NextStage} in {name}", 200),
            Truncate(description, 8000), gap.Skills, Truncate($"{factor}: stage {gap.Stage} → {gap.NextStage}", 200)), cancellationToken);
        if (!outcome.IsOk)
        {
            return outcome.Kind == OutcomeKind.Forbidden ? Outcome<GapRequestResponse>.Forbidden() : Outcome<GapRequestResponse>.Invalid(outcome.Errors);
        }
        cycle.GapRequests.Add(new GapRequest(cycle.Id, factor, outcome.Value!.Id, caller.UserId, clock.GetUtcNow()));
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("capacity.gap.request-drafted", "capacity-cycle", cycle.Id.ToString(),
            $"{factor} → request {outcome.Value.Id}"), cancellationToken);
        return Outcome<GapRequestResponse>.Ok(new GapRequestResponse(factor, outcome.Value));
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
