using System.Globalization;
using Comity.Capacity.Data;
using Comity.Capacity.Model;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Strategy;

/// <summary>An objective's fields. An empty title on an objective linked to a factor keeps the title drawn from the factor.</summary>
public sealed record ObjectiveBody(int? Version, string? Title, string? Factor, int? TargetStage, string? Measure, ObjectiveStatus? Status);

public sealed record NewObjectiveBody(string? Title, string? Factor, int? TargetStage, string? Measure);

/// <summary>An action's fields; dates are yyyy-MM-dd. An empty text on an action proposed from an indicator keeps the indicator's statement.</summary>
public sealed record ActionBody(int? Version, string? Text, string? Owner, string? Start, string? Due, ActionStatus? Status);

public sealed record NewActionBody(string? Text, string? Owner, string? Start, string? Due);

/// <summary>The strategic objectives and the action plan: adding and editing objectives and their actions.</summary>
public static class EditPlan
{
    public const int MaxObjectives = 60;
    public const int MaxActionsPerObjective = 40;

    public static async Task<Outcome<ObjectiveResponse>> AddObjectiveAsync(CapacityCaller caller, Guid id, NewObjectiveBody body, CapacityDb db,
        IStringLocalizer t, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await Strategies.WritableAsync(caller, id, db, cancellationToken) is not { } strategy)
        {
            return Outcome<ObjectiveResponse>.NotFound();
        }
        var model = await Strategies.ModelForAsync(strategy, db, cancellationToken);
        var v = ObjectiveFields(model, body.Title, body.Factor, body.TargetStage, body.Measure, out var factorName);
        if (!v.IsValid)
        {
            return v;
        }
        if (!strategy.IsActive)
        {
            return Outcome<ObjectiveResponse>.Conflict(Strategies.ArchivedMessage);
        }
        if (strategy.Objectives.Count >= MaxObjectives)
        {
            return Outcome<ObjectiveResponse>.Invalid("title", $"A strategy has at most {MaxObjectives} objectives.");
        }
        var now = clock.GetUtcNow();
        var factor = Strategies.Clean(body.Factor);
        var objective = strategy.AddObjective(factor, null, body.TargetStage, null, caller.UserId, now);
        objective.Edit(factor, OwnTitle(body.Title, factorName, body.TargetStage, t), body.TargetStage, Strategies.Clean(body.Measure),
            ObjectiveStatus.Agreed, caller.UserId, now);
        return await Strategies.SaveAsync(db, audit, new AuditEvent("capacity.strategy.objective-added", "capacity-strategy", strategy.Id.ToString(),
            Strategies.ObjectiveTitle(objective, factorName, t)), () => Response(objective, factorName, model, t), cancellationToken);
    }

    public static async Task<Outcome<ObjectiveResponse>> UpdateObjectiveAsync(CapacityCaller caller, Guid id, Guid objectiveId, ObjectiveBody body,
        CapacityDb db, IStringLocalizer t, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await Strategies.WritableAsync(caller, id, db, cancellationToken) is not { } strategy
            || strategy.Objectives.FirstOrDefault(o => o.Id == objectiveId) is not { } objective)
        {
            return Outcome<ObjectiveResponse>.NotFound();
        }
        var model = await Strategies.ModelForAsync(strategy, db, cancellationToken);
        var v = ObjectiveFields(model, body.Title, body.Factor, body.TargetStage, body.Measure, out var factorName)
            .Require(body.Status is { } s && Enum.IsDefined(s), "status", "Choose Proposed, Agreed or Dropped.");
        if (Strategies.Blocked<ObjectiveResponse>(strategy.IsActive, objective.Version, body.Version, v) is { } refused)
        {
            return refused;
        }
        var measure = Strategies.Clean(body.Measure);
        var generatedMeasure = Strategies.ObjectiveMeasure(Probe(body.Factor, body.TargetStage), t);
        objective.Edit(Strategies.Clean(body.Factor), OwnTitle(body.Title, factorName, body.TargetStage, t), body.TargetStage,
            measure == generatedMeasure ? null : measure, body.Status!.Value, caller.UserId, clock.GetUtcNow());
        return await Strategies.SaveAsync(db, audit, new AuditEvent("capacity.strategy.objective-updated", "capacity-strategy", strategy.Id.ToString(),
            $"{Strategies.ObjectiveTitle(objective, factorName, t)} ({objective.Status})"), () => Response(objective, factorName, model, t), cancellationToken);
    }

    public static async Task<Outcome<ActionResponse>> AddActionAsync(CapacityCaller caller, Guid id, Guid objectiveId, NewActionBody body, CapacityDb db,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await Strategies.WritableAsync(caller, id, db, cancellationToken) is not { } strategy
            || strategy.Objectives.FirstOrDefault(o => o.Id == objectiveId) is not { } objective)
        {
            return Outcome<ActionResponse>.NotFound();
        }
        var v = ActionFields(body.Owner, body.Start, body.Due, out var start, out var due).Required(body.Text, "text", StrategyAction.TextMax);
        if (!v.IsValid)
        {
            return v;
        }
        if (!strategy.IsActive)
        {
            return Outcome<ActionResponse>.Conflict(Strategies.ArchivedMessage);
        }
        if (objective.Actions.Count >= MaxActionsPerObjective)
        {
            return Outcome<ActionResponse>.Invalid("text", $"An objective has at most {MaxActionsPerObjective} actions.");
        }
        var now = clock.GetUtcNow();
        var action = objective.AddAction(null, null, caller.UserId, now);
        action.Edit(body.Text!.Trim(), Strategies.Clean(body.Owner), start, due, ActionStatus.Planned, caller.UserId, now);
        return await Strategies.SaveAsync(db, audit, new AuditEvent("capacity.strategy.action-added", "capacity-strategy", strategy.Id.ToString(),
            action.Text!), () => Response(action, action.Text!), cancellationToken);
    }

    public static async Task<Outcome<ActionResponse>> UpdateActionAsync(CapacityCaller caller, Guid id, Guid actionId, ActionBody body, CapacityDb db,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await Strategies.WritableAsync(caller, id, db, cancellationToken) is not { } strategy
            || strategy.Objectives.SelectMany(o => o.Actions).FirstOrDefault(a => a.Id == actionId) is not { } action)
        {
            return Outcome<ActionResponse>.NotFound();
        }
        var model = await Strategies.ModelForAsync(strategy, db, cancellationToken);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var statement = action.Indicator is { } code ? model.Indicators.FirstOrDefault(i => i.Code == code)?.Text.In(culture) : null;
        var text = Strategies.Clean(body.Text);
        var v = ActionFields(body.Owner, body.Start, body.Due, out var start, out var due).MaxLength(text, "text", StrategyAction.TextMax)
            .Require(text is not null || statement is not null, "text", "Describe the action.")
            .Require(body.Status is { } s && Enum.IsDefined(s), "status", "Choose Proposed, Planned, InProgress, Done or Dropped.");
        if (Strategies.Blocked<ActionResponse>(strategy.IsActive, action.Version, body.Version, v) is { } refused)
        {
            return refused;
        }
        action.Edit(text == statement ? null : text, Strategies.Clean(body.Owner), start, due, body.Status!.Value, caller.UserId, clock.GetUtcNow());
        var shown = action.Text ?? statement ?? "";
        return await Strategies.SaveAsync(db, audit, new AuditEvent("capacity.strategy.action-updated", "capacity-strategy", strategy.Id.ToString(),
            $"{shown} ({action.Status})"), () => Response(action, shown), cancellationToken);
    }

    private static Validation ObjectiveFields(ModelContent model, string? title, string? factor, int? targetStage, string? measure, out string? factorName)
    {
        var code = Strategies.Clean(factor);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        factorName = code is null ? null : model.Factors.FirstOrDefault(f => f.Code == code)?.Name.In(culture);
        return new Validation().MaxLength(title, "title", StrategyObjective.TitleMax).MaxLength(measure, "measure", StrategyObjective.MeasureMax)
            .Require(code is null || factorName is not null, "factor", $"'{code}' is not a factor of the maturity model.")
            .Require(targetStage is null or >= 1 and <= 5, "targetStage", "Choose a target stage from 1 to 5.")
            .Require(!string.IsNullOrWhiteSpace(title) || code is not null, "title", "Give the objective a title, or link it to a factor.");
    }

    private static Validation ActionFields(string? owner, string? start, string? due, out DateOnly? startDate, out DateOnly? dueDate)
    {
        var v = new Validation().MaxLength(owner, "owner", ChecklistItem.OwnerMax);
        startDate = Strategies.Date(start, "start", v);
        dueDate = Strategies.Date(due, "due", v);
        return v.Require(startDate is null || dueDate is null || startDate <= dueDate, "due", "The due date cannot come before the start date.");
    }

    /// <summary>The team's title, or null when it is the one Comity draws from the factor (so it keeps following the reader's language).</summary>
    private static string? OwnTitle(string? title, string? factorName, int? targetStage, IStringLocalizer t)
    {
        var own = Strategies.Clean(title);
        return own is null || own == Strategies.GeneratedTitle(factorName, targetStage, t) ? null : own;
    }

    /// <summary>An unsaved objective with the submitted factor and target, to compute the measure Comity would write for it.</summary>
    private static StrategyObjective Probe(string? factor, int? targetStage) => new(Guid.Empty, 0, Strategies.Clean(factor), null, targetStage, null, Guid.Empty,
        DateTimeOffset.UnixEpoch);

    private static ObjectiveResponse Response(StrategyObjective o, string? factorName, ModelContent model, IStringLocalizer t)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var texts = model.Indicators.ToDictionary(i => i.Code, i => i.Text.In(culture), StringComparer.Ordinal);
        return new ObjectiveResponse(o.Id, o.Factor, factorName, Strategies.ObjectiveTitle(o, factorName, t), o.TargetStage, o.Baseline,
            Strategies.ObjectiveMeasure(o, t), o.Status, o.Version,
            o.Actions.OrderBy(a => a.Position).Select(a => Response(a, Strategies.ActionText(a, texts))).ToList());
    }

    private static ActionResponse Response(StrategyAction a, string text) =>
        new(a.Id, a.Indicator, text, a.Owner, a.Start, a.Due, a.Status, a.IndicatorMet, a.Version);
}
