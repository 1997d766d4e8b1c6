using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Comity.Roster.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Requests;

public sealed record ReferRequestBody(Guid? CentreId);

public sealed record PinsBody(List<Guid>? Pinned, List<Guid>? Excluded);

/// <summary>Lists requests and moves them through submission, triage, referral, pins and cancellation.</summary>
public static class ManageRequests
{
    /// <summary>Coordinators see their centre's requests, focal points their organisation's, experts those they are offered.</summary>
    public static async Task<Page<RequestResponse>> ListAsync(RosterCaller caller, RequestStatus? status, PageQuery page, RosterDb db,
        CancellationToken cancellationToken)
    {
        var query = await VisibleAsync(caller, db, cancellationToken);
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.CreatedAt).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return new Page<RequestResponse>(items.Select(RequestResponse.From).ToList(), page.Number, page.Size, total);
    }

    public static async Task<RequestResponse?> GetAsync(RosterCaller caller, Guid id, RosterDb db, CancellationToken cancellationToken) =>
        await (await VisibleAsync(caller, db, cancellationToken)).SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } request
            ? RequestResponse.From(request)
            : null;

    public static Task<Outcome<RequestResponse>> SubmitAsync(RosterCaller caller, Guid id, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        MoveAsync(id, r => r.RequestingOrganisationId == caller.FilingOrganisation, r => r.TrySubmit(clock.GetUtcNow()), "request.submitted",
            "Only a draft can be submitted.", db, audit, cancellationToken);

    public static Task<Outcome<RequestResponse>> TriageAsync(RosterCaller caller, Guid id, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        MoveAsync(id, r => r.CentreId == caller.CoordinatedCentre, r => r.TryTriage(clock.GetUtcNow()), "request.triaged",
            "Only a submitted request can be triaged.", db, audit, cancellationToken);

    public static async Task<Outcome<RequestResponse>> CancelAsync(RosterCaller caller, Guid id, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var outcome = await MoveAsync(id, r => r.CentreId == caller.CoordinatedCentre || r.RequestingOrganisationId == caller.FilingOrganisation,
            r => r.TryCancel(now), "request.cancelled", "A request under way or finished cannot be cancelled.", db, audit, cancellationToken);
        if (outcome.IsOk)
        {
            foreach (var offer in await db.Deployments.Where(d => d.RequestId == id).ToListAsync(cancellationToken))
            {
                offer.TryWithdraw(now);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return outcome;
    }

    public static async Task<Outcome<RequestResponse>> ReferAsync(RosterCaller caller, Guid id, ReferRequestBody body, RosterDb db,
        IOrganisationDirectory organisations, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var target = body.CentreId is { } centreId ? await organisations.GetAsync(centreId, cancellationToken) : null;
        if (target is not { Kind: OrganisationKind.RegionalCentre, IsActive: true })
        {
            return Outcome<RequestResponse>.Invalid("centreId", "Choose an active regional centre.");
        }
        return await MoveAsync(id, r => r.CentreId == caller.CoordinatedCentre, r => r.TryReferTo(target.Id, clock.GetUtcNow()), "request.referred",
            "Only a request not yet offered can be referred, and not to its own centre.", db, audit, cancellationToken, target.Name);
    }

    public static Task<Outcome<RequestResponse>> PinAsync(RosterCaller caller, Guid id, PinsBody body, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        MoveAsync(id, r => r.CentreId == caller.CoordinatedCentre, r =>
        {
            r.SetPinsAndExclusions(body.Pinned ?? [], body.Excluded ?? [], clock.GetUtcNow());
            return true;
        }, "request.pins-changed", "", db, audit, cancellationToken,
            $"{body.Pinned?.Count ?? 0} pinned, {body.Excluded?.Count ?? 0} excluded");

    internal static async Task<IQueryable<AssistanceRequest>> VisibleAsync(RosterCaller caller, RosterDb db, CancellationToken cancellationToken)
    {
        var centre = caller.CoordinatedCentre;
        var organisation = caller.FilingOrganisation;
        var offered = caller.IsExpert ? await OfferedRequestsAsync(caller, db, cancellationToken) : [];
        return db.Requests.AsNoTracking().Where(r =>
            (centre != null && r.CentreId == centre)
            || (organisation != null && r.RequestingOrganisationId == organisation)
            || offered.Contains(r.Id));
    }

    /// <summary>Requests on which the calling expert has (or had) an offer.</summary>
    private static async Task<List<Guid>> OfferedRequestsAsync(RosterCaller caller, RosterDb db, CancellationToken cancellationToken)
    {
        var mine = await db.Experts.Where(e => e.UserId == caller.UserId).Select(e => e.Id).ToListAsync(cancellationToken);
        return await db.Deployments.Where(d => mine.Contains(d.ExpertId)).Select(d => d.RequestId).Distinct().ToListAsync(cancellationToken);
    }

    private static async Task<Outcome<RequestResponse>> MoveAsync(Guid id, Func<AssistanceRequest, bool> allowed, Func<AssistanceRequest, bool> move,
        string action, string refusal, RosterDb db, IAuditLog audit, CancellationToken cancellationToken, string? summary = null)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || !allowed(request))
        {
            return Outcome<RequestResponse>.NotFound();
        }
        if (!move(request))
        {
            return Outcome<RequestResponse>.Conflict(refusal);
        }
        await db.SaveChangesAuditedAsync(audit, new AuditEvent(action, "request", id.ToString(), summary ?? request.Title), cancellationToken);
        return Outcome<RequestResponse>.Ok(RequestResponse.From(request));
    }
}
