using System.Diagnostics;

namespace Comity.Roster.Matching;

/// <summary>
/// An upper bound on the best objective of a run with teams, for each (expert, request) pair an upper bound on the
/// best objective of any assignment that uses it, and on the way a good assignment (the Lagrangian heuristic).
/// </summary>
/// <remarks>
/// Lagrangian relaxation of "each expert in at most one request" with prices v(e) ≥ 0: for any assignment,
/// objective ≤ Σ v(e) + Σ_r best_r(v), where best_r(v) is the most request r alone could earn with every expert's
/// weight lowered by its price (0 if it stays unstaffed), with exactly TeamSize members covering every required skill
/// (<see cref="TeamSubproblem"/>). The prices are improved by projected subgradient steps (Polyak step length against the
/// best assignment known). Forcing a pair (e, r) into the relaxation gives the bound
/// Σ v + Σ_{q≠r} best_q + (w − v(e)) + G_r(TeamSize − 1, skills e does not cover). Every few steps the heuristic staffs
/// the requests one after another, most valuable first, each with its best priced team among experts still free;
/// prices steer contested experts to where they matter most.
/// </remarks>
internal sealed class LagrangianBound
{
    public const int MaxCoverageBits = 6;

    private const int MaxIterations = 300;

    private readonly RequestTable[] tables;

    private LagrangianBound(long value, long[] price, RequestTable[] tables, int[][] incumbent, long incumbentValue)
    {
        Value = value;
        Price = price;
        this.tables = tables;
        Incumbent = incumbent;
        IncumbentValue = incumbentValue;
    }

    /// <summary>The bound on the objective (weights in millionths, pins included).</summary>
    public long Value { get; }

    public long[] Price { get; }

    /// <summary>The best assignment seen: the one given, or a better one from the heuristic.</summary>
    public int[][] Incumbent { get; }

    public long IncumbentValue { get; }

    /// <summary>
    /// A valid inequality for request r: Σ (weight − price) over its chosen experts ≤ best_r, because best_r is the most
    /// any single team (or expert, or nobody) of r earns at these prices. Summed over the requests with Σ price over the
    /// experts, these make an LP bound no weaker than <see cref="Value"/>.
    /// </summary>
    public long RequestBest(int r) => tables[r].Unstaffable ? 0 : tables[r].Best;

    /// <summary>Best objective of any assignment in which request r takes this candidate (an upper bound).</summary>
    public long WithPair(int r, Candidate c, long weight)
    {
        var t = tables[r];
        if (t.Unstaffable)
        {
            return long.MinValue;
        }
        var rest = t.Rest[c.Mask & t.Full];
        return rest == long.MinValue ? long.MinValue : Value - t.Best + weight - Price[c.Expert] + rest;
    }

    public static LagrangianBound Compute(MatchIndex ix, Candidate[][] lists, Func<int, Candidate, long> weight, int[][] start, long startValue,
        TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var problems = ix.Requests.Select(r => new TeamSubproblem(r, lists[r.Index], weight)).ToArray();
        var price = new long[ix.ExpertCount];
        var (bestValue, bestPrice) = (long.MaxValue, price);
        var (incumbent, lowerBound) = (start, startValue);
        var step = 2.0;
        var stale = 0;
        var uses = new int[ix.ExpertCount];
        var best = new long[problems.Length];
        for (var iteration = 0; iteration < MaxIterations && clock.Elapsed < budget; iteration++)
        {
            var value = Evaluate(problems, price, uses, best);
            if (value < bestValue)
            {
                (bestValue, bestPrice, stale) = (value, (long[])price.Clone(), 0);
            }
            else if (++stale >= 4)
            {
                (step, stale) = (step / 2, 0);
            }
            if (iteration % 5 == 4)
            {
                var teams = Heuristic(problems, price, best, out var found);
                if (found > lowerBound)
                {
                    (incumbent, lowerBound) = (teams, found);
                }
            }
            if (bestValue <= lowerBound || step < 0.01)
            {
                break;
            }
            if (!Step(price, uses, step * (value - lowerBound)))
            {
                break;
            }
        }
        var tables = new RequestTable[problems.Length];
        Parallel.For(0, problems.Length, r => tables[r] = problems[r].Table(bestPrice));
        return new LagrangianBound(bestValue, bestPrice, tables, incumbent, lowerBound);
    }

    /// <summary>
    /// Projected subgradient step: the derivative for expert e is 1 − (requests whose best team uses e), so an expert
    /// wanted twice gets dearer and a priced expert nobody wants gets cheaper. False when no price can move.
    /// </summary>
    private static bool Step(long[] price, int[] uses, double scaled)
    {
        long norm = 0;
        for (var e = 0; e < price.Length; e++)
        {
            var g = 1 - uses[e];
            if (g != 0 && !(g > 0 && price[e] == 0))
            {
                norm += (long)g * g;
            }
        }
        if (norm == 0)
        {
            return false;
        }
        var t = scaled / norm;
        for (var e = 0; e < price.Length; e++)
        {
            var g = 1 - uses[e];
            if (g != 0)
            {
                price[e] = Math.Max(0, price[e] - (long)Math.Round(t * g));
            }
        }
        return true;
    }

    private static long Evaluate(TeamSubproblem[] problems, long[] price, int[] uses, long[] best)
    {
        Array.Clear(uses);
        var teams = new int[problems.Length][];
        Parallel.For(0, problems.Length, r => best[r] = problems[r].Best(price, out teams[r]));
        long value = 0;
        foreach (var p in price)
        {
            value += p;
        }
        for (var r = 0; r < problems.Length; r++)
        {
            value += best[r];
            foreach (var e in teams[r])
            {
                uses[e]++;
            }
        }
        return value;
    }

    private static int[][] Heuristic(TeamSubproblem[] problems, long[] price, long[] best, out long value)
    {
        var used = new bool[price.Length];
        var teams = new int[problems.Length][];
        value = 0;
        foreach (var r in Enumerable.Range(0, problems.Length).OrderByDescending(r => best[r]))
        {
            teams[r] = problems[r].BestAvoiding(price, used, out var weight);
            value += weight;
            foreach (var e in teams[r])
            {
                used[e] = true;
            }
        }
        return teams;
    }
}
