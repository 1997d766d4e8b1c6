using Google.OrTools.Sat;

namespace Comity.Roster.Matching;

/// <summary>What CP-SAT returned: the teams, whether its model's optimum is proven, and its bound (weights as given).</summary>
internal sealed record TeamSolution(int[][] Teams, bool Optimal, long? Bound);

/// <summary>
/// The whole run as one CP-SAT model, used as soon as one request needs a team. Variables: x(e, r) for every kept pair,
/// s(r) for "team request r is staffed". Constraints: each expert in at most one request; a one-expert request takes at
/// most one expert; a team request takes exactly TeamSize·s(r) experts and, for each required skill, at least s(r) of
/// them meet it. Objective: Σ weight·x, where the weight is the score plus, for a pinned pair, more than any possible
/// score sum, so the most pins that can be honoured together always are, and the score is maximised among those.
/// </summary>
internal static class TeamModel
{
    /// <summary>
    /// Solves the kept pairs, starting from <paramref name="hint"/>. With a Lagrangian relaxation, each request also gets
    /// its Lagrangian inequality, which lifts CP-SAT's LP bound to the Lagrangian one, and the search stops if it reaches it.
    /// </summary>
    public static TeamSolution Solve(MatchIndex ix, Candidate[][] kept, Func<int, Candidate, long> weight, int[][] hint, TimeSpan limit, int workers,
        LagrangianBound? relaxation)
    {
        var model = new CpModel();
        var requests = ix.Requests;
        var x = new BoolVar[requests.Length][];
        var byExpert = new List<ILiteral>?[ix.ExpertCount];
        var terms = new List<BoolVar>();
        var coefficients = new List<long>();
        for (var r = 0; r < requests.Length; r++)
        {
            var spec = requests[r];
            var list = kept[r];
            if (!Staffable(spec, list))
            {
                x[r] = [];
                continue;
            }
            x[r] = new BoolVar[list.Length];
            var inHint = new HashSet<int>(hint[r]);
            for (var j = 0; j < list.Length; j++)
            {
                var v = model.NewBoolVar("");
                x[r][j] = v;
                (byExpert[list[j].Expert] ??= []).Add(v);
                terms.Add(v);
                coefficients.Add(weight(r, list[j]));
                model.AddHint(v, inHint.Contains(list[j].Expert));
            }
            if (relaxation is not null)
            {
                model.Add(LinearExpr.WeightedSum(x[r], list.Select(c => weight(r, c) - relaxation.Price[c.Expert])) <= relaxation.RequestBest(r));
            }
            if (!spec.IsTeam)
            {
                model.AddAtMostOne(x[r]);
                continue;
            }
            var staffed = model.NewBoolVar("");
            model.AddHint(staffed, hint[r].Length > 0);
            model.Add(LinearExpr.Sum(x[r]) == LinearExpr.Term(staffed, spec.TeamSize));
            for (var bit = 0; bit < spec.Skills.Length; bit++)
            {
                var cover = new List<BoolVar>();
                for (var j = 0; j < list.Length; j++)
                {
                    if ((list[j].Mask & (1 << bit)) != 0)
                    {
                        cover.Add(x[r][j]);
                    }
                }
                model.Add(LinearExpr.Sum(cover) >= staffed);
            }
        }
        foreach (var literals in byExpert)
        {
            if (literals is { Count: > 1 })
            {
                model.AddAtMostOne(literals);
            }
        }
        model.Maximize(LinearExpr.WeightedSum(terms, coefficients));

        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant(
                $"max_time_in_seconds:{Math.Max(0.1, limit.TotalSeconds):0.###} num_workers:{(workers > 0 ? workers : Environment.ProcessorCount)}"),
        };
        using var stop = new StopAtTarget(relaxation?.Value ?? long.MaxValue);
        var status = solver.Solve(model, stop);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new TeamSolution(hint, false, null);
        }
        var teams = new int[requests.Length][];
        for (var r = 0; r < requests.Length; r++)
        {
            var members = new List<int>();
            for (var j = 0; j < x[r].Length; j++)
            {
                if (solver.BooleanValue(x[r][j]))
                {
                    members.Add(kept[r][j].Expert);
                }
            }
            teams[r] = [.. members];
        }
        return new TeamSolution(teams, status == CpSolverStatus.Optimal, (long)Math.Floor(solver.BestObjectiveBound + 1e-6));
    }

    /// <summary>More than the largest possible score sum, so one honoured pin outweighs any score.</summary>
    public static long PinWeight(MatchIndex ix) => 1 + ix.Requests.Sum(r => r.TeamSize * (long)MatchScore.Scale);

    /// <summary>A team request is worth modelling only if enough eligible experts exist and together they cover every skill.</summary>
    public static bool Staffable(RequestSpec r, Candidate[] list)
    {
        if (list.Length < r.TeamSize)
        {
            return false;
        }
        var covered = 0;
        foreach (var c in list)
        {
            covered |= c.Mask;
        }
        return covered == r.FullMask || !r.IsTeam;
    }

    /// <summary>Stops the search once a solution reaches a value already known to be the best possible (the Lagrangian bound).</summary>
    private sealed class StopAtTarget(long target) : SolutionCallback
    {
        public override void OnSolutionCallback()
        {
            if (ObjectiveValue() >= target - 0.5)
            {
                StopSearch();
            }
        }
    }
}
