namespace Comity.Roster.Matching;

/// <summary>What every solver starts from: the validated input compiled, each request's eligible experts scored, pins resolved.</summary>
internal sealed class MatchContext
{
    private MatchContext(MatchIndex index, RequestCandidates[] candidates, PinPlan pins, MatchOptions options)
    {
        Index = index;
        Candidates = candidates;
        Pins = pins;
        Options = options;
        EligiblePairs = candidates.Sum(c => (long)c.Eligible.Length);
    }

    public MatchIndex Index { get; }

    public RequestCandidates[] Candidates { get; }

    public PinPlan Pins { get; }

    public MatchOptions Options { get; }

    public long EligiblePairs { get; }

    public static MatchContext Prepare(MatchInput input, MatchOptions options)
    {
        var problems = MatchValidation.Problems(input);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The matching input is invalid: " + string.Join(" ", problems), nameof(input));
        }
        if (options.RunnersUp < 0 || options.Workers < 0 || options.TimeLimit is { Ticks: <= 0 })
        {
            throw new ArgumentException("Runners-up and workers cannot be negative, and a time limit must be positive.", nameof(options));
        }
        var index = MatchIndex.Build(input);
        // A few spare near misses, because proposed experts and refused pins are skipped when runners-up are listed.
        var candidates = Matching.Candidates.Build(index, options.RunnersUp + 3);
        return new MatchContext(index, candidates, Matching.Pins.Resolve(index, candidates), options);
    }
}
