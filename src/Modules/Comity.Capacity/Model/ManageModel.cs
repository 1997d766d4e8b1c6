using Comity.Capacity.Data;
using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Roster.Requests;
using Microsoft.EntityFrameworkCore;

namespace Comity.Capacity.Model;

public sealed record ModelVersionSummary(Guid Id, int Number, ModelStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);

public sealed record ModelVersionResponse(Guid Id, int Number, ModelStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt,
    ModelContent Content)
{
    public static ModelVersionResponse From(ModelVersion v) => new(v.Id, v.Number, v.Status, v.CreatedAt, v.PublishedAt, v.Content);
}

/// <summary>Reading the model, and the administrators' cycle of drafting, editing and publishing its next version.</summary>
public static class ManageModel
{
    public static Task<ModelVersion?> CurrentAsync(CapacityDb db, CancellationToken cancellationToken) =>
        db.ModelVersions.Where(v => v.Status == ModelStatus.Published).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    public static Task<ModelVersion?> DraftAsync(CapacityDb db, CancellationToken cancellationToken) =>
        db.ModelVersions.Where(v => v.Status == ModelStatus.Draft).FirstOrDefaultAsync(cancellationToken);

    public static Task<List<ModelVersionSummary>> ListAsync(CapacityDb db, CancellationToken cancellationToken) =>
        db.ModelVersions.AsNoTracking().OrderByDescending(v => v.Number)
            .Select(v => new ModelVersionSummary(v.Id, v.Number, v.Status, v.CreatedAt, v.PublishedAt)).ToListAsync(cancellationToken);

    /// <summary>Starts the next version as a copy of the current one; there is at most one draft.</summary>
    public static async Task<Outcome<ModelVersionResponse>> StartDraftAsync(CapacityDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await DraftAsync(db, cancellationToken) is not null)
        {
            return Outcome<ModelVersionResponse>.Conflict("A draft of the next version already exists; edit or publish it.");
        }
        var current = await CurrentAsync(db, cancellationToken);
        var number = (await db.ModelVersions.MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0) + 1;
        var draft = ModelVersion.Draft(number, current?.Content ?? StarterModel.Content, clock.GetUtcNow());
        db.ModelVersions.Add(draft);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("capacity.model.drafted", "capacity-model", number.ToString(
            System.Globalization.CultureInfo.InvariantCulture), $"Draft of model version {number}"), cancellationToken);
        return Outcome<ModelVersionResponse>.Ok(ModelVersionResponse.From(draft));
    }

    public static async Task<Outcome<ModelVersionResponse>> EditDraftAsync(ModelContent? content, CapacityDb db, IAssistanceRequests roster,
        IAuditLog audit, CancellationToken cancellationToken)
    {
        if (await DraftAsync(db, cancellationToken) is not { } draft)
        {
            return Outcome<ModelVersionResponse>.NotFound();
        }
        var v = ModelRules.Validate(content, await roster.SkillNamesAsync(cancellationToken));
        if (!v.IsValid)
        {
            return v;
        }
        if (content!.ToJson().Length > ModelRules.MaxJsonChars)
        {
            return Outcome<ModelVersionResponse>.Invalid("", "The model is too large.");
        }
        draft.Replace(content);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("capacity.model.edited", "capacity-model", Number(draft),
            $"Draft of model version {draft.Number} edited"), cancellationToken);
        return Outcome<ModelVersionResponse>.Ok(ModelVersionResponse.From(draft));
    }

    public static async Task<Outcome<ModelVersionResponse>> PublishDraftAsync(CapacityDb db, IAssistanceRequests roster, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await DraftAsync(db, cancellationToken) is not { } draft)
        {
            return Outcome<ModelVersionResponse>.NotFound();
        }
        // Skills may have been retired on the roster since the draft was saved.
        var v = ModelRules.Validate(draft.Content, await roster.SkillNamesAsync(cancellationToken));
        if (!v.IsValid)
        {
            return v;
        }
        draft.Publish(clock.GetUtcNow());
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("capacity.model.published", "capacity-model", Number(draft),
            $"Model version {draft.Number} published"), cancellationToken);
        return Outcome<ModelVersionResponse>.Ok(ModelVersionResponse.From(draft));
    }

    private static string Number(ModelVersion v) => v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
