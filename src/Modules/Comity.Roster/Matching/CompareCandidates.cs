using Comity.Roster.Data;
using Comity.Roster.Experts;
using Comity.Roster.Requests;
using Comity.Roster.Skills;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Matching;

/// <summary>An expert's level in one of the request's required skills; null when they do not have the skill.</summary>
public sealed record SkillFit(string Skill, Proficiency Required, Proficiency? Level)
{
    public bool Meets => Level >= Required;
}

/// <summary>An expert's working level in one of the request's languages; null when they do not speak it.</summary>
public sealed record LanguageFit(string Language, Cefr Required, Cefr? Level)
{
    public bool Meets => Level >= Required;
}

/// <summary>One column of the side-by-side comparison: a proposed expert or a runner-up.</summary>
public sealed record ComparedCandidate(
    Guid ExpertId,
    string Name,
    bool Proposed,
    bool Pinned,
    double? Total,
    ScoreBreakdown? Score,
    IReadOnlyList<SkillFit> Skills,
    IReadOnlyList<LanguageFit> Languages,
    IReadOnlyList<DateRange> Conflicts,
    int NoticeDays,
    bool NoticeMet,
    int CompletedDeployments,
    double? AverageRating,
    IReadOnlyList<string> Reasons);

/// <summary>
/// Puts the proposed experts and the best runners-up of a stored proposal side by side: score terms, required skills
/// and languages against the expert's levels, clashes in the window, notice, past ratings, and why the others lost.
/// </summary>
public static class CompareCandidates
{
    /// <summary>How many runners-up get a column beside the proposed team; more do not fit a screen.</summary>
    public const int RunnersUpShown = 4;

    public static async Task<IReadOnlyList<ComparedCandidate>> ForAsync(ProposalView view, RequestResponse request, RosterDb db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(request);
        var proposal = view.Proposal;
        var runners = proposal.RunnersUp.Take(RunnersUpShown).ToList();
        var ids = proposal.Team.Select(t => t.ExpertId).Concat(runners.Select(r => r.ExpertId)).Distinct().ToList();
        var experts = await db.Experts.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var stats = await FindExperts.StatsAsync(db, ids, cancellationToken);
        var busy = await FindExperts.CommitmentsAsync(db, ids, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var columns = new List<ComparedCandidate>();
        foreach (var member in proposal.Team)
        {
            if (experts.TryGetValue(member.ExpertId, out var expert))
            {
                columns.Add(Column(expert, request, today, stats.GetValueOrDefault(expert.Id), busy, proposed: true, member.Pinned, member.Score.Total,
                    member.Score, []));
            }
        }
        foreach (var runner in runners)
        {
            if (experts.TryGetValue(runner.ExpertId, out var expert))
            {
                columns.Add(Column(expert, request, today, stats.GetValueOrDefault(expert.Id), busy, proposed: false, pinned: false, runner.Total,
                    runner.Score, runner.Reasons));
            }
        }
        return columns;
    }

    private static ComparedCandidate Column(Expert e, RequestResponse r, DateOnly today, (int Completed, double? Rating) stats,
        ILookup<Guid, (DateOnly Start, DateOnly End)> busy, bool proposed, bool pinned, double? total, ScoreBreakdown? score,
        IReadOnlyList<string> reasons)
    {
        var skills = r.RequiredSkills.Select(s => new SkillFit(s.Skill, s.MinimumLevel, e.Skills.FirstOrDefault(x => x.Skill == s.Skill)?.Level)).ToList();
        var languages = r.RequiredLanguages
            .Select(l => new LanguageFit(l.Language, l.MinimumLevel, e.Languages.FirstOrDefault(x => x.Language == l.Language)?.Working)).ToList();
        // An offer for this very request is not a clash with it.
        var conflicts = e.BlockedPeriods.Select(p => new DateRange(p.Start, p.End))
            .Concat(proposed ? [] : busy[e.Id].Select(p => new DateRange(p.Start, p.End)))
            .Where(p => p.Start <= r.LatestEnd && p.End >= r.EarliestStart).OrderBy(p => p.Start).ToList();
        return new ComparedCandidate(e.Id, e.Name, proposed, pinned, total, score, skills, languages, conflicts, e.NoticeDays,
            today.AddDays(e.NoticeDays) <= r.EarliestStart, stats.Completed, stats.Rating, reasons);
    }
}
