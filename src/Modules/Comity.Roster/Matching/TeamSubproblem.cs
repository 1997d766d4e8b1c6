namespace Comity.Roster.Matching;

/// <summary>best_r and, for the forced bounds, Rest[m] = G_r(TeamSize − 1, Full \ m) for every mask m.</summary>
internal sealed record RequestTable(bool Unstaffable, long Best, int Full, long[] Rest);

/// <summary>
/// One request on its own: the best team (or single expert) when every expert's weight is lowered by a price. Experts
/// covering the same required skills are interchangeable for coverage, so only the TeamSize best of each such group can
/// be in a best team; a dynamic programme over (members chosen, skills covered) then finds it exactly.
/// </summary>
internal sealed class TeamSubproblem
{
    /// <summary>A candidate in the programme: weight is the pair's objective weight, value the weight less the expert's price.</summary>
    private readonly record struct Item(int Expert, int Mask, long Weight, long Value);

    private readonly int size;
    private readonly int full;
    private readonly int bits;
    private readonly bool coverageDropped;
    private readonly int[][] groups;
    private readonly long[][] groupWeights;
    private readonly int[] groupMasks;

    public TeamSubproblem(RequestSpec r, Candidate[] list, Func<int, Candidate, long> weight)
    {
        size = r.TeamSize;
        Unstaffable = !TeamModel.Staffable(r, list);
        // Beyond a few skills the programme's 2^skills states get expensive; dropping coverage only loosens the bound.
        bits = r.Skills.Length <= LagrangianBound.MaxCoverageBits ? r.Skills.Length : 0;
        coverageDropped = r.IsTeam && r.Skills.Length > bits;
        full = (1 << bits) - 1;
        var byMask = list
            .Select(c => (Mask: c.Mask & full, c.Expert, Weight: weight(r.Index, c)))
            .GroupBy(c => c.Mask)
            .Select(g => g.OrderByDescending(c => c.Weight).ToArray())
            .ToArray();
        groups = byMask.Select(g => g.Select(c => c.Expert).ToArray()).ToArray();
        groupWeights = byMask.Select(g => g.Select(c => c.Weight).ToArray()).ToArray();
        groupMasks = byMask.Select(g => g[0].Mask).ToArray();
    }

    public bool Unstaffable { get; }

    /// <summary>best_r(price): the best priced team, or 0 with no team when staffing would not pay.</summary>
    public long Best(long[] price, out int[] team)
    {
        team = [];
        if (Unstaffable)
        {
            return 0;
        }
        var (items, f) = Programme(price, null);
        var best = f[At(items.Count, size, full)];
        if (best <= 0)
        {
            return 0;
        }
        team = Backtrack(items, f);
        return best;
    }

    /// <summary>For the Lagrangian heuristic: the best priced team among experts not yet used, even at a negative priced value.</summary>
    public int[] BestAvoiding(long[] price, bool[] used, out long weight)
    {
        weight = 0;
        if (Unstaffable || coverageDropped)
        {
            return [];
        }
        var (items, f) = Programme(price, used);
        if (f[At(items.Count, size, full)] == long.MinValue)
        {
            return [];
        }
        var team = Backtrack(items, f);
        weight = items.Where(i => team.Contains(i.Expert)).Sum(i => i.Weight);
        return team;
    }

    public RequestTable Table(long[] price)
    {
        if (Unstaffable)
        {
            return new RequestTable(true, 0, full, []);
        }
        var (items, f) = Programme(price, null);
        var best = Math.Max(0, f[At(items.Count, size, full)]);
        // G(size − 1, m) = best over unions M ⊇ m: a superset-maximum transform of the last layer.
        var g = f.AsSpan(At(items.Count, size - 1, 0), full + 1).ToArray();
        for (var bit = 0; bit < bits; bit++)
        {
            for (var m = 0; m <= full; m++)
            {
                if ((m & (1 << bit)) == 0)
                {
                    g[m] = Math.Max(g[m], g[m | (1 << bit)]);
                }
            }
        }
        var rest = new long[full + 1];
        for (var m = 0; m <= full; m++)
        {
            rest[m] = g[full & ~m];
        }
        return new RequestTable(false, best, full, rest);
    }

    /// <summary>
    /// Layered programme, flat: f[At(i, c, M)] = best value of c items among the first i whose skills union exactly to M
    /// (long.MinValue when impossible).
    /// </summary>
    private (List<Item> Items, long[] F) Programme(long[] price, bool[]? used)
    {
        var scratch = Scratch.ForThread;
        var items = scratch.Items;
        items.Clear();
        for (var k = 0; k < groups.Length; k++)
        {
            TopOfGroup(k, price, used, items);
        }
        items = Undominated(items, scratch);
        var layer = (size + 1) * (full + 1);
        var f = scratch.Table((items.Count + 1) * layer);
        f[0] = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var from = i * layer;
            var to = from + layer;
            Array.Copy(f, from, f, to, layer);
            for (var c = 0; c < size; c++)
            {
                var row = from + c * (full + 1);
                var next = to + (c + 1) * (full + 1);
                for (var m = 0; m <= full; m++)
                {
                    var v = f[row + m];
                    if (v != long.MinValue && v + item.Value > f[next + (m | item.Mask)])
                    {
                        f[next + (m | item.Mask)] = v + item.Value;
                    }
                }
            }
        }
        return (items, f);
    }

    /// <summary>
    /// Drops an item when <c>size</c> better items each cover all of its skills: a team holding it has a free one of
    /// those to swap in, keeping coverage and not losing value.
    /// </summary>
    private List<Item> Undominated(List<Item> items, Scratch scratch)
    {
        items.Sort(static (a, b) => b.Value.CompareTo(a.Value));
        var covering = scratch.Covering(full + 1);
        var kept = scratch.Kept;
        kept.Clear();
        foreach (var item in items)
        {
            if (covering[item.Mask] >= size)
            {
                continue;
            }
            kept.Add(item);
            // Count the item for every subset of its skills (submask enumeration).
            for (var sub = item.Mask; ; sub = (sub - 1) & item.Mask)
            {
                covering[sub]++;
                if (sub == 0)
                {
                    break;
                }
            }
        }
        return kept;
    }

    private int At(int i, int c, int m) => (i * (size + 1) + c) * (full + 1) + m;

    /// <summary>The group's best <c>size</c> by weight − price; weights are sorted and prices only lower them, so the scan stops early.</summary>
    private void TopOfGroup(int k, long[] price, bool[]? used, List<Item> items)
    {
        var start = items.Count;
        var experts = groups[k];
        var weights = groupWeights[k];
        for (var j = 0; j < experts.Length; j++)
        {
            var e = experts[j];
            if (items.Count - start == size && items[^1].Value >= weights[j])
            {
                break;
            }
            if (used is not null && used[e])
            {
                continue;
            }
            var item = new Item(e, groupMasks[k], weights[j], weights[j] - price[e]);
            var at = items.Count;
            while (at > start && items[at - 1].Value < item.Value)
            {
                at--;
            }
            items.Insert(at, item);
            if (items.Count - start > size)
            {
                items.RemoveAt(items.Count - 1);
            }
        }
    }

    private int[] Backtrack(List<Item> items, long[] f)
    {
        var team = new List<int>(size);
        var (c, m) = (size, full);
        for (var i = items.Count; i > 0 && c > 0; i--)
        {
            var here = f[At(i, c, m)];
            if (here == f[At(i - 1, c, m)])
            {
                continue;
            }
            var item = items[i - 1];
            var previous = -1;
            for (var p = 0; p <= full && previous < 0; p++)
            {
                var before = f[At(i - 1, c - 1, p)];
                if ((p | item.Mask) == m && before != long.MinValue && before + item.Value == here)
                {
                    previous = p;
                }
            }
            team.Add(item.Expert);
            (c, m) = (c - 1, previous);
        }
        return [.. team];
    }

    /// <summary>Per-thread buffers: the programme runs hundreds of thousands of times per run and should not allocate.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? current;

        private int[] covering = new int[64];
        private long[] table = new long[4096];

        public static Scratch ForThread => current ??= new Scratch();

        public List<Item> Items { get; } = [];

        public List<Item> Kept { get; } = [];

        public int[] Covering(int length)
        {
            if (covering.Length < length)
            {
                covering = new int[length];
            }
            Array.Clear(covering, 0, length);
            return covering;
        }

        /// <summary>A table of at least <paramref name="length"/> cells, the first <paramref name="length"/> set to "impossible".</summary>
        public long[] Table(int length)
        {
            if (table.Length < length)
            {
                table = new long[Math.Max(length, table.Length * 2)];
            }
            Array.Fill(table, long.MinValue, 0, length);
            return table;
        }
    }
}
