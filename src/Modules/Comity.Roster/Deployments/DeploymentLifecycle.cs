using System.Text.Json;
using Comity.Identity.Audit;
using Comity.Identity.Notifications;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Matching;
using Comity.Roster.Requests;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Deployments;

public sealed record OfferAnswer(bool? Accept, string? Reason);

public sealed record AfterActionReport(string? Report);

public sealed record Evaluation(int? Rating, string? Feedback);

public sealed record DeploymentResponse(Guid Id, Guid RequestId, string RequestTitle, string Country, Guid ExpertId, string ExpertName,
    DeploymentStatus Status, double Score, DateOnly EarliestStart, DateOnly LatestEnd, DateTimeOffset OfferedAt, DateTimeOffset? RespondedAt,
    string? DeclineReason, DateTimeOffset? DeployedAt, DateTimeOffset? CompletedAt, string? AfterActionReport, int? Rating, string? Feedback,
    DateTimeOffset? ClosedAt);

/// <summary>
/// The deployment lifecycle: the coordinator approves a proposal (offers go out) → each expert accepts or declines
/// with a reason (a decline withdraws the other open offers and re-opens matching, keeping those who accepted pinned)
/// → the coordinator starts the deployment → each expert files an after-action report → the requesting country rates
/// each expert, which closes that deployment; the request completes when every deployment is closed.
/// </summary>
public static class DeploymentLifecycle
{
    public static async Task<Outcome<RequestResponse>> ApproveAsync(RosterCaller caller, Guid requestId, RosterDb db, IAuditLog audit,
        INotifications notifications, TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == requestId && r.CentreId == caller.CoordinatedCentre, cancellationToken);
        if (request is null)
        {
            return Outcome<RequestResponse>.NotFound();
        }
        var stored = await db.Proposals.SingleOrDefaultAsync(p => p.RequestId == requestId, cancellationToken);
        var proposal = stored is null ? null : JsonSerializer.Deserialize<Proposal>(stored.Json, ProposalJson.Options);
        if (proposal is not { Staffed: true } || request.Status != RequestStatus.Matching)
        {
            return Outcome<RequestResponse>.Conflict("Run matching first: only a request in matching with a fully staffed proposal can be approved.");
        }
        var now = clock.GetUtcNow();
        foreach (var member in proposal.Team)
        {
            db.Deployments.Add(Deployment.Offer(requestId, member.ExpertId, member.Score.Total, now));
        }
        request.TryOffer(now);
        db.Proposals.Remove(stored!);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("request.approved", "request", requestId.ToString(),
            $"offers to {proposal.Team.Count} expert(s)"), cancellationToken);
        var team = proposal.Team.Select(m => m.ExpertId).ToList();
        var accounts = await db.Experts.AsNoTracking().Where(e => team.Contains(e.Id) && e.UserId != null).Select(e => e.UserId!.Value)
            .ToListAsync(cancellationToken);
        await RosterNotices.OffersAsync(notifications, request, accounts);
        return Outcome<RequestResponse>.Ok(RequestResponse.From(request));
    }

    public static async Task<Outcome<DeploymentResponse>> RespondAsync(RosterCaller caller, Guid deploymentId, OfferAnswer answer, RosterDb db,
        IAuditLog audit, INotifications notifications, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (deployment, request) = await OwnAsync(caller, deploymentId, db, cancellationToken);
        if (deployment is null || request is null)
        {
            return Outcome<DeploymentResponse>.NotFound();
        }
        var v = new Validation().Require(answer.Accept is not null, "accept", "Say whether you accept the offer.")
            .Require(answer.Accept != false || !string.IsNullOrWhiteSpace(answer.Reason), "reason", "Give a reason when you decline.")
            .MaxLength(answer.Reason, "reason", Deployment.ReasonMax);
        if (!v.IsValid)
        {
            return v;
        }
        var now = clock.GetUtcNow();
        if (answer.Accept == true ? !deployment.TryAccept(now) : !deployment.TryDecline(answer.Reason!, now))
        {
            return Outcome<DeploymentResponse>.Conflict("This offer has already been answered or withdrawn.");
        }
        if (answer.Accept == true)
        {
            await db.SaveChangesAuditedAsync(audit, new AuditEvent("deployment.accepted", "deployment", deploymentId.ToString(), request.Title),
                cancellationToken);
            var staffed = await TryStaffAsync(request, db, now, cancellationToken);
            await RosterNotices.AnsweredAsync(notifications, request, await ExpertNameAsync(db, deployment.ExpertId, cancellationToken), null);
            if (staffed)
            {
                await RosterNotices.StaffedAsync(notifications, request);
            }
        }
        else
        {
            // The team is proposed again as a whole: those who accepted are pinned and get a fresh offer on approval.
            var team = await db.Deployments.Where(d => d.RequestId == request.Id && d.Id != deploymentId).ToListAsync(cancellationToken);
            var keep = team.Where(d => d.Status == DeploymentStatus.Accepted).Select(d => d.ExpertId).ToList();
            foreach (var other in team)
            {
                other.TryWithdraw(now);
            }
            request.SetPinsAndExclusions(request.PinnedExperts.Where(e => e != deployment.ExpertId).Union(keep),
                request.ExcludedExperts.Append(deployment.ExpertId), now);
            request.TryReopenMatching(now);
            await db.SaveChangesAuditedAsync(audit, new AuditEvent("deployment.declined", "deployment", deploymentId.ToString(), answer.Reason),
                cancellationToken);
            await RosterNotices.AnsweredAsync(notifications, request, await ExpertNameAsync(db, deployment.ExpertId, cancellationToken), answer.Reason);
        }
        return Outcome<DeploymentResponse>.Ok((await FindAsync(db, d => d.Id == deploymentId, cancellationToken)).Single());
    }

    public static async Task<Outcome<RequestResponse>> StartAsync(RosterCaller caller, Guid requestId, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == requestId && r.CentreId == caller.CoordinatedCentre, cancellationToken);
        if (request is null)
        {
            return Outcome<RequestResponse>.NotFound();
        }
        var now = clock.GetUtcNow();
        if (!request.TryStart(now))
        {
            return Outcome<RequestResponse>.Conflict("Only a staffed request can start.");
        }
        foreach (var deployment in await db.Deployments.Where(d => d.RequestId == requestId && d.Status == DeploymentStatus.Accepted)
            .ToListAsync(cancellationToken))
        {
            deployment.TryDeploy(now);
        }
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("request.started", "request", requestId.ToString(), request.Title), cancellationToken);
        return Outcome<RequestResponse>.Ok(RequestResponse.From(request));
    }

    public static async Task<Outcome<DeploymentResponse>> ReportAsync(RosterCaller caller, Guid deploymentId, AfterActionReport body, RosterDb db,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (deployment, _) = await OwnAsync(caller, deploymentId, db, cancellationToken);
        if (deployment is null)
        {
            return Outcome<DeploymentResponse>.NotFound();
        }
        var v = new Validation().Required(body.Report, "report", Deployment.ReportMax);
        if (!v.IsValid)
        {
            return v;
        }
        if (!deployment.TryComplete(body.Report!, clock.GetUtcNow()))
        {
            return Outcome<DeploymentResponse>.Conflict("Only a deployment under way can be reported on.");
        }
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("deployment.completed", "deployment", deploymentId.ToString()), cancellationToken);
        return Outcome<DeploymentResponse>.Ok((await FindAsync(db, d => d.Id == deploymentId, cancellationToken)).Single());
    }

    public static async Task<Outcome<DeploymentResponse>> RateAsync(RosterCaller caller, Guid deploymentId, Evaluation body, RosterDb db,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var deployment = await db.Deployments.SingleOrDefaultAsync(d => d.Id == deploymentId, cancellationToken);
        var request = deployment is null ? null : await db.Requests.SingleOrDefaultAsync(
            r => r.Id == deployment.RequestId && r.RequestingOrganisationId == caller.FilingOrganisation, cancellationToken);
        if (deployment is null || request is null)
        {
            return Outcome<DeploymentResponse>.NotFound();
        }
        var v = new Validation().Require(body.Rating is >= 1 and <= 5, "rating", "Rate from 1 (poor) to 5 (excellent).")
            .MaxLength(body.Feedback, "feedback", Deployment.ReasonMax);
        if (!v.IsValid)
        {
            return v;
        }
        var now = clock.GetUtcNow();
        if (!deployment.TryClose(body.Rating!.Value, body.Feedback, now))
        {
            return Outcome<DeploymentResponse>.Conflict("Only a completed deployment, with its after-action report, can be rated.");
        }
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("deployment.closed", "deployment", deploymentId.ToString(), $"rated {body.Rating}/5"),
            cancellationToken);
        var open = await db.Deployments.AnyAsync(d => d.RequestId == request.Id && (d.Status == DeploymentStatus.Deployed
            || d.Status == DeploymentStatus.Completed), cancellationToken);
        if (!open && request.TryComplete(now))
        {
            await db.SaveChangesAuditedAsync(audit, new AuditEvent("request.completed", "request", request.Id.ToString(), request.Title), cancellationToken);
        }
        return Outcome<DeploymentResponse>.Ok((await FindAsync(db, d => d.Id == deploymentId, cancellationToken)).Single());
    }

    /// <summary>Deployments the caller may see: their own as an expert, their centre's, or their organisation's requests.</summary>
    public static async Task<IReadOnlyList<DeploymentResponse>> ListAsync(RosterCaller caller, Guid? requestId, RosterDb db,
        CancellationToken cancellationToken)
    {
        var centre = caller.CoordinatedCentre;
        var organisation = caller.FilingOrganisation;
        var mine = await db.Experts.Where(e => e.UserId == caller.UserId).Select(e => e.Id).ToListAsync(cancellationToken);
        var requests = centre is null && organisation is null
            ? []
            : await db.Requests.Where(r => (requestId == null || r.Id == requestId)
                && ((centre != null && r.CentreId == centre) || (organisation != null && r.RequestingOrganisationId == organisation)))
                .Select(r => r.Id).ToListAsync(cancellationToken);
        return await FindAsync(db, d => (requestId == null || d.RequestId == requestId)
            && (mine.Contains(d.ExpertId) || requests.Contains(d.RequestId)), cancellationToken);
    }

    /// <summary>Staffs the request once enough experts have accepted; true when this answer completed the team.</summary>
    private static async Task<bool> TryStaffAsync(AssistanceRequest request, RosterDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var accepted = await db.Deployments.CountAsync(d => d.RequestId == request.Id && d.Status == DeploymentStatus.Accepted, cancellationToken);
        if (accepted >= request.TeamSize && request.TryStaff(now))
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        return false;
    }

    private static Task<string> ExpertNameAsync(RosterDb db, Guid expertId, CancellationToken cancellationToken) =>
        db.Experts.AsNoTracking().Where(e => e.Id == expertId).Select(e => e.Name).SingleAsync(cancellationToken);

    private static async Task<(Deployment?, AssistanceRequest?)> OwnAsync(RosterCaller caller, Guid deploymentId, RosterDb db,
        CancellationToken cancellationToken)
    {
        var deployment = await db.Deployments.SingleOrDefaultAsync(d => d.Id == deploymentId
            && db.Experts.Any(e => e.Id == d.ExpertId && e.UserId == caller.UserId), cancellationToken);
        var request = deployment is null ? null : await db.Requests.SingleAsync(r => r.Id == deployment.RequestId, cancellationToken);
        return (deployment, request);
    }

    private static async Task<IReadOnlyList<DeploymentResponse>> FindAsync(RosterDb db, System.Linq.Expressions.Expression<Func<Deployment, bool>> where,
        CancellationToken cancellationToken) =>
        await db.Deployments.AsNoTracking().Where(where).OrderByDescending(d => d.OfferedAt)
            .Join(db.Requests, d => d.RequestId, r => r.Id, (d, r) => new { d, r })
            .Join(db.Experts, x => x.d.ExpertId, e => e.Id, (x, e) => new DeploymentResponse(x.d.Id, x.r.Id, x.r.Title, x.r.Country, e.Id, e.Name,
                x.d.Status, x.d.Score, x.r.EarliestStart, x.r.LatestEnd, x.d.OfferedAt, x.d.RespondedAt, x.d.DeclineReason, x.d.DeployedAt,
                x.d.CompletedAt, x.d.AfterActionReport, x.d.Rating, x.d.Feedback, x.d.ClosedAt))
            .ToListAsync(cancellationToken);
}
