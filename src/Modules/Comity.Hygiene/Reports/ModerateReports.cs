using Comity.Exchange;
using Comity.Hygiene.Data;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Hygiene.Reports;

public sealed record ReportResponse(Guid Id, DateTimeOffset ReceivedAt, string Country, string Language, string? Link, string? Email, string? Phone,
    string? Message, bool HasScreenshot, bool SolvedProofOfWork, string Status, string? Tlp, DateTimeOffset? ModeratedAt);

public sealed record ModerateRequest(string? Tlp);

/// <summary>A national CERT's or regional centre's analysts and coordinators work through the reports in their own queue.</summary>
public static class ModerateReports
{
    public static ReportResponse ToResponse(this ScamReport r) => new(r.Id, r.ReceivedAt, r.Country, r.Language, r.Link, r.Email, r.Phone, r.Message,
        r.HasScreenshot, r.SolvedProofOfWork, r.Status.ToString(), r.Tlp?.ToString().ToUpperInvariant(), r.ModeratedAt);

    public static async Task<IReadOnlyList<ReportResponse>> QueueAsync(Guid organisation, bool pendingOnly, HygieneDb db, CancellationToken cancellationToken)
    {
        var query = db.Reports.AsNoTracking().Where(r => r.QueueOrganisationId == organisation);
        if (pendingOnly)
        {
            query = query.Where(r => r.Status == ReportStatus.Pending);
        }
        return (await query.OrderByDescending(r => r.ReceivedAt).Take(200).ToListAsync(cancellationToken)).Select(r => r.ToResponse()).ToList();
    }

    public static async Task<ReportResponse?> GetAsync(Guid id, Guid organisation, HygieneDb db, CancellationToken cancellationToken) =>
        (await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.QueueOrganisationId == organisation, cancellationToken))?.ToResponse();

    public static Task<ReportScreenshot?> ScreenshotAsync(Guid id, Guid organisation, HygieneDb db, CancellationToken cancellationToken) =>
        db.Screenshots.AsNoTracking()
            .Where(s => s.ReportId == id && db.Reports.Any(r => r.Id == id && r.QueueOrganisationId == organisation))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Accepts the report under <paramref name="request"/>'s TLP, counts each artefact it names in the queue's items and
    /// hands those items to the exchange (indicators, or sightings for repeats). The exchange is written first: when it
    /// refuses, the report stays pending and the moderator is told why.
    /// </summary>
    public static async Task<Outcome<ReportResponse>> AcceptAsync(Guid id, ModerateRequest request, Guid moderator, OrganisationResponse queue,
        HygieneDb db, IExchangeIntake exchange, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var organisation = queue.Id;
        Tlp? tlp = request.Tlp?.Trim().ToUpperInvariant() switch
        {
            "CLEAR" or "TLP:CLEAR" => Tlp.Clear,
            "GREEN" or "TLP:GREEN" => Tlp.Green,
            _ => null,
        };
        if (tlp is null)
        {
            return Outcome<ReportResponse>.Invalid("tlp", "Choose TLP:CLEAR or TLP:GREEN for a public report.");
        }
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == id && r.QueueOrganisationId == organisation, cancellationToken);
        if (report is null)
        {
            return Outcome<ReportResponse>.NotFound();
        }
        if (report.Status != ReportStatus.Pending)
        {
            return Outcome<ReportResponse>.Conflict("This report has already been moderated.");
        }
        var now = clock.GetUtcNow();
        report.Accept(tlp.Value, moderator, now);
        var items = new List<ScamItem>();
        foreach (var (kind, value) in Artefacts(report))
        {
            var item = await db.Items.SingleOrDefaultAsync(i => i.OrganisationId == organisation && i.Kind == kind && i.Value == value, cancellationToken);
            if (item is null)
            {
                item = ScamItem.First(organisation, kind, value, tlp.Value, report.ReceivedAt);
                db.Items.Add(item);
            }
            else
            {
                item.SeenAgain(tlp.Value, report.ReceivedAt);
            }
            items.Add(item);
        }
        if (await ExchangeFeed.PublishAsync(queue, moderator, items, exchange, clock, cancellationToken) is { } refused)
        {
            db.ChangeTracker.Clear();
            return Outcome<ReportResponse>.Conflict(refused);
        }
        if (!await SaveUnlessRacedAsync(db, audit, new AuditEvent("hygiene.report.accepted", "hygiene-report", report.Id.ToString(),
            $"TLP:{tlp.Value.ToString().ToUpperInvariant()}"), cancellationToken))
        {
            return Outcome<ReportResponse>.Conflict(Raced);
        }
        return Outcome<ReportResponse>.Ok(report.ToResponse());
    }

    public static async Task<Outcome<ReportResponse>> RejectAsync(Guid id, Guid moderator, Guid organisation, HygieneDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == id && r.QueueOrganisationId == organisation, cancellationToken);
        if (report is null)
        {
            return Outcome<ReportResponse>.NotFound();
        }
        if (report.Status != ReportStatus.Pending)
        {
            return Outcome<ReportResponse>.Conflict("This report has already been moderated.");
        }
        report.Reject(moderator, clock.GetUtcNow());
        if (!await SaveUnlessRacedAsync(db, audit, new AuditEvent("hygiene.report.rejected", "hygiene-report", report.Id.ToString()), cancellationToken))
        {
            return Outcome<ReportResponse>.Conflict(Raced);
        }
        return Outcome<ReportResponse>.Ok(report.ToResponse());
    }

    private const string Raced = "Someone else moderated this report, or another report of the same item, at the same moment; nothing was changed. Reload the queue and decide again.";

    /// <summary>
    /// Saves the decision, or returns false when another moderator's save got there first: the report's status or an
    /// item's count changed since they were read (concurrency tokens), or the same new item was added twice (its unique
    /// index). Nothing of this decision is then kept; what the exchange already received is harmless to store again.
    /// </summary>
    private static async Task<bool> SaveUnlessRacedAsync(HygieneDb db, IAuditLog audit, AuditEvent audited, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAuditedAsync(audit, audited, cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    internal static IEnumerable<(ItemKind Kind, string Value)> Artefacts(ScamReport report)
    {
        if (report.Link is not null)
        {
            yield return (ItemKind.Url, report.Link);
            if (Normalise.Domain(report.Link) is { } domain)
            {
                yield return (ItemKind.Domain, domain);
            }
        }
        if (report.Email is not null)
        {
            yield return (ItemKind.Email, report.Email);
        }
        if (report.Phone is not null)
        {
            yield return (ItemKind.Phone, report.Phone);
        }
    }
}
