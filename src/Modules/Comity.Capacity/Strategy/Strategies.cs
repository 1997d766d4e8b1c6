using System.Globalization;
using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Capacity.Model;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Strategy;

public sealed record StartStrategyBody(string? Title, int? TargetStage);

/// <summary>
/// Changes the strategy's own fields; <see cref="Version"/> is the one last read. A field left out (null) keeps its value;
/// an empty vision or principles clears them. Principles are one per line.
/// </summary>
public sealed record EditStrategyBody(int? Version, string? Title, int? TargetStage, string? Vision, string? Principles);

public sealed record StrategySummary(Guid Id, string Country, int Edition, string Title, StrategyStatus Status, int TargetStage, int Done, int Total,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record AssessmentReference(Guid CycleId, string Title, DateTimeOffset? SubmittedAt);

public sealed record FactorStage(string Dimension, string Factor, string Name, int Stage);

public sealed record ItemResponse(Guid Id, string? Code, string Text, bool Done, string? Owner, DateOnly? Due, string? Notes, int Version,
    DateTimeOffset UpdatedAt);

public sealed record PhaseResponse(StrategyPhase Phase, string Slug, string Name, string Purpose, int Done, int Total, IReadOnlyList<ItemResponse> Items);

public sealed record ActionResponse(Guid Id, string? Indicator, string Text, string? Owner, DateOnly? Start, DateOnly? Due, ActionStatus Status,
    bool IndicatorMet, int Version);

public sealed record ObjectiveResponse(Guid Id, string? Factor, string? FactorName, string Title, int? TargetStage, int? Baseline, string Measure,
    ObjectiveStatus Status, int Version, IReadOnlyList<ActionResponse> Actions);

public sealed record FactorOption(string Code, string Name);

/// <summary>Everything the strategy pages, the outline and the API show about one edition, in the caller's language.</summary>
public sealed record StrategyResponse(
    Guid Id,
    string Country,
    int Edition,
    string Title,
    StrategyStatus Status,
    int TargetStage,
    string? Vision,
    IReadOnlyList<string> Principles,
    int Version,
    bool CanEdit,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ArchivedAt,
    AssessmentReference? Source,
    AssessmentReference? NewerAssessment,
    IReadOnlyList<FactorStage> Stages,
    IReadOnlyList<PhaseResponse> Phases,
    IReadOnlyList<ObjectiveResponse> Objectives,
    IReadOnlyList<FactorOption> Factors)
{
    public PhaseResponse Phase(StrategyPhase phase) => Phases.Single(p => p.Phase == phase);
}

public sealed record SyncResponse(StrategySummary Strategy, AssessmentReference Source, int AddedObjectives, int AddedActions);

/// <summary>Listing, reading, starting, editing, archiving a strategy, and drawing its objectives from the latest assessment.</summary>
public static class Strategies
{
    public const string StaleMessage =
        "Someone else saved a change to this after you opened it. Nothing was saved: reload to see their change, then apply yours again.";

    public const string ArchivedMessage = "This edition is archived; it no longer changes.";

    public static async Task<List<StrategySummary>> ListAsync(CapacityCaller caller, CapacityDb db, CancellationToken cancellationToken)
    {
        var query = db.Strategies.AsNoTracking();
        if (caller.ReadableCountries is { } countries)
        {
            var list = countries.ToList();
            query = query.Where(s => list.Contains(s.Country));
        }
        var rows = await query.Include(s => s.Items).OrderBy(s => s.Country).ThenByDescending(s => s.Edition).ToListAsync(cancellationToken);
        return rows.Select(Summary).ToList();
    }

    public static StrategySummary Summary(NationalStrategy s) =>
        new(s.Id, s.Country, s.Edition, s.Title, s.Status, s.TargetStage, s.Items.Count(i => i.Done), s.Items.Count, s.CreatedAt, s.UpdatedAt);

    /// <summary>A strategy the caller may read, untracked, with its checklist, objectives and actions; null otherwise.</summary>
    public static async Task<NationalStrategy?> ReadableAsync(CapacityCaller caller, Guid id, CapacityDb db, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.AsNoTracking().Include(s => s.Items).Include(s => s.Objectives).ThenInclude(o => o.Actions)
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return strategy is not null && caller.CanRead(strategy.Country) ? strategy : null;
    }

    /// <summary>The caller's own country's strategy, tracked for editing; null for anyone but that country's focal points.</summary>
    public static Task<NationalStrategy?> WritableAsync(CapacityCaller caller, Guid id, CapacityDb db, CancellationToken cancellationToken) =>
        caller.Country is not { } country
            ? Task.FromResult<NationalStrategy?>(null)
            : db.Strategies.Include(s => s.Items).Include(s => s.Objectives).ThenInclude(o => o.Actions).AsSplitQuery()
                .SingleOrDefaultAsync(s => s.Id == id && s.Country == country, cancellationToken);

    public static async Task<StrategyResponse?> GetAsync(CapacityCaller caller, Guid id, CapacityDb db, IStringLocalizer t, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await ReadableAsync(caller, id, db, cancellationToken) is not { } strategy)
        {
            return null;
        }
        var model = await ModelForAsync(strategy, db, cancellationToken);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var source = strategy.SourceCycleId is { } sourceId ? await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == sourceId, cancellationToken) : null;
        var latest = await LatestSubmittedAsync(strategy.Country, db, cancellationToken);
        var stages = source?.Stages ?? new Dictionary<string, int>();
        var names = model.Factors.ToDictionary(f => f.Code, f => f.Name.In(culture), StringComparer.Ordinal);
        var texts = model.Indicators.ToDictionary(i => i.Code, i => i.Text.In(culture), StringComparer.Ordinal);

        var phases = Checklists.Phases.Select(phase =>
        {
            var items = strategy.Items.Where(i => i.Phase == phase).OrderBy(i => i.Position)
                .Select(i => new ItemResponse(i.Id, i.Code, ItemText(i, t), i.Done, i.Owner, i.Due, i.Notes, i.Version, i.UpdatedAt)).ToList();
            return new PhaseResponse(phase, phase.Slug(), t[phase.Label()], t[phase.Purpose()], items.Count(i => i.Done), items.Count, items);
        }).ToList();
        var objectives = strategy.Objectives.OrderBy(o => o.Position).Select(o =>
        {
            var factorName = o.Factor is null ? null : names.GetValueOrDefault(o.Factor, o.Factor);
            var actions = o.Actions.OrderBy(a => a.Position).Select(a => new ActionResponse(a.Id, a.Indicator, ActionText(a, texts), a.Owner, a.Start, a.Due,
                a.Status, a.IndicatorMet, a.Version)).ToList();
            return new ObjectiveResponse(o.Id, o.Factor, factorName, ObjectiveTitle(o, factorName, t), o.TargetStage, o.Baseline, ObjectiveMeasure(o, t),
                o.Status, o.Version, actions);
        }).ToList();
        var factorStages = source is null ? []
            : model.Dimensions.SelectMany(d => d.Factors.Select(f => new FactorStage(d.Code, f.Code, names[f.Code], stages.GetValueOrDefault(f.Code)))).ToList();
        return new StrategyResponse(strategy.Id, strategy.Country, strategy.Edition, strategy.Title, strategy.Status, strategy.TargetStage, strategy.Vision,
            Lines(strategy.Principles), strategy.Version, strategy.IsActive && caller.Country == strategy.Country, strategy.CreatedAt, strategy.UpdatedAt,
            strategy.ArchivedAt, source is null ? null : Reference(source), latest is not null && latest.Id != source?.Id ? Reference(latest) : null,
            factorStages, phases, objectives, model.Factors.Select(f => new FactorOption(f.Code, names[f.Code])).ToList());
    }

    public static async Task<Outcome<StrategySummary>> StartAsync(CapacityCaller caller, StartStrategyBody body, CapacityDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (caller.Country is not { } country || caller.Organisation is null)
        {
            return Outcome<StrategySummary>.Forbidden();
        }
        var v = new Validation().MaxLength(body.Title, "title", NationalStrategy.TitleMax)
            .Require(body.TargetStage is null or >= 1 and <= 5, "targetStage", "Choose a target stage from 1 to 5.");
        if (!v.IsValid)
        {
            return v;
        }
        if (await db.Strategies.AnyAsync(s => s.Country == country && s.Status == StrategyStatus.Active, cancellationToken))
        {
            return Outcome<StrategySummary>.Conflict("Your country already has a strategy in progress; archive it before starting a new edition.");
        }
        var now = clock.GetUtcNow();
        var edition = (await db.Strategies.Where(s => s.Country == country).MaxAsync(s => (int?)s.Edition, cancellationToken) ?? 0) + 1;
        var title = string.IsNullOrWhiteSpace(body.Title) ? $"National cybersecurity strategy, edition {edition}" : body.Title.Trim();
        var strategy = NationalStrategy.Start(country, caller.Organisation.Id, edition, title, body.TargetStage ?? (int)Stage.Established, caller.UserId, now);
        var latest = await LatestSubmittedAsync(country, db, cancellationToken);
        if (latest is not null)
        {
            await SyncFromAsync(strategy, latest, caller.UserId, now, db, cancellationToken);
        }
        db.Strategies.Add(strategy);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("capacity.strategy.started", "capacity-strategy", strategy.Id.ToString(),
            $"{title} ({strategy.Objectives.Count} objective(s) from {latest?.Title ?? "no assessment"})"), cancellationToken);
        return Outcome<StrategySummary>.Ok(Summary(strategy));
    }

    public static async Task<Outcome<StrategySummary>> EditAsync(CapacityCaller caller, Guid id, EditStrategyBody body, CapacityDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await WritableAsync(caller, id, db, cancellationToken) is not { } strategy)
        {
            return Outcome<StrategySummary>.NotFound();
        }
        var v = new Validation().Require(body.Title is null || !string.IsNullOrWhiteSpace(body.Title), "title", "This field is required.")
            .MaxLength(body.Title, "title", NationalStrategy.TitleMax)
            .Require(body.TargetStage is null or >= 1 and <= 5, "targetStage", "Choose a target stage from 1 to 5.")
            .MaxLength(body.Vision, "vision", NationalStrategy.VisionMax)
            .MaxLength(body.Principles, "principles", NationalStrategy.PrinciplesMax);
        if (Blocked<StrategySummary>(strategy.IsActive, strategy.Version, body.Version, v) is { } refused)
        {
            return refused;
        }
        strategy.Edit(body.Title?.Trim() ?? strategy.Title, body.TargetStage ?? strategy.TargetStage,
            body.Vision is null ? strategy.Vision : Clean(body.Vision), body.Principles is null ? strategy.Principles : Clean(body.Principles), clock.GetUtcNow());
        return await SaveAsync(db, audit, new AuditEvent("capacity.strategy.edited", "capacity-strategy", strategy.Id.ToString(), strategy.Title),
            () => Summary(strategy), cancellationToken);
    }

    public static async Task<Outcome<StrategySummary>> ArchiveAsync(CapacityCaller caller, Guid id, CapacityDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await WritableAsync(caller, id, db, cancellationToken) is not { } strategy)
        {
            return Outcome<StrategySummary>.NotFound();
        }
        if (!strategy.IsActive)
        {
            return Outcome<StrategySummary>.Conflict(ArchivedMessage);
        }
        strategy.Archive(clock.GetUtcNow());
        return await SaveAsync(db, audit, new AuditEvent("capacity.strategy.archived", "capacity-strategy", strategy.Id.ToString(), strategy.Title),
            () => Summary(strategy), cancellationToken);
    }

    /// <summary>Draws new objectives and actions from the country's latest submitted assessment; what the team wrote stays.</summary>
    public static async Task<Outcome<SyncResponse>> SyncAsync(CapacityCaller caller, Guid id, CapacityDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await WritableAsync(caller, id, db, cancellationToken) is not { } strategy)
        {
            return Outcome<SyncResponse>.NotFound();
        }
        if (!strategy.IsActive)
        {
            return Outcome<SyncResponse>.Conflict(ArchivedMessage);
        }
        if (await LatestSubmittedAsync(strategy.Country, db, cancellationToken) is not { } latest)
        {
            return Outcome<SyncResponse>.Conflict("Your country has no submitted assessment yet; submit one to draw objectives from its gaps.");
        }
        var summary = await SyncFromAsync(strategy, latest, caller.UserId, clock.GetUtcNow(), db, cancellationToken);
        return await SaveAsync(db, audit, new AuditEvent("capacity.strategy.synced", "capacity-strategy", strategy.Id.ToString(),
                $"from {latest.Title}: {summary.Objectives} objective(s), {summary.Actions} action(s) added"),
            () => new SyncResponse(Summary(strategy), Reference(latest), summary.Objectives, summary.Actions), cancellationToken);
    }

    internal static async Task<SyncSummary> SyncFromAsync(NationalStrategy strategy, AssessmentCycle cycle, Guid by, DateTimeOffset now, CapacityDb db,
        CancellationToken cancellationToken)
    {
        var model = (await db.ModelVersions.AsNoTracking().SingleAsync(v => v.Id == cycle.ModelVersionId, cancellationToken)).Content;
        // A submitted cycle has a settled answer for every indicator; the gaps are ranked exactly as the results page ranks them.
        var settled = cycle.Consolidated.ToDictionary(c => c.Indicator, c => c.Value, StringComparer.Ordinal);
        bool IsMet(string code) => settled.GetValueOrDefault(code, AnswerValue.Unknown) == AnswerValue.Met;
        var stages = cycle.Stages;
        return strategy.Sync(cycle.Id, cycle.ModelVersionId, Scoring.Gaps(model, stages, IsMet), stages, IsMet, by, now);
    }

    internal static Task<AssessmentCycle?> LatestSubmittedAsync(string country, CapacityDb db, CancellationToken cancellationToken) =>
        db.Cycles.AsNoTracking().Include(c => c.Consolidated).Where(c => c.Country == country && c.Status == CycleStatus.Submitted)
            .OrderByDescending(c => c.SubmittedAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The model the strategy's factors and indicators belong to: its assessment's version, else the current one.</summary>
    internal static async Task<ModelContent> ModelForAsync(NationalStrategy strategy, CapacityDb db, CancellationToken cancellationToken)
    {
        var version = strategy.ModelVersionId is { } id
            ? await db.ModelVersions.AsNoTracking().SingleAsync(v => v.Id == id, cancellationToken)
            : await ManageModel.CurrentAsync(db, cancellationToken);
        return version?.Content ?? StarterModel.Content;
    }

    private static AssessmentReference Reference(AssessmentCycle c) => new(c.Id, c.Title, c.SubmittedAt);

    internal static string ItemText(ChecklistItem item, IStringLocalizer t) =>
        item.Text ?? (Checklists.Find(item.Code) is { } template ? t[template.Text] : item.Code ?? "");

    internal static string ActionText(StrategyAction action, IReadOnlyDictionary<string, string> indicatorTexts) =>
        action.Text ?? (action.Indicator is { } code ? indicatorTexts.GetValueOrDefault(code, code) : "");

    /// <summary>The title drawn from the factor and target, in the reader's language, when the team has not written its own.</summary>
    internal static string ObjectiveTitle(StrategyObjective objective, string? factorName, IStringLocalizer t) =>
        objective.Title ?? GeneratedTitle(factorName, objective.TargetStage, t) ?? "";

    internal static string? GeneratedTitle(string? factorName, int? targetStage, IStringLocalizer t) =>
        factorName is null ? null
        : targetStage is { } stage ? t["Raise “{0}” to stage {1} ({2})", factorName, stage, t[Export.StageName(stage)]].Value
        : t["Strengthen “{0}”", factorName].Value;

    internal static string ObjectiveMeasure(StrategyObjective objective, IStringLocalizer t) =>
        objective.Measure ?? (objective.TargetStage is { } stage && objective.Factor is not null
            ? t["Stage {0} ({1}) or higher in the next national self-assessment", stage, t[Export.StageName(stage)]]
            : "");

    internal static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");

    /// <summary>
    /// Why a write must not go ahead: invalid fields, an archived edition, or a version older than the stored one — the
    /// last is the guard that stops two focal points from silently overwriting each other.
    /// </summary>
    internal static Outcome<T>? Blocked<T>(bool active, int stored, int? sent, Validation v)
    {
        v.Require(sent is not null, "version", "Send the version you last read, so that nobody's change is overwritten.");
        if (!v.IsValid)
        {
            return v;
        }
        if (!active)
        {
            return Outcome<T>.Conflict(ArchivedMessage);
        }
        return sent != stored ? Outcome<T>.Conflict(StaleMessage) : null;
    }

    /// <summary>Saves with the audit record; a concurrent save that slipped in since loading turns into the same refusal.</summary>
    internal static async Task<Outcome<T>> SaveAsync<T>(CapacityDb db, IAuditLog audit, AuditEvent auditEvent, Func<T> result,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAuditedAsync(audit, auditEvent, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<T>.Conflict(StaleMessage);
        }
        return Outcome<T>.Ok(result());
    }

    /// <summary>A date as the forms and the API send it: yyyy-MM-dd, or empty for none.</summary>
    internal static DateOnly? Date(string? value, string field, Validation v)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        v.Add(field, "Give the date as year-month-day, for example 2027-03-31.");
        return null;
    }
}
