using System.Text.Json;
using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Deployments;
using Comity.Roster.Experts;
using Comity.Roster.Requests;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Matching;

public sealed record MatchRunBody(List<Guid>? RequestIds, MatchWeights? Weights);

public sealed record ProposalView(Guid RequestId, string RequestTitle, Proposal Proposal, IReadOnlyDictionary<Guid, string> ExpertNames);

public sealed record MatchRunResponse(Guid RunId, DateTimeOffset RunAt, MatchWeights Weights, double Objective, bool ProvenOptimal,
    double? OptimalityGap, int ElapsedMilliseconds, long EligiblePairs, IReadOnlyList<ProposalView> Proposals);

internal static class ProposalJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

/// <summary>
/// Runs the matcher over a centre's triaged (or already matching) requests against every expert the centre may
/// propose, stores each request's proposal for review, and moves the requests to "matching".
/// </summary>
public static class RunMatching
{
    public static async Task<Outcome<MatchRunResponse>> HandleAsync(RosterCaller caller, MatchRunBody body, RosterDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (caller.CoordinatedCentre is not { } centre)
        {
            return Outcome<MatchRunResponse>.Forbidden();
        }
        var weights = body.Weights ?? MatchWeights.Default;
        var weightProblem = weights.Problem();
        if (weightProblem is not null)
        {
            return Outcome<MatchRunResponse>.Invalid("weights", weightProblem);
        }
        var query = db.Requests.Where(r => r.CentreId == centre && (r.Status == RequestStatus.Triaged || r.Status == RequestStatus.Matching));
        if (body.RequestIds is { Count: > 0 } ids)
        {
            query = query.Where(r => ids.Contains(r.Id));
        }
        // A fixed order makes runs reproducible: it decides ties and which request keeps an expert pinned to two.
        var requests = await query.OrderBy(r => r.EarliestStart).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        if (requests.Count == 0)
        {
            return Outcome<MatchRunResponse>.Invalid("requestIds", "There is no triaged request of your centre to match.");
        }
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var experts = await db.Experts.AsNoTracking().Where(e => e.CentreId == centre || e.NetworkVisible).OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var input = new MatchInput(requests.Select(ToMatchRequest).ToList(), await ToMatchExpertsAsync(experts, db, today, cancellationToken), weights, today);
        // Team runs can take seconds of CPU: solve on the thread pool rather than on the request's thread.
        var result = await Task.Run(() => Matcher.Solve(input), cancellationToken);

        var run = MatchRun.Record(centre, caller.UserId, JsonSerializer.Serialize(weights, ProposalJson.Options), result.Objective, result.ProvenOptimal,
            result.OptimalityGap, result.Elapsed, now);
        db.MatchRuns.Add(run);
        var stored = await db.Proposals.Where(p => requests.Select(r => r.Id).Contains(p.RequestId)).ToDictionaryAsync(p => p.RequestId, cancellationToken);
        foreach (var proposal in result.Proposals)
        {
            var json = JsonSerializer.Serialize(proposal, ProposalJson.Options);
            if (stored.TryGetValue(proposal.RequestId, out var existing))
            {
                existing.Replace(run.Id, json);
            }
            else
            {
                db.Proposals.Add(StoredProposal.For(proposal.RequestId, run.Id, json));
            }
        }
        foreach (var request in requests)
        {
            request.TryStartMatching(now);
        }
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("matching.run", "match-run", run.Id.ToString(),
            $"{requests.Count} request(s), {result.Proposals.Count(p => p.Staffed)} staffed, objective {result.Objective:F3}"), cancellationToken);
        var names = experts.ToDictionary(e => e.Id, e => e.Name);
        return Outcome<MatchRunResponse>.Ok(new MatchRunResponse(run.Id, now, weights, result.Objective, result.ProvenOptimal, result.OptimalityGap,
            run.ElapsedMilliseconds, result.EligiblePairs,
            result.Proposals.Select(p => View(p, requests.Single(r => r.Id == p.RequestId).Title, names)).ToList()));
    }

    /// <summary>The stored proposal of one request, for its coordinator.</summary>
    public static async Task<ProposalView?> ProposalAsync(RosterCaller caller, Guid requestId, RosterDb db, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.CentreId == caller.CoordinatedCentre,
            cancellationToken);
        var stored = request is null ? null : await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.RequestId == requestId, cancellationToken);
        if (stored is null)
        {
            return null;
        }
        var proposal = JsonSerializer.Deserialize<Proposal>(stored.Json, ProposalJson.Options)!;
        var ids = proposal.Team.Select(t => t.ExpertId).Concat(proposal.RunnersUp.Select(r => r.ExpertId)).ToList();
        var names = await db.Experts.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        return View(proposal, request!.Title, names);
    }

    private static ProposalView View(Proposal proposal, string title, Dictionary<Guid, string> names)
    {
        var ids = proposal.Team.Select(t => t.ExpertId).Concat(proposal.RunnersUp.Select(r => r.ExpertId));
        return new ProposalView(proposal.RequestId, title, proposal, ids.Distinct().Where(names.ContainsKey).ToDictionary(id => id, id => names[id]));
    }

    private static MatchRequest ToMatchRequest(AssistanceRequest r) => new(
        r.Id,
        r.Country,
        r.RequiredSkills.ToDictionary(s => s.Skill, s => (int)s.MinimumLevel),
        r.RequiredLanguages.ToDictionary(l => l.Language, l => (int)l.MinimumLevel),
        r.EarliestStart,
        r.LatestEnd,
        r.Modality switch { DeploymentModality.Remote => Modality.Remote, DeploymentModality.OnSite => Modality.OnSite, _ => Modality.Either },
        r.TeamSize,
        r.AllowSameNationality,
        r.AllowSameEmployerCountry,
        r.UtcOffsetHours,
        r.PinnedExperts.ToHashSet(),
        r.ExcludedExperts.ToHashSet());

    /// <summary>Experts as the matcher sees them: blocked periods plus current commitments, yearly load, ratings.</summary>
    private static async Task<IReadOnlyList<MatchExpert>> ToMatchExpertsAsync(List<Expert> experts, RosterDb db, DateOnly today,
        CancellationToken cancellationToken)
    {
        var ids = experts.Select(e => e.Id).ToList();
        var yearStart = new DateOnly(today.Year, 1, 1);
        var deployments = await db.Deployments.AsNoTracking().Where(d => ids.Contains(d.ExpertId))
            .Join(db.Requests, d => d.RequestId, r => r.Id, (d, r) => new { d.ExpertId, d.Status, d.Rating, r.EarliestStart, r.LatestEnd })
            .ToListAsync(cancellationToken);
        var byExpert = deployments.ToLookup(d => d.ExpertId);
        return experts.Select(e =>
        {
            var mine = byExpert[e.Id].ToList();
            var committed = mine.Where(d => d.Status is DeploymentStatus.Offered or DeploymentStatus.Accepted or DeploymentStatus.Deployed
                or DeploymentStatus.Completed or DeploymentStatus.Closed).ToList();
            var ratings = mine.Where(d => d.Rating is not null).Select(d => (double)d.Rating!.Value).ToList();
            return new MatchExpert(
                e.Id,
                e.Skills.ToDictionary(s => s.Skill, s => (int)s.Level),
                e.Languages.ToDictionary(l => l.Language, l => (int)l.Working),
                e.Nationalities.ToHashSet(),
                e.EmployerCountry,
                e.CentreId.ToString(),
                e.Vetting == VettingStatus.Vetted,
                e.VettingExpires,
                e.BlockedPeriods.Select(p => new DateRange(p.Start, p.End))
                    .Concat(committed.Where(d => d.Status is not (DeploymentStatus.Completed or DeploymentStatus.Closed))
                        .Select(d => new DateRange(d.EarliestStart, d.LatestEnd)))
                    .ToList(),
                e.NoticeDays,
                e.AcceptsRemote,
                e.AcceptsOnSite,
                committed.Count(d => d.EarliestStart >= yearStart),
                e.YearlyCap,
                ratings.Count == 0 ? null : ratings.Average(),
                ratings.Count,
                e.UtcOffsetHours,
                committed.Count(d => d.EarliestStart >= today.AddDays(-365)));
        }).ToList();
    }
}
