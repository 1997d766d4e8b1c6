using System.Diagnostics;

namespace Comity.Roster.Matching;

/// <summary>
/// Proposes experts for a set of open requests so that the total score is maximal under the hard constraints.
/// </summary>
/// <remarks>
/// <para>Model. Within one run each expert is proposed for at most one request. Existing deployments and blocked
/// periods arrive as the expert's unavailable periods, so "no overlapping deployments" means free for the whole window
/// [EarliestStart, LatestEnd], and the yearly cap means DeploymentsThisYear + 1 ≤ YearlyCap. The other hard constraints
/// are listed on <see cref="Eligibility"/>. A one-expert request (TeamSize 1) gets one expert meeting every required
/// skill. A team request gets exactly TeamSize experts, each meeting every language and at least one required skill,
/// together covering every required skill, or nobody (with the reason): a smaller team would silently change what the
/// country asked for. The objective is the sum of the proposed experts' totals (<see cref="MatchScore"/>); an expert
/// adds to it only where proposed, so a run may leave a request unstaffed when its only experts score more elsewhere.</para>
/// <para>Pins and exclusions. Excluded experts are ineligible for that request. Pins are resolved first
/// (<see cref="Pins"/>); the remaining pins are honoured whenever they can be honoured together: for one-expert
/// requests always (the pinned expert is fixed before solving and taken from every other request), for team requests
/// the solver maximises first the number of honoured pins, then the score. A pin that cannot be honoured is listed
/// among the runners-up with its reason.</para>
/// <para>Solvers. Only one-expert requests: an exact maximum-weight matching by OR-Tools min-cost flow on pruned pairs,
/// with a dual certificate that the pruned pairs could not improve it (<see cref="CandidatePruning"/>), so the result
/// is always proven optimal. At least one team request: a Lagrangian relaxation (<see cref="LagrangianBound"/>) first
/// gives a bound valid for the whole run and, through its heuristic, a good assignment; every pair that no assignment
/// at least as good could use is dropped (exact reduced-cost fixing); then one CP-SAT model over the whole run
/// (<see cref="TeamModel"/>) starts from the best assignment known and stops early if it reaches the bound. The result
/// is proven optimal when CP-SAT proves it on that model or the objective meets the Lagrangian bound; otherwise the gap
/// to the best valid bound is reported. Should the exactly pruned model still be too large for the time limit, each
/// request keeps only its most promising pairs and only the Lagrangian bound is trusted.</para>
/// <para>Scores are integers in millionths, so "optimal" is exact for the six-decimal totals that are reported. With the
/// same input, one-expert runs always give the same proposals; runs with teams may break exact ties differently, because
/// CP-SAT searches in parallel.</para>
/// </remarks>
public static class Matcher
{
    private static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>Most of a run's time goes to CP-SAT; this much at most to tightening the Lagrangian bound first.</summary>
    private const double LagrangianShare = 0.25;

    /// <summary>Each further Lagrangian round, on the pairs that survived the previous one.</summary>
    private const double RefinementShare = 0.05;

    private const int RefinementRounds = 4;

    /// <summary>Kept back from CP-SAT for building the proposals and their explanations.</summary>
    private const double ExplanationShare = 0.05;

    /// <summary>Above this many pairs CP-SAT models get slow and large; the most promising pairs are kept instead.</summary>
    private const int MaxModelPairs = 20_000;

    /// <summary>Solves one run. Invalid input throws an <see cref="ArgumentException"/> listing every problem (see <see cref="Problems"/>).</summary>
    public static MatchResult Solve(MatchInput input, MatchOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        var context = MatchContext.Prepare(input, options ?? MatchOptions.Default);
        if (context.Index.Requests.Length == 0)
        {
            return RunnersUp.Result(context, [], MatchMethod.None, provenOptimal: true, upperBound: null, keptPairs: 0, clock);
        }
        return context.Index.Requests.Any(r => r.IsTeam) ? WithTeams(context, clock) : OneExpertOnly(context, clock);
    }

    /// <summary>What is wrong with an input, as sentences; empty when it can be solved.</summary>
    public static IReadOnlyList<string> Problems(MatchInput input) => MatchValidation.Problems(input);

    private static MatchResult OneExpertOnly(MatchContext context, Stopwatch clock)
    {
        var teams = PinnedSingles(context, out var taken);
        var kept = SolveSingles(context, teams, taken);
        return RunnersUp.Result(context, teams, MatchMethod.MinCostFlow, provenOptimal: true, upperBound: null, kept, clock);
    }

    private static MatchResult WithTeams(MatchContext context, Stopwatch clock)
    {
        var ix = context.Index;
        var limit = context.Options.TimeLimit ?? DefaultTimeLimit;
        var pinWeight = TeamModel.PinWeight(ix);
        long Weight(int r, Candidate c) => c.Score + (context.Pins.IsPinned(r, c.Expert) ? pinWeight : 0);
        var lists = WithSinglePinsFixed(context);
        var incumbent = Hint(context);
        var incumbentValue = Value(incumbent, lists, Weight);
        var kept = lists;
        var exact = true;
        long? bound = null;
        LagrangianBound? relaxation = null;
        if (!context.Options.DisablePruning)
        {
            relaxation = LagrangianBound.Compute(ix, lists, Weight, incumbent, incumbentValue, limit * LagrangianShare);
            (incumbent, incumbentValue, bound) = (relaxation.Incumbent, relaxation.IncumbentValue, relaxation.Value);
            kept = CandidatePruning.KeepPromising(lists, relaxation, Weight, incumbentValue);
            // Prices re-derived on the surviving pairs alone give a much tighter bound, which drops more pairs.
            for (var round = 0; round < RefinementRounds && incumbentValue < bound; round++)
            {
                var before = kept.Sum(k => (long)k.Length);
                relaxation = LagrangianBound.Compute(ix, kept, Weight, incumbent, incumbentValue, limit * RefinementShare);
                (incumbent, incumbentValue, bound) = (relaxation.Incumbent, relaxation.IncumbentValue, Math.Min(bound.Value, relaxation.Value));
                kept = CandidatePruning.KeepPromising(kept, relaxation, Weight, incumbentValue);
                if (kept.Sum(k => (long)k.Length) == before)
                {
                    break;
                }
            }
            if (kept.Sum(k => (long)k.Length) > MaxModelPairs)
            {
                exact = false;
                kept = CandidatePruning.Cap(kept, relaxation, Weight, incumbent, ix.Requests.Select(r => r.TeamSize).ToArray(), MaxModelPairs);
            }
        }
        var solution = incumbentValue >= bound
            ? new TeamSolution(incumbent, true, bound)
            : TeamModel.Solve(ix, kept, Weight, incumbent, limit - clock.Elapsed - limit * ExplanationShare, context.Options.Workers, relaxation);
        var teams = Value(solution.Teams, lists, Weight) >= incumbentValue ? solution.Teams : incumbent;
        var value = Value(teams, lists, Weight);
        // CP-SAT's bound speaks for the full run only when its model lost no pair that could matter.
        var upper = exact ? Min(solution.Bound, bound) : bound;
        var proven = (exact && solution.Optimal && ReferenceEquals(teams, solution.Teams)) || value >= upper;
        var honoured = ix.Requests.Sum(r => teams[r.Index].Count(e => context.Pins.IsPinned(r.Index, e)));
        var objective = value - honoured * pinWeight;
        // The combined bound limits the score of assignments with as many pins only if none could honour more.
        long? scoreBound = upper is { } u && u < (honoured + 1) * pinWeight ? u - honoured * pinWeight : null;
        return RunnersUp.Result(context, teams, MatchMethod.CpSat, proven, proven ? objective : scoreBound, kept.Sum(k => (long)k.Length), clock);
    }

    /// <summary>Each request's eligible experts, except that a pinned one-expert request has only its pin and nobody else has that expert.</summary>
    private static Candidate[][] WithSinglePinsFixed(MatchContext context)
    {
        PinnedSingles(context, out var taken);
        var pins = context.Pins;
        return context.Index.Requests.Select(r => context.Candidates[r.Index].Eligible
            .Where(c => !r.IsTeam && pins.Effective[r.Index].Count > 0 ? pins.IsPinned(r.Index, c.Expert) : !taken[c.Expert])
            .ToArray()).ToArray();
    }

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static long Value(int[][] teams, Candidate[][] lists, Func<int, Candidate, long> weight)
    {
        long value = 0;
        for (var r = 0; r < teams.Length; r++)
        {
            foreach (var e in teams[r])
            {
                value += weight(r, Array.Find(lists[r], c => c.Expert == e));
            }
        }
        return value;
    }

    /// <summary>A feasible start for CP-SAT: the greedy teams, then the exact flow for the one-expert requests around them.</summary>
    private static int[][] Hint(MatchContext context)
    {
        var ix = context.Index;
        var greedy = GreedyMatcher.Assign(ix, context.Candidates, context.Pins);
        var teams = PinnedSingles(context, out var taken);
        foreach (var r in ix.Requests.Where(r => r.IsTeam))
        {
            teams[r.Index] = greedy[r.Index];
            foreach (var e in greedy[r.Index])
            {
                taken[e] = true;
            }
        }
        SolveSingles(context, teams, taken);
        return teams;
    }

    /// <summary>Fixes each one-expert request's effective pin; the pinned experts are taken for everyone else.</summary>
    private static int[][] PinnedSingles(MatchContext context, out bool[] taken)
    {
        var ix = context.Index;
        var teams = new int[ix.Requests.Length][];
        Array.Fill(teams, []);
        taken = new bool[ix.ExpertCount];
        foreach (var r in ix.Requests.Where(r => !r.IsTeam && context.Pins.Effective[r.Index].Count > 0))
        {
            var e = context.Pins.Effective[r.Index][0];
            teams[r.Index] = [e];
            taken[e] = true;
        }
        return teams;
    }

    /// <summary>Exact flow over the one-expert requests still open; returns the pairs the flow kept.</summary>
    private static long SolveSingles(MatchContext context, int[][] teams, bool[] taken)
    {
        var slots = context.Index.Requests
            .Where(r => !r.IsTeam && teams[r.Index].Length == 0 && context.Candidates[r.Index].Eligible.Length > 0)
            .Select(r => r.Index).ToArray();
        if (slots.Length == 0)
        {
            return 0;
        }
        var lists = slots.Select(r => context.Candidates[r].Eligible).ToArray();
        var options = context.Options;
        var solution = CandidatePruning.SolveOneExpert(lists, taken, options.DisablePruning ? 0 : options.FirstKeep ?? CandidatePruning.FirstKeep);
        for (var k = 0; k < slots.Length; k++)
        {
            if (solution.Assigned[k] >= 0)
            {
                teams[slots[k]] = [solution.Assigned[k]];
            }
        }
        return solution.Edges;
    }
}
