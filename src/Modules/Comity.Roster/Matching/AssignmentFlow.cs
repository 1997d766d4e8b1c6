using Google.OrTools.Graph;

namespace Comity.Roster.Matching;

/// <summary>
/// An optimal assignment of one-expert requests to experts, with dual prices that certify it: for every pair the
/// flow saw, score ≤ RequestPrice[slot] + ExpertPrice[expert]; a pair it did not see is harmless when that holds too.
/// </summary>
internal sealed class FlowSolution(int[] assigned, long[] requestPrice, long[] expertPrice, long objective, long edges)
{
    /// <summary>Per slot, the assigned expert, or −1.</summary>
    public int[] Assigned { get; } = assigned;

    public long[] RequestPrice { get; } = requestPrice;

    /// <summary>Per expert (roster index); 0 for experts the flow left free.</summary>
    public long[] ExpertPrice { get; } = expertPrice;

    public long Objective { get; } = objective;

    public long Edges { get; } = edges;
}

/// <summary>
/// Maximum-weight bipartite matching as an OR-Tools min-cost flow: source → request (capacity 1) → expert (capacity 1,
/// cost −score) → sink, plus a source → sink bypass so a request may stay unstaffed. Scores are integers (millionths), so
/// the flow's optimum is exact. After solving, node potentials are recovered from the residual graph by Bellman–Ford
/// (queue-based); they are the LP dual prices used by <see cref="CandidatePruning"/> to prove that pruned pairs could not
/// improve the objective.
/// </summary>
internal static class AssignmentFlow
{
    private const int Source = 0;
    private const int Sink = 1;

    /// <param name="lists">Per slot, the request's eligible candidates, best first.</param>
    /// <param name="keep">Per slot, how many of the best candidates the flow sees.</param>
    /// <param name="taken">Experts already fixed elsewhere (pinned); they are skipped.</param>
    public static FlowSolution Solve(Candidate[][] lists, int[] keep, bool[] taken)
    {
        var slots = lists.Length;
        var expertCount = taken.Length;
        var node = new int[expertCount];
        Array.Fill(node, -1);
        var nodeExpert = new List<int>();
        var edgeSlot = new List<int>();
        var edgeCandidate = new List<int>();
        for (var r = 0; r < slots; r++)
        {
            for (var j = 0; j < keep[r]; j++)
            {
                var e = lists[r][j].Expert;
                if (taken[e])
                {
                    continue;
                }
                if (node[e] < 0)
                {
                    node[e] = 2 + slots + nodeExpert.Count;
                    nodeExpert.Add(e);
                }
                edgeSlot.Add(r);
                edgeCandidate.Add(j);
            }
        }
        var nodes = 2 + slots + nodeExpert.Count;
        var assigned = new int[slots];
        Array.Fill(assigned, -1);
        var edgeFlow = new bool[edgeSlot.Count];
        long objective = 0;
        using (var flow = new MinCostFlow(nodes, slots * 2 + edgeSlot.Count + nodeExpert.Count + 1))
        {
            flow.AddArcWithCapacityAndUnitCost(Source, Sink, slots, 0);
            for (var r = 0; r < slots; r++)
            {
                flow.AddArcWithCapacityAndUnitCost(Source, 2 + r, 1, 0);
            }
            var firstEdge = flow.NumArcs();
            for (var k = 0; k < edgeSlot.Count; k++)
            {
                var c = lists[edgeSlot[k]][edgeCandidate[k]];
                flow.AddArcWithCapacityAndUnitCost(2 + edgeSlot[k], node[c.Expert], 1, -c.Score);
            }
            foreach (var e in nodeExpert)
            {
                flow.AddArcWithCapacityAndUnitCost(node[e], Sink, 1, 0);
            }
            flow.SetNodeSupply(Source, slots);
            flow.SetNodeSupply(Sink, -slots);
            var status = flow.Solve();
            if (status != MinCostFlowBase.Status.OPTIMAL)
            {
                throw new InvalidOperationException($"The min-cost flow ended with status {status}.");
            }
            for (var k = 0; k < edgeSlot.Count; k++)
            {
                if (flow.Flow(firstEdge + k) > 0)
                {
                    edgeFlow[k] = true;
                    var c = lists[edgeSlot[k]][edgeCandidate[k]];
                    assigned[edgeSlot[k]] = c.Expert;
                    objective += c.Score;
                }
            }
        }
        var d = Potentials(nodes, slots, nodeExpert, node, lists, edgeSlot, edgeCandidate, edgeFlow, assigned);
        var requestPrice = new long[slots];
        for (var r = 0; r < slots; r++)
        {
            requestPrice[r] = d[2 + r] - d[Sink];
        }
        // A matched expert's price is d(sink) − d(expert) ≥ 0; a free expert may take d(sink), i.e. price 0, without breaking any arc.
        var expertPrice = new long[expertCount];
        foreach (var e in assigned)
        {
            if (e >= 0)
            {
                expertPrice[e] = d[Sink] - d[node[e]];
            }
        }
        return new FlowSolution(assigned, requestPrice, expertPrice, objective, edgeSlot.Count);
    }

    /// <summary>
    /// Shortest distances from a virtual root joined to every node by a zero arc, over the residual graph of an optimal
    /// flow (which has no negative cycle). Every residual arc u→v of cost c then satisfies d(v) ≤ d(u) + c.
    /// </summary>
    private static long[] Potentials(int nodes, int slots, List<int> nodeExpert, int[] node, Candidate[][] lists, List<int> edgeSlot,
        List<int> edgeCandidate, bool[] edgeFlow, int[] assigned)
    {
        var from = new List<int>(edgeSlot.Count + nodes * 2);
        var to = new List<int>(from.Capacity);
        var cost = new List<long>(from.Capacity);
        void Arc(int u, int v, long c)
        {
            from.Add(u);
            to.Add(v);
            cost.Add(c);
        }

        var matched = 0;
        for (var r = 0; r < slots; r++)
        {
            if (assigned[r] >= 0)
            {
                matched++;
                Arc(2 + r, Source, 0);
            }
            else
            {
                Arc(Source, 2 + r, 0);
            }
        }
        Arc(Source, Sink, 0);
        if (matched < slots)
        {
            Arc(Sink, Source, 0);
        }
        var busy = new HashSet<int>(assigned.Where(e => e >= 0));
        foreach (var e in nodeExpert)
        {
            if (busy.Contains(e))
            {
                Arc(Sink, node[e], 0);
            }
            else
            {
                Arc(node[e], Sink, 0);
            }
        }
        for (var k = 0; k < edgeSlot.Count; k++)
        {
            var c = lists[edgeSlot[k]][edgeCandidate[k]];
            if (edgeFlow[k])
            {
                Arc(node[c.Expert], 2 + edgeSlot[k], c.Score);
            }
            else
            {
                Arc(2 + edgeSlot[k], node[c.Expert], -c.Score);
            }
        }
        return BellmanFord(nodes, from, to, cost);
    }

    private static long[] BellmanFord(int nodes, List<int> from, List<int> to, List<long> cost)
    {
        var start = new int[nodes + 1];
        foreach (var u in from)
        {
            start[u + 1]++;
        }
        for (var u = 0; u < nodes; u++)
        {
            start[u + 1] += start[u];
        }
        var next = (int[])start.Clone();
        var head = new int[from.Count];
        var weight = new long[from.Count];
        for (var a = 0; a < from.Count; a++)
        {
            var slot = next[from[a]]++;
            head[slot] = to[a];
            weight[slot] = cost[a];
        }
        var d = new long[nodes];
        var queued = new bool[nodes];
        var visits = new int[nodes];
        var queue = new Queue<int>(nodes);
        for (var u = 0; u < nodes; u++)
        {
            queue.Enqueue(u);
            queued[u] = true;
        }
        while (queue.TryDequeue(out var u))
        {
            queued[u] = false;
            for (var a = start[u]; a < start[u + 1]; a++)
            {
                var v = head[a];
                var candidate = d[u] + weight[a];
                if (candidate < d[v])
                {
                    d[v] = candidate;
                    if (!queued[v])
                    {
                        if (++visits[v] > nodes)
                        {
                            throw new InvalidOperationException("The flow's residual graph has a negative cycle; the flow was not optimal.");
                        }
                        queued[v] = true;
                        queue.Enqueue(v);
                    }
                }
            }
        }
        return d;
    }
}
