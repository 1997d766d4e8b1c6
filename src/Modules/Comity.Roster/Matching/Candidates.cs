namespace Comity.Roster.Matching;

/// <summary>An eligible expert for a request: total score in millionths, and which required skills they meet.</summary>
internal readonly record struct Candidate(int Expert, long Score, int Mask);

/// <summary>A request's eligible experts, best first, and the best-scoring near misses for the runners-up.</summary>
internal sealed class RequestCandidates(Candidate[] eligible, Candidate[] nearMisses)
{
    /// <summary>Sorted by score descending, then by roster order, so every run breaks ties the same way.</summary>
    public Candidate[] Eligible { get; } = eligible;

    /// <summary>Experts who meet the skill requirement but break another hard constraint, best score first.</summary>
    public Candidate[] NearMisses { get; } = nearMisses;
}

/// <summary>Eligibility and scores for every (expert, request) pair, in parallel over requests.</summary>
internal static class Candidates
{
    public static RequestCandidates[] Build(MatchIndex ix, int nearMissCount)
    {
        var result = new RequestCandidates[ix.Requests.Length];
        Parallel.For(0, ix.Requests.Length, () => new Scratch(ix.ExpertCount), (i, _, scratch) =>
        {
            result[i] = ForRequest(ix, ix.Requests[i], nearMissCount, scratch);
            return scratch;
        }, _ => { });
        return result;
    }

    private sealed class Scratch(int experts)
    {
        /// <summary>Stamped with request index + 1 when an expert has been seen, so a team's skill holders are visited once.</summary>
        public int[] Seen { get; } = new int[experts];

        public List<Candidate> Eligible { get; } = [];
    }

    private static RequestCandidates ForRequest(MatchIndex ix, RequestSpec r, int nearMissCount, Scratch scratch)
    {
        var eligible = scratch.Eligible;
        eligible.Clear();
        var near = new Candidate[Math.Max(0, nearMissCount)];
        var nearCount = 0;
        void Visit(int e)
        {
            var mask = ix.SkillMask(e, r);
            if (!MatchIndex.SkillsQualify(mask, r))
            {
                return;
            }
            var candidate = new Candidate(e, MatchScore.Micros(ix, e, r, mask), mask);
            if (ix.PassesOtherConstraints(e, r))
            {
                eligible.Add(candidate);
            }
            else
            {
                nearCount = Keep(near, nearCount, candidate);
            }
        }

        if (r.Skills.Length == 0)
        {
            for (var e = 0; e < ix.ExpertCount; e++)
            {
                Visit(e);
            }
        }
        else if (!r.IsTeam)
        {
            // Every required skill is needed, so the holders of the rarest one are the only possible candidates.
            var rarest = r.Skills.MinBy(s => ix.SkillHolders[s].Length);
            foreach (var e in ix.SkillHolders[rarest])
            {
                Visit(e);
            }
        }
        else
        {
            var stamp = r.Index + 1;
            foreach (var s in r.Skills)
            {
                foreach (var e in ix.SkillHolders[s])
                {
                    if (scratch.Seen[e] != stamp)
                    {
                        scratch.Seen[e] = stamp;
                        Visit(e);
                    }
                }
            }
        }
        return new RequestCandidates(Sorted(eligible), near[..nearCount]);
    }

    /// <summary>Sorts best first with one array sort on packed keys: (1e6 − score) in the high half, roster position in the low.</summary>
    private static Candidate[] Sorted(List<Candidate> list)
    {
        var items = list.ToArray();
        var keys = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = ((long)MatchScore.Scale - items[i].Score) << 32 | (uint)items[i].Expert;
        }
        Array.Sort(keys, items);
        return items;
    }

    /// <summary>Keeps the best few in a small array sorted by score descending (insertion; the array holds a handful).</summary>
    private static int Keep(Candidate[] best, int count, Candidate c)
    {
        if (best.Length == 0 || (count == best.Length && best[count - 1].Score >= c.Score))
        {
            return count;
        }
        var i = count == best.Length ? count - 1 : count++;
        while (i > 0 && best[i - 1].Score < c.Score)
        {
            best[i] = best[i - 1];
            i--;
        }
        best[i] = c;
        return count;
    }
}
