namespace Comity.Roster.Matching;

/// <summary>The pins that bind the solver, and those refused, with the reason, before solving.</summary>
internal sealed class PinPlan(List<int>[] effective, List<RunnerUp>[] refused)
{
    /// <summary>Per request, the pinned experts the solver must try to honour.</summary>
    public List<int>[] Effective { get; } = effective;

    /// <summary>Per request, pinned experts who cannot be proposed, explained.</summary>
    public List<RunnerUp>[] Refused { get; } = refused;

    public int Count => Effective.Sum(p => p.Count);

    public bool IsPinned(int request, int expert) => Effective[request].Contains(expert);
}

/// <summary>
/// Resolves the coordinator's pins into a consistent set. A pin is refused when the expert is not on the roster given
/// to the run, is ineligible for the request, is already pinned to an earlier request of the run (requests are taken in
/// the order given), or when more experts are pinned than the request needs (the higher-scoring ones are kept).
/// </summary>
internal static class Pins
{
    public static PinPlan Resolve(MatchIndex ix, RequestCandidates[] candidates)
    {
        var requests = ix.Requests;
        var effective = new List<int>[requests.Length];
        var refused = new List<RunnerUp>[requests.Length];
        var pinnedTo = new Dictionary<int, int>();
        for (var r = 0; r < requests.Length; r++)
        {
            effective[r] = [];
            refused[r] = [];
            var spec = requests[r];
            if (spec.Source.Pinned.Count == 0)
            {
                continue;
            }
            var eligible = candidates[r].Eligible;
            var ordered = spec.Source.Pinned
                .Select(id => (Id: id, Expert: ix.ExpertIndex.TryGetValue(id, out var e) ? e : -1))
                .Select(p => (p.Id, p.Expert, Score: p.Expert < 0 ? -1 : ScoreOf(eligible, p.Expert)))
                .OrderByDescending(p => p.Score).ThenBy(p => p.Id)
                .ToList();
            foreach (var (id, e, score) in ordered)
            {
                if (e < 0)
                {
                    refused[r].Add(new RunnerUp(id, null, ["Pinned by the coordinator, but not on the roster given to this run"]));
                }
                else if (score < 0)
                {
                    var total = MatchScore.Micros(ix, e, spec, ix.SkillMask(e, spec)) / MatchScore.Scale;
                    refused[r].Add(new RunnerUp(id, total,
                        ["Pinned by the coordinator, but not eligible", .. Eligibility.Reasons(ix.Input.Experts[e], spec.Source, ix.Input.Today)]));
                }
                else if (pinnedTo.TryGetValue(e, out var other))
                {
                    refused[r].Add(new RunnerUp(id, score / MatchScore.Scale,
                        [$"Pinned by the coordinator, but also pinned to an earlier request of this run ({Describe(requests[other].Source)}), which keeps them"]));
                }
                else if (effective[r].Count >= spec.TeamSize)
                {
                    refused[r].Add(new RunnerUp(id, score / MatchScore.Scale,
                        [$"Pinned by the coordinator, but the request needs {Experts(spec.TeamSize)} and higher-scoring pinned experts fill it"]));
                }
                else
                {
                    effective[r].Add(e);
                    pinnedTo[e] = r;
                }
            }
        }
        return new PinPlan(effective, refused);
    }

    public static string Describe(MatchRequest r) => FormattableString.Invariant($"{r.Country}, from {r.EarliestStart:yyyy-MM-dd}");

    public static string Experts(int n) => n == 1 ? "one expert" : FormattableString.Invariant($"{n} experts");

    private static long ScoreOf(Candidate[] eligible, int expert)
    {
        foreach (var c in eligible)
        {
            if (c.Expert == expert)
            {
                return c.Score;
            }
        }
        return -1;
    }
}
