namespace Comity.Roster.Matching;

/// <summary>One run of the matcher over a centre's open requests: when, by whom, with which weights, how good.</summary>
public sealed class MatchRun
{
    private MatchRun()
    {
        Weights = "";
    }

    public Guid Id { get; private set; }

    public Guid CentreId { get; private set; }

    public Guid? RunBy { get; private set; }

    public DateTimeOffset RunAt { get; private set; }

    /// <summary>The weights used, as JSON, so a proposal can always be explained later.</summary>
    public string Weights { get; private set; }

    public double Objective { get; private set; }

    public bool ProvenOptimal { get; private set; }

    public double? OptimalityGap { get; private set; }

    public int ElapsedMilliseconds { get; private set; }

    public static MatchRun Record(Guid centreId, Guid? runBy, string weights, double objective, bool provenOptimal, double? gap, TimeSpan elapsed,
        DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            CentreId = centreId,
            RunBy = runBy,
            RunAt = now,
            Weights = weights,
            Objective = objective,
            ProvenOptimal = provenOptimal,
            OptimalityGap = gap,
            ElapsedMilliseconds = (int)Math.Min(int.MaxValue, elapsed.TotalMilliseconds),
        };
}

/// <summary>The latest proposal for a request (team, score breakdowns, runners-up), kept as JSON until approved.</summary>
public sealed class StoredProposal
{
    private StoredProposal()
    {
        Json = "";
    }

    public Guid RequestId { get; private set; }

    public Guid RunId { get; private set; }

    public string Json { get; private set; }

    public static StoredProposal For(Guid requestId, Guid runId, string json) => new() { RequestId = requestId, RunId = runId, Json = json };

    public void Replace(Guid runId, string json)
    {
        RunId = runId;
        Json = json;
    }
}
