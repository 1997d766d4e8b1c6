namespace Comity.Roster.Matching;

/// <summary>
/// Shrinks the pairs handed to the solvers without losing the optimum (one-expert requests), or with the loss bounded
/// and reported (team requests).
/// </summary>
/// <remarks>
/// <para>One-expert requests (a maximum-weight bipartite matching). Each request first keeps only its
/// <see cref="FirstKeep"/> best eligible experts, and the flow is solved on those pairs. The flow also yields dual prices
/// u(request) and v(expert) ≥ 0 with score ≤ u + v on every pair it saw and equality on the assigned ones (reduced-cost
/// optimality). Claim: if every pruned pair also has score ≤ u + v, the assignment is optimal for all eligible pairs.
/// Proof: (u, v) is then feasible for the dual of the full matching LP (max Σ score·x, Σ x ≤ 1 per request and per
/// expert, x ≥ 0), and by complementary slackness its dual value equals the objective of the assignment found, which
/// is feasible for the full problem; weak duality gives optimality. Bipartite matching LPs have integral optima, so
/// this is the optimum over integer assignments too. A pruned pair that breaks the inequality is added back (the
/// request's kept prefix grows past it) and the flow is solved again; the loop ends because prefixes only grow.
/// Lists are sorted best first, so the scan of a request's pruned tail stops at the first score ≤ u: every later
/// pair satisfies score ≤ u ≤ u + v.</para>
/// <para>The textbook bound "keep each request's top R, R = number of one-expert requests sharing candidates" is also
/// exact (at most R − 1 other requests can hold a better expert, so an optimal assignment never needs a worse one),
/// but on 20 000 × 2 000 instances it keeps nearly every pair; the dual check keeps about twenty per request.</para>
/// <para>Runs with teams. A pair is dropped when the Lagrangian bound of every assignment that uses it
/// (<see cref="LagrangianBound.WithPair"/>) is below the objective of an assignment already in hand (the CP-SAT hint).
/// Any assignment using a dropped pair is then strictly worse than that one, so the pruned model still contains an
/// optimal assignment of the full run, the hint among its feasible points, and CP-SAT's bound on the pruned model is a
/// bound on the full run (reduced-cost fixing). Since every better assignment uses surviving pairs only, prices
/// re-derived on those alone still bound the run, and are much tighter: a few such rounds usually leave a model that
/// CP-SAT closes at once. When the bound is not yet tight enough and too many pairs survive,
/// each request keeps only its most promising pairs; the run is then reported against the Lagrangian bound, which stays
/// valid for the full run, and is called optimal only if the objective reaches it.</para>
/// </remarks>
internal static class CandidatePruning
{
    public const int FirstKeep = 24;

    /// <summary>Solves the one-expert requests exactly, leaving out the taken experts.</summary>
    /// <param name="lists">Per request, its eligible candidates, best first.</param>
    /// <param name="taken">Experts already fixed elsewhere (pinned).</param>
    /// <param name="firstKeep">How many best candidates each request starts with; 0 keeps them all.</param>
    public static FlowSolution SolveOneExpert(Candidate[][] lists, bool[] taken, int firstKeep)
    {
        var keep = new int[lists.Length];
        for (var r = 0; r < lists.Length; r++)
        {
            keep[r] = firstKeep > 0 ? Math.Min(firstKeep, lists[r].Length) : lists[r].Length;
        }
        while (true)
        {
            var solution = AssignmentFlow.Solve(lists, keep, taken);
            var grown = false;
            for (var r = 0; r < lists.Length; r++)
            {
                var list = lists[r];
                var u = solution.RequestPrice[r];
                var violated = -1;
                for (var j = keep[r]; j < list.Length && violated < 0; j++)
                {
                    var c = list[j];
                    if (c.Score <= u)
                    {
                        break;
                    }
                    if (!taken[c.Expert] && c.Score > u + solution.ExpertPrice[c.Expert])
                    {
                        violated = j;
                    }
                }
                // Doubling past the first violation keeps the rounds few without pulling in a long tail at once.
                if (violated >= 0)
                {
                    keep[r] = Math.Min(list.Length, Math.Max(violated + 1, keep[r] * 2));
                    grown = true;
                }
            }
            if (!grown)
            {
                return solution;
            }
        }
    }

    /// <summary>Keeps the pairs that some assignment at least as good as the incumbent could use (exact, see remarks).</summary>
    public static Candidate[][] KeepPromising(Candidate[][] lists, LagrangianBound bound, Func<int, Candidate, long> weight, long incumbentValue)
    {
        var kept = new Candidate[lists.Length][];
        Parallel.For(0, lists.Length, r =>
        {
            var list = new List<Candidate>();
            foreach (var c in lists[r])
            {
                if (bound.WithPair(r, c, weight(r, c)) >= incumbentValue)
                {
                    list.Add(c);
                }
            }
            kept[r] = [.. list];
        });
        return kept;
    }

    /// <summary>
    /// Not exact: when too many pairs survive for CP-SAT, each request keeps its most promising ones (by the bound of
    /// the best assignment using them), in proportion to its team size, and always the incumbent's.
    /// </summary>
    public static Candidate[][] Cap(Candidate[][] lists, LagrangianBound bound, Func<int, Candidate, long> weight, int[][] incumbent, int[] teamSizes,
        int cap)
    {
        var seats = (double)teamSizes.Sum();
        return lists.Select((pairs, r) =>
        {
            var quota = Math.Max(4 * teamSizes[r] + 4, (int)(cap * teamSizes[r] / seats));
            return pairs.OrderByDescending(c => bound.WithPair(r, c, weight(r, c))).Select((c, rank) => (c, rank))
                .Where(p => p.rank < quota || incumbent[r].Contains(p.c.Expert))
                .Select(p => p.c).ToArray();
        }).ToArray();
    }
}
