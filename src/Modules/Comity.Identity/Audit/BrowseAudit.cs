using Comity.Identity.Data;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Identity.Audit;

public sealed record AuditFilter(string? Actor, Guid? OrganisationId, string? Action, string? Target, DateTimeOffset? From, DateTimeOffset? To);

public sealed record AuditEntryResponse(long Id, DateTimeOffset At, Guid? ActorId, string ActorName, Guid? OrganisationId,
    string Action, string TargetType, string TargetId, string? Summary, string? SourceAddress);

/// <summary>Reads the audit trail, newest first.</summary>
public static class BrowseAudit
{
    public static async Task<Page<AuditEntryResponse>> ListAsync(AuditFilter filter, PageQuery page, IdentityDb db, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim().ToLowerInvariant();
            query = query.Where(e => e.ActorName.ToLower().Contains(actor));
        }
        if (filter.OrganisationId is { } organisation)
        {
            query = query.Where(e => e.OrganisationId == organisation);
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var action = filter.Action.Trim();
            query = query.Where(e => e.Action.StartsWith(action));
        }
        if (!string.IsNullOrWhiteSpace(filter.Target))
        {
            var target = filter.Target.Trim();
            query = query.Where(e => e.TargetId == target || e.TargetType == target);
        }
        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.Id).Skip(page.Skip).Take(page.Size)
            .Select(e => new AuditEntryResponse(e.Id, e.At, e.ActorId, e.ActorName, e.OrganisationId, e.Action, e.TargetType, e.TargetId,
                e.Summary, e.SourceAddress))
            .ToListAsync(cancellationToken);
        return new Page<AuditEntryResponse>(items, page.Number, page.Size, total);
    }
}
