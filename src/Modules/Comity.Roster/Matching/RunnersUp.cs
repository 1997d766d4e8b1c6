using System.Diagnostics;
using System.Globalization;

namespace Comity.Roster.Matching;

/// <summary>
/// Turns an assignment into proposals a coordinator can read: each member's score breakdown, why an unstaffed request
/// is unstaffed, and for the best-scoring experts who were not proposed, the reasons they lost, in plain sentences.
/// </summary>
internal static class RunnersUp
{
    public static MatchResult Result(MatchContext context, int[][] teams, MatchMethod method, bool provenOptimal, long? upperBound, long keptPairs,
        Stopwatch clock)
    {
        var ix = context.Index;
        var holder = new int[ix.ExpertCount];
        Array.Fill(holder, -1);
        long objective = 0;
        for (var r = 0; r < teams.Length; r++)
        {
            foreach (var e in teams[r])
            {
                if (holder[e] >= 0)
                {
                    throw new InvalidOperationException("An expert was proposed for two requests; the assignment is invalid.");
                }
                holder[e] = r;
                objective += ScoreOf(context.Candidates[r].Eligible, e);
            }
        }
        var proposals = new Proposal[teams.Length];
        Parallel.For(0, teams.Length, r => proposals[r] = For(context, ix.Requests[r], teams, holder, provenOptimal));
        double? gap = provenOptimal ? 0 : upperBound is > 0 and var ub ? Math.Max(0, (double)(ub - objective) / ub) : null;
        return new MatchResult(proposals, objective / MatchScore.Scale, provenOptimal, gap, clock.Elapsed, context.EligiblePairs, keptPairs, method,
            provenOptimal ? objective / MatchScore.Scale : upperBound / MatchScore.Scale);
    }

    private static Proposal For(MatchContext context, RequestSpec r, int[][] teams, int[] holder, bool proven)
    {
        var ix = context.Index;
        var candidates = context.Candidates[r.Index];
        var team = teams[r.Index];
        var members = team
            .Select(e => new ProposedExpert(ix.Input.Experts[e].Id, MatchScore.Breakdown(ix, e, r), context.Pins.IsPinned(r.Index, e)))
            .OrderByDescending(p => p.Score.Total).ToList();
        var runners = new List<RunnerUp>(context.Pins.Refused[r.Index]);
        var listed = new HashSet<Guid>(runners.Select(p => p.ExpertId));
        foreach (var e in context.Pins.Effective[r.Index].Where(e => !team.Contains(e)))
        {
            listed.Add(ix.Input.Experts[e].Id);
            runners.Add(new RunnerUp(ix.Input.Experts[e].Id, ScoreOf(candidates.Eligible, e) / MatchScore.Scale,
                ["Pinned by the coordinator, but no complete team covering every required skill could be formed around the pinned experts"]));
        }
        var wanted = runners.Count + context.Options.RunnersUp;
        int i = 0, j = 0;
        while (runners.Count < wanted && (i < candidates.Eligible.Length || j < candidates.NearMisses.Length))
        {
            var takeEligible = j == candidates.NearMisses.Length
                || (i < candidates.Eligible.Length && candidates.Eligible[i].Score >= candidates.NearMisses[j].Score);
            var c = takeEligible ? candidates.Eligible[i++] : candidates.NearMisses[j++];
            var expert = ix.Input.Experts[c.Expert];
            if (team.Contains(c.Expert) || !listed.Add(expert.Id))
            {
                continue;
            }
            var reasons = takeEligible
                ? [Competition(context, r, c, team, holder, proven)]
                : Eligibility.Reasons(expert, r.Source, ix.Input.Today);
            runners.Add(new RunnerUp(expert.Id, c.Score / MatchScore.Scale, reasons, MatchScore.Breakdown(ix, c.Expert, r)));
        }
        var reason = team.Length > 0 ? null : Unstaffed(context, r, holder, proven);
        return new Proposal(r.Source.Id, members, team.Length > 0, reason, runners);
    }

    /// <summary>Why an eligible expert was not proposed for this request.</summary>
    private static string Competition(MatchContext context, RequestSpec r, Candidate c, int[] team, int[] holder, bool proven)
    {
        var ix = context.Index;
        var caveat = proven ? "" : "; this run is not proven optimal";
        if (holder[c.Expert] is >= 0 and var other)
        {
            var where = Pins.Describe(ix.Requests[other].Source);
            return context.Pins.IsPinned(other, c.Expert)
                ? $"Pinned by the coordinator to another request ({where})"
                : $"Proposed for another request ({where}), where the total score is higher";
        }
        var eligible = context.Candidates[r.Index].Eligible;
        if (team.Length == 0)
        {
            return r.IsTeam
                ? "Eligible, but no complete team covering every required skill could be formed (see why the request is unstaffed)"
                : $"Eligible and free, but proposing them would not raise the total score{caveat}";
        }
        if (!r.IsTeam)
        {
            var chosen = ScoreOf(eligible, team[0]);
            var (mine, theirs) = Pair(c.Score, chosen);
            return c.Score < chosen ? $"Scores {mine}, below the proposed expert's {theirs}"
                : c.Score == chosen ? $"Scores {mine}, the same as the proposed expert, who was preferred on the tie"
                : $"Scores {mine}, above the proposed expert's {theirs}{caveat}";
        }
        var lowest = team.Min(e => ScoreOf(eligible, e));
        var (score, low) = Pair(c.Score, lowest);
        if (c.Score <= lowest)
        {
            return $"Scores {score}, no higher than any team member (the lowest scores {low})";
        }
        var covered = team.Aggregate(0, (m, e) => m | MaskOf(eligible, e));
        var swappable = team.Any(e => ScoreOf(eligible, e) < c.Score && (Without(team, e, eligible) | c.Mask) == covered);
        return swappable
            ? $"Scores {score} and could replace a lower-scoring team member{caveat}"
            : $"Scores {score}, but every lower-scoring team member is needed for a required skill this expert lacks";
    }

    private static string Unstaffed(MatchContext context, RequestSpec r, int[] holder, bool proven)
    {
        var candidates = context.Candidates[r.Index];
        var eligible = candidates.Eligible;
        var within = proven ? "" : " within the time limit";
        if (eligible.Length == 0)
        {
            return candidates.NearMisses.Length > 0
                ? "No expert meets every hard constraint; the runners-up show what each one lacks"
                : r.IsTeam ? "No expert on the roster meets any required skill at the required level"
                : "No expert on the roster has every required skill at the required level";
        }
        if (r.IsTeam && eligible.Length < r.TeamSize)
        {
            return FormattableString.Invariant($"Only {eligible.Length} eligible experts for a team of {r.TeamSize}");
        }
        var covered = eligible.Aggregate(0, (m, c) => m | c.Mask);
        if (r.IsTeam && covered != r.FullMask)
        {
            var missing = Enumerable.Range(0, r.Skills.Length).Where(b => (covered & (1 << b)) == 0)
                .Select(b => FormattableString.Invariant($"{r.SkillCodes[b]} at level {r.SkillMinimums[b]}"));
            return "No eligible expert has " + string.Join(" or ", missing);
        }
        if (eligible.All(c => holder[c.Expert] >= 0))
        {
            return "Every eligible expert was proposed for another request where the total score is higher";
        }
        return r.IsTeam
            ? $"No complete team covering every required skill was found among the eligible experts still free{within}"
            : $"Proposing a free eligible expert would not raise the total score{within}";
    }

    private static int Without(int[] team, int removed, Candidate[] eligible) =>
        team.Where(e => e != removed).Aggregate(0, (m, e) => m | MaskOf(eligible, e));

    /// <summary>Two scores with just enough decimals (3 to 6) to tell them apart.</summary>
    private static (string, string) Pair(long a, long b)
    {
        for (var decimals = 3; ; decimals++)
        {
            var format = "0." + new string('0', decimals);
            var x = (a / MatchScore.Scale).ToString(format, CultureInfo.InvariantCulture);
            var y = (b / MatchScore.Scale).ToString(format, CultureInfo.InvariantCulture);
            if (x != y || decimals == 6)
            {
                return (x, y);
            }
        }
    }

    internal static long ScoreOf(Candidate[] eligible, int expert)
    {
        foreach (var c in eligible)
        {
            if (c.Expert == expert)
            {
                return c.Score;
            }
        }
        throw new InvalidOperationException("A proposed expert must be eligible for the request.");
    }

    private static int MaskOf(Candidate[] eligible, int expert) => Array.Find(eligible, c => c.Expert == expert).Mask;
}
