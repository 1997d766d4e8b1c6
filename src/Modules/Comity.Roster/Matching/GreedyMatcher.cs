using System.Diagnostics;

namespace Comity.Roster.Matching;

/// <summary>
/// The baseline a coordinator could apply by hand: pins first, then each team request (the most promising first) takes
/// the best free expert covering a still-missing skill until every skill is covered and fills the rest by score, then
/// one-expert requests take the best remaining (expert, request) pair, over and over. Used for comparison in
/// docs/performance.md and as a starting point for CP-SAT; it is not optimal.
/// </summary>
public static class GreedyMatcher
{
    public static MatchResult Solve(MatchInput input)
    {
        var clock = Stopwatch.StartNew();
        var context = MatchContext.Prepare(input, MatchOptions.Default);
        var teams = Assign(context.Index, context.Candidates, context.Pins);
        return RunnersUp.Result(context, teams, MatchMethod.Greedy, provenOptimal: false, upperBound: null, keptPairs: context.EligiblePairs, clock);
    }

    internal static int[][] Assign(MatchIndex ix, RequestCandidates[] candidates, PinPlan pins)
    {
        var used = new bool[ix.ExpertCount];
        var teams = new int[ix.Requests.Length][];
        Array.Fill(teams, []);
        // Pinned experts are reserved for their own request, staffed or not.
        foreach (var r in ix.Requests)
        {
            foreach (var e in pins.Effective[r.Index])
            {
                used[e] = true;
            }
            if (!r.IsTeam && pins.Effective[r.Index].Count > 0)
            {
                teams[r.Index] = [pins.Effective[r.Index][0]];
            }
        }
        var teamOrder = ix.Requests.Where(r => r.IsTeam)
            .OrderByDescending(r => candidates[r.Index].Eligible.Take(r.TeamSize).Sum(c => c.Score)).ThenBy(r => r.Index);
        foreach (var r in teamOrder)
        {
            teams[r.Index] = Team(r, candidates[r.Index].Eligible, pins.Effective[r.Index], used);
        }
        AssignSingles(ix, candidates, teams, used);
        return teams;
    }

    /// <summary>Pinned members first, then cover the missing skills best score first, then fill; all or nothing.</summary>
    private static int[] Team(RequestSpec r, Candidate[] eligible, List<int> pinned, bool[] used)
    {
        var members = new List<int>(r.TeamSize);
        var covered = 0;
        foreach (var e in pinned)
        {
            members.Add(e);
            covered |= MaskOf(eligible, e);
        }
        while (covered != r.FullMask && members.Count < r.TeamSize)
        {
            var pick = Array.FindIndex(eligible, c => !used[c.Expert] && !members.Contains(c.Expert) && (c.Mask & ~covered) != 0);
            if (pick < 0)
            {
                break;
            }
            members.Add(eligible[pick].Expert);
            covered |= eligible[pick].Mask;
        }
        for (var j = 0; j < eligible.Length && members.Count < r.TeamSize && covered == r.FullMask; j++)
        {
            if (!used[eligible[j].Expert] && !members.Contains(eligible[j].Expert))
            {
                members.Add(eligible[j].Expert);
            }
        }
        if (members.Count != r.TeamSize || covered != r.FullMask)
        {
            return [];
        }
        foreach (var e in members)
        {
            used[e] = true;
        }
        return [.. members];
    }

    /// <summary>Repeatedly takes the best remaining pair: a k-way merge over the requests' sorted lists, skipping taken experts.</summary>
    private static void AssignSingles(MatchIndex ix, RequestCandidates[] candidates, int[][] teams, bool[] used)
    {
        var next = new int[ix.Requests.Length];
        var queue = new PriorityQueue<int, (long, int)>();
        foreach (var r in ix.Requests)
        {
            if (!r.IsTeam && teams[r.Index].Length == 0 && candidates[r.Index].Eligible.Length > 0)
            {
                queue.Enqueue(r.Index, (-candidates[r.Index].Eligible[0].Score, r.Index));
            }
        }
        while (queue.TryDequeue(out var r, out var priority))
        {
            var list = candidates[r].Eligible;
            while (next[r] < list.Length && used[list[next[r]].Expert])
            {
                next[r]++;
            }
            if (next[r] == list.Length)
            {
                continue;
            }
            var c = list[next[r]];
            if (priority != (-c.Score, r))
            {
                queue.Enqueue(r, (-c.Score, r));
                continue;
            }
            teams[r] = [c.Expert];
            used[c.Expert] = true;
        }
    }

    private static int MaskOf(Candidate[] eligible, int expert) => Array.Find(eligible, c => c.Expert == expert).Mask;
}
