using Comity.Capacity.Assessment;

namespace Comity.Capacity.Strategy;

/// <summary>The five phases of a national cybersecurity strategy's life cycle, in the order a team works through them.</summary>
public enum StrategyPhase
{
    Initiation,
    Stocktaking,
    Production,
    Implementation,
    Monitoring,
}

public enum StrategyStatus
{
    /// <summary>The edition the country is working on; a country has at most one.</summary>
    Active,

    /// <summary>A closed edition, kept as it was and no longer edited.</summary>
    Archived,
}

public enum ObjectiveStatus
{
    /// <summary>Suggested, usually from an assessment gap, and not yet agreed by the team.</summary>
    Proposed,
    Agreed,

    /// <summary>Left out of the strategy; kept so that a re-sync does not propose it again.</summary>
    Dropped,
}

public enum ActionStatus
{
    Proposed,
    Planned,
    InProgress,
    Done,
    Dropped,
}

/// <summary>
/// One edition of a country's national cybersecurity strategy as it is written: a checklist per phase, strategic objectives
/// and their actions. Objectives and actions drawn from an assessment keep a link to the factor or indicator they came from,
/// so a later assessment can refresh them without touching what the team has written.
/// </summary>
public sealed class NationalStrategy
{
    public const int TitleMax = 200;
    public const int VisionMax = 4000;
    public const int PrinciplesMax = 4000;

    private NationalStrategy()
    {
        Country = "";
        Title = "";
    }

    public Guid Id { get; private set; }

    public string Country { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>1 for the country's first strategy, then one more for each new edition.</summary>
    public int Edition { get; private set; }

    public string Title { get; private set; }

    /// <summary>The stage every factor should reach; factors below it become proposed objectives.</summary>
    public int TargetStage { get; private set; }

    public string? Vision { get; private set; }

    /// <summary>Guiding principles, one per line.</summary>
    public string? Principles { get; private set; }

    public StrategyStatus Status { get; private set; }

    /// <summary>The submitted assessment the objectives were last drawn from, and the model version it used.</summary>
    public Guid? SourceCycleId { get; private set; }

    public Guid? ModelVersionId { get; private set; }

    public DateTimeOffset? SyncedAt { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    /// <summary>Raised by every edit of the fields above; a stale value means someone else saved first.</summary>
    public int Version { get; private set; }

    public List<ChecklistItem> Items { get; private set; } = [];

    public List<StrategyObjective> Objectives { get; private set; } = [];

    public bool IsActive => Status == StrategyStatus.Active;

    /// <summary>A new edition with the phases' checklists in place.</summary>
    public static NationalStrategy Start(string country, Guid organisationId, int edition, string title, int targetStage, Guid by, DateTimeOffset now)
    {
        var strategy = new NationalStrategy
        {
            Id = Guid.CreateVersion7(now),
            Country = country,
            OrganisationId = organisationId,
            Edition = edition,
            Title = title,
            TargetStage = targetStage,
            Status = StrategyStatus.Active,
            CreatedBy = by,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        foreach (var phase in Checklists.Phases)
        {
            var position = 0;
            foreach (var template in Checklists.For(phase))
            {
                strategy.Items.Add(new ChecklistItem(strategy.Id, phase, ++position, template.Code, null, by, now));
            }
        }
        return strategy;
    }

    public void Edit(string title, int targetStage, string? vision, string? principles, DateTimeOffset now)
    {
        EnsureActive();
        Title = title;
        TargetStage = targetStage;
        Vision = vision;
        Principles = principles;
        UpdatedAt = now;
        Version++;
    }

    public void Archive(DateTimeOffset now)
    {
        EnsureActive();
        Status = StrategyStatus.Archived;
        ArchivedAt = now;
        UpdatedAt = now;
        Version++;
    }

    public ChecklistItem AddItem(StrategyPhase phase, string text, Guid by, DateTimeOffset now)
    {
        EnsureActive();
        var item = new ChecklistItem(Id, phase, Items.Where(i => i.Phase == phase).Select(i => i.Position).DefaultIfEmpty().Max() + 1, null, text, by, now);
        Items.Add(item);
        return item;
    }

    public StrategyObjective AddObjective(string? factor, string? title, int? targetStage, int? baseline, Guid by, DateTimeOffset now)
    {
        EnsureActive();
        var objective = new StrategyObjective(Id, Objectives.Select(o => o.Position).DefaultIfEmpty().Max() + 1, factor, title, targetStage, baseline, by, now);
        Objectives.Add(objective);
        return objective;
    }

    /// <summary>
    /// Draws objectives from a submitted assessment: one per gap below the target stage, in the order given, with the
    /// indicators its next stage needs as proposed actions. What the team has written stays: existing objectives only get
    /// the new baseline and any newly needed indicators; nothing is removed.
    /// </summary>
    public SyncSummary Sync(Guid cycleId, Guid modelVersionId, IReadOnlyList<Gap> gaps, IReadOnlyDictionary<string, int> stages, Func<string, bool> isMet,
        Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(isMet);
        EnsureActive();
        int addedObjectives = 0, addedActions = 0;
        foreach (var gap in gaps.Where(g => g.Stage < TargetStage))
        {
            var objective = Objectives.FirstOrDefault(o => o.Factor == gap.Factor);
            if (objective is null)
            {
                objective = AddObjective(gap.Factor, null, TargetStage, gap.Stage, by, now);
                addedObjectives++;
            }
            foreach (var indicator in gap.Needed.Where(i => objective.Actions.All(a => a.Indicator != i.Code)))
            {
                objective.AddAction(indicator.Code, null, by, now);
                addedActions++;
            }
        }
        foreach (var objective in Objectives.Where(o => o.Factor is not null))
        {
            objective.Refresh(stages.TryGetValue(objective.Factor!, out var stage) ? stage : null, isMet);
        }
        SourceCycleId = cycleId;
        ModelVersionId = modelVersionId;
        SyncedAt = now;
        return new SyncSummary(addedObjectives, addedActions);
    }

    public void EnsureActive()
    {
        if (!IsActive)
        {
            throw new InvalidOperationException("An archived strategy no longer changes.");
        }
    }
}

/// <summary>What a re-sync from an assessment added.</summary>
public sealed record SyncSummary(int Objectives, int Actions);

/// <summary>A step of a phase: a template item from <see cref="Checklists"/> (by code) or one the team added (by text).</summary>
public sealed class ChecklistItem
{
    public const int TextMax = 300;
    public const int OwnerMax = 200;
    public const int NotesMax = 2000;

    private ChecklistItem()
    {
    }

    internal ChecklistItem(Guid strategyId, StrategyPhase phase, int position, string? code, string? text, Guid by, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        StrategyId = strategyId;
        Phase = phase;
        Position = position;
        Code = code;
        Text = text;
        UpdatedBy = by;
        UpdatedAt = now;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid StrategyId { get; private set; }

    public StrategyPhase Phase { get; private set; }

    public int Position { get; private set; }

    public string? Code { get; private set; }

    public string? Text { get; private set; }

    public bool Done { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>The person or organisation responsible, as the team writes it.</summary>
    public string? Owner { get; private set; }

    public DateOnly? Due { get; private set; }

    public string? Notes { get; private set; }

    public Guid UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public void Set(bool done, string? owner, DateOnly? due, string? notes, Guid by, DateTimeOffset now)
    {
        DoneAt = done ? DoneAt ?? now : null;
        Done = done;
        Owner = owner;
        Due = due;
        Notes = notes;
        UpdatedBy = by;
        UpdatedAt = now;
        Version++;
    }
}

/// <summary>A strategic objective with a measurable target: usually the stage a maturity-model factor should reach.</summary>
public sealed class StrategyObjective
{
    public const int TitleMax = 300;
    public const int MeasureMax = 500;

    private StrategyObjective()
    {
    }

    internal StrategyObjective(Guid strategyId, int position, string? factor, string? title, int? targetStage, int? baseline, Guid by, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        StrategyId = strategyId;
        Position = position;
        Factor = factor;
        Title = title;
        TargetStage = targetStage;
        Baseline = baseline;
        Status = ObjectiveStatus.Proposed;
        UpdatedBy = by;
        UpdatedAt = now;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid StrategyId { get; private set; }

    public int Position { get; private set; }

    /// <summary>The maturity-model factor this objective moves, if any.</summary>
    public string? Factor { get; private set; }

    /// <summary>The team's own wording; null while the title drawn from the factor and target still stands.</summary>
    public string? Title { get; private set; }

    public int? TargetStage { get; private set; }

    /// <summary>How progress is measured, in the team's words; null means "the target stage in the next assessment".</summary>
    public string? Measure { get; private set; }

    /// <summary>The factor's stage in the assessment the strategy last drew from.</summary>
    public int? Baseline { get; private set; }

    public ObjectiveStatus Status { get; private set; }

    public Guid UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public List<StrategyAction> Actions { get; private set; } = [];

    public void Edit(string? factor, string? title, int? targetStage, string? measure, ObjectiveStatus status, Guid by, DateTimeOffset now)
    {
        Factor = factor;
        Title = title;
        TargetStage = targetStage;
        Measure = measure;
        Status = status;
        UpdatedBy = by;
        UpdatedAt = now;
        Version++;
    }

    public StrategyAction AddAction(string? indicator, string? text, Guid by, DateTimeOffset now)
    {
        var action = new StrategyAction(Id, Actions.Select(a => a.Position).DefaultIfEmpty().Max() + 1, indicator, text, by, now);
        Actions.Add(action);
        return action;
    }

    /// <summary>Figures from a newer assessment; not an edit, so the row version stays and nobody's form goes stale.</summary>
    internal void Refresh(int? baseline, Func<string, bool> isMet)
    {
        Baseline = baseline;
        foreach (var action in Actions.Where(a => a.Indicator is not null))
        {
            action.IndicatorMet = isMet(action.Indicator!);
        }
    }
}

/// <summary>An action of the plan: who does what by when. Proposed actions come from the indicators a factor's next stage needs.</summary>
public sealed class StrategyAction
{
    public const int TextMax = 500;

    private StrategyAction()
    {
    }

    internal StrategyAction(Guid objectiveId, int position, string? indicator, string? text, Guid by, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ObjectiveId = objectiveId;
        Position = position;
        Indicator = indicator;
        Text = text;
        Status = ActionStatus.Proposed;
        UpdatedBy = by;
        UpdatedAt = now;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid ObjectiveId { get; private set; }

    public int Position { get; private set; }

    /// <summary>The model indicator this action would meet, when it was proposed from one.</summary>
    public string? Indicator { get; private set; }

    /// <summary>The team's wording; null while the indicator's statement stands.</summary>
    public string? Text { get; private set; }

    public string? Owner { get; private set; }

    public DateOnly? Start { get; private set; }

    public DateOnly? Due { get; private set; }

    public ActionStatus Status { get; private set; }

    /// <summary>Whether the assessment the strategy last drew from finds the indicator met.</summary>
    public bool IndicatorMet { get; internal set; }

    public Guid UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public void Edit(string? text, string? owner, DateOnly? start, DateOnly? due, ActionStatus status, Guid by, DateTimeOffset now)
    {
        Text = text;
        Owner = owner;
        Start = start;
        Due = due;
        Status = status;
        UpdatedBy = by;
        UpdatedAt = now;
        Version++;
    }
}
