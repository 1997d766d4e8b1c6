using Comity.Capacity.Data;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Strategy;

/// <summary>Replaces an item's state; <see cref="Version"/> is the one last read. Dates are yyyy-MM-dd; empty clears them.</summary>
public sealed record ItemBody(int? Version, bool Done, string? Owner, string? Due, string? Notes);

public sealed record NewItemBody(string? Text, string? Owner, string? Due, string? Notes);

/// <summary>Ticking checklist items, giving them an owner, a due date and notes, and adding the team's own steps to a phase.</summary>
public static class EditChecklist
{
    public const int MaxItemsPerPhase = 40;

    public static async Task<Outcome<ItemResponse>> UpdateAsync(CapacityCaller caller, Guid id, Guid itemId, ItemBody body, CapacityDb db,
        IStringLocalizer t, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await Strategies.WritableAsync(caller, id, db, cancellationToken) is not { } strategy
            || strategy.Items.FirstOrDefault(i => i.Id == itemId) is not { } item)
        {
            return Outcome<ItemResponse>.NotFound();
        }
        var v = Fields(body.Owner, body.Notes);
        var due = Strategies.Date(body.Due, "due", v);
        if (Strategies.Blocked<ItemResponse>(strategy.IsActive, item.Version, body.Version, v) is { } refused)
        {
            return refused;
        }
        item.Set(body.Done, Strategies.Clean(body.Owner), due, Strategies.Clean(body.Notes), caller.UserId, clock.GetUtcNow());
        var text = Strategies.ItemText(item, t);
        return await Strategies.SaveAsync(db, audit, new AuditEvent("capacity.strategy.item-updated", "capacity-strategy", strategy.Id.ToString(),
            $"{item.Phase}: {item.Code ?? text} ({(item.Done ? "done" : "open")})"), () => Response(item, text), cancellationToken);
    }

    public static async Task<Outcome<ItemResponse>> AddAsync(CapacityCaller caller, Guid id, string? phaseName, NewItemBody body, CapacityDb db,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await Strategies.WritableAsync(caller, id, db, cancellationToken) is not { } strategy)
        {
            return Outcome<ItemResponse>.NotFound();
        }
        var phase = Checklists.Parse(phaseName);
        var v = Fields(body.Owner, body.Notes).Required(body.Text, "text", ChecklistItem.TextMax)
            .Require(phase is not null, "phase", "Choose one of the phases: " + string.Join(", ", Checklists.Phases.Select(p => p.Slug())) + ".");
        var due = Strategies.Date(body.Due, "due", v);
        if (!v.IsValid)
        {
            return v;
        }
        if (!strategy.IsActive)
        {
            return Outcome<ItemResponse>.Conflict(Strategies.ArchivedMessage);
        }
        if (strategy.Items.Count(i => i.Phase == phase) >= MaxItemsPerPhase)
        {
            return Outcome<ItemResponse>.Invalid("text", $"A phase has at most {MaxItemsPerPhase} items.");
        }
        var now = clock.GetUtcNow();
        var item = strategy.AddItem(phase!.Value, body.Text!.Trim(), caller.UserId, now);
        item.Set(false, Strategies.Clean(body.Owner), due, Strategies.Clean(body.Notes), caller.UserId, now);
        return await Strategies.SaveAsync(db, audit, new AuditEvent("capacity.strategy.item-added", "capacity-strategy", strategy.Id.ToString(),
            $"{item.Phase}: {item.Text}"), () => Response(item, item.Text!), cancellationToken);
    }

    private static Validation Fields(string? owner, string? notes) =>
        new Validation().MaxLength(owner, "owner", ChecklistItem.OwnerMax).MaxLength(notes, "notes", ChecklistItem.NotesMax);

    private static ItemResponse Response(ChecklistItem i, string text) => new(i.Id, i.Code, text, i.Done, i.Owner, i.Due, i.Notes, i.Version, i.UpdatedAt);
}
