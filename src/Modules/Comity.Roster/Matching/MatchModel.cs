namespace Comity.Roster.Matching;

/// <summary>Where a deployment's work is done.</summary>
public enum Modality
{
    Remote,
    OnSite,
    Either,
}

/// <summary>An inclusive range of days, for example a blocked period or an existing deployment.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End);

/// <summary>An expert as the matcher sees them; the caller maps the roster's entities onto this.</summary>
/// <param name="Id">The expert's id, as used by pins and exclusions.</param>
/// <param name="Skills">Skill code → proficiency, 1 (awareness) to 4 (expert). Codes compare case-insensitively.</param>
/// <param name="Languages">Language code → working CEFR level, 1 (A1) to 6 (C2).</param>
/// <param name="Nationalities">ISO 3166 country codes of the expert's nationalities.</param>
/// <param name="EmployerCountry">ISO 3166 country code of the employer, if any.</param>
/// <param name="Region">The expert's region (or centre); fairness favours regions that have deployed less than their share.</param>
/// <param name="Vetted">Vetting passed.</param>
/// <param name="VettingExpires">Last day the vetting is valid; it must cover the request's whole window. Null: no expiry.</param>
/// <param name="Unavailable">Blocked periods and existing deployments; the expert must be free for a request's whole window.</param>
/// <param name="NoticeDays">Days of notice the expert needs: Today + NoticeDays ≤ EarliestStart.</param>
/// <param name="AcceptsRemote">Takes remote deployments.</param>
/// <param name="AcceptsOnSite">Takes on-site deployments.</param>
/// <param name="DeploymentsThisYear">Deployments already counted against <paramref name="YearlyCap"/>.</param>
/// <param name="YearlyCap">Most deployments a year; eligible while DeploymentsThisYear + 1 ≤ YearlyCap.</param>
/// <param name="AverageRating">Average rating of past deployments, 1 (poor) to 5 (excellent); null when never rated.</param>
/// <param name="RatingCount">How many ratings the average is made of.</param>
/// <param name="UtcOffsetHours">The expert's usual UTC offset, for the time-zone term.</param>
/// <param name="RecentDeployments">Deployments in the last twelve months, for the fairness term.</param>
public sealed record MatchExpert(
    Guid Id,
    IReadOnlyDictionary<string, int> Skills,
    IReadOnlyDictionary<string, int> Languages,
    IReadOnlySet<string> Nationalities,
    string? EmployerCountry,
    string Region,
    bool Vetted,
    DateOnly? VettingExpires,
    IReadOnlyList<DateRange> Unavailable,
    int NoticeDays,
    bool AcceptsRemote,
    bool AcceptsOnSite,
    int DeploymentsThisYear,
    int YearlyCap,
    double? AverageRating,
    int RatingCount,
    double UtcOffsetHours,
    int RecentDeployments);

/// <summary>An open assistance request as the matcher sees it.</summary>
/// <param name="Id">The request's id.</param>
/// <param name="Country">ISO 3166 code of the requesting country, for conflicts of interest.</param>
/// <param name="RequiredSkills">Skill code → minimum proficiency (1–4).</param>
/// <param name="RequiredLanguages">Language code → minimum CEFR level (1–6); every proposed expert must meet all of them.</param>
/// <param name="EarliestStart">First day of the deployment window.</param>
/// <param name="LatestEnd">Last day of the deployment window; experts must be free and vetted throughout.</param>
/// <param name="Modality">OnSite needs experts who accept on-site work, Remote those who accept remote work, Either any.</param>
/// <param name="TeamSize">1 for a one-expert request; otherwise the exact size of the team, which together covers every required skill.</param>
/// <param name="AllowSameNationality">Allow nationals of the requesting country (otherwise a conflict of interest).</param>
/// <param name="AllowSameEmployerCountry">Allow experts employed in the requesting country (otherwise a conflict of interest).</param>
/// <param name="UtcOffsetHours">The requesting country's UTC offset, for the time-zone term.</param>
/// <param name="Pinned">Experts the coordinator wants in this proposal; honoured when they are eligible.</param>
/// <param name="Excluded">Experts the coordinator never wants in this proposal.</param>
public sealed record MatchRequest(
    Guid Id,
    string Country,
    IReadOnlyDictionary<string, int> RequiredSkills,
    IReadOnlyDictionary<string, int> RequiredLanguages,
    DateOnly EarliestStart,
    DateOnly LatestEnd,
    Modality Modality,
    int TeamSize,
    bool AllowSameNationality,
    bool AllowSameEmployerCountry,
    double UtcOffsetHours,
    IReadOnlySet<Guid> Pinned,
    IReadOnlySet<Guid> Excluded);

/// <summary>How much each score component counts; each weight is in [0, 1] and together they sum to 1.</summary>
public sealed record MatchWeights(double Skill, double Language, double Rating, double TimeZone, double Fairness)
{
    /// <summary>Skills first, then ratings and fairness, then languages and time zone.</summary>
    public static MatchWeights Default { get; } = new(0.35, 0.15, 0.20, 0.10, 0.20);

    /// <summary>What is wrong with these weights, in one sentence, or null when they are usable.</summary>
    public string? Problem()
    {
        double[] all = [Skill, Language, Rating, TimeZone, Fairness];
        if (all.Any(w => !double.IsFinite(w) || w < 0 || w > 1))
        {
            return "Each weight must be a number between 0 and 1.";
        }
        var sum = all.Sum();
        return Math.Abs(sum - 1) > 1e-6
            ? FormattableString.Invariant($"The weights must add up to 1; they add up to {sum:0.######}.")
            : null;
    }
}

/// <summary>One matching run: the open requests, the whole roster (region shares are computed from it), the weights and today's date.</summary>
public sealed record MatchInput(IReadOnlyList<MatchRequest> Requests, IReadOnlyList<MatchExpert> Experts, MatchWeights Weights, DateOnly Today);

/// <summary>Solver settings.</summary>
/// <param name="TimeLimit">
/// Wall-clock budget of a run with team requests (bound, CP-SAT, explanations); 10 s when null. One-expert runs are
/// solved exactly without a limit.
/// </param>
/// <param name="RunnersUp">How many runners-up each proposal explains.</param>
/// <param name="Workers">CP-SAT search workers; 0 means one per processor.</param>
public sealed record MatchOptions(TimeSpan? TimeLimit = null, int RunnersUp = 5, int Workers = 0)
{
    public static MatchOptions Default { get; } = new();

    /// <summary>Tests turn pruning off to check that it never changes the optimum.</summary>
    internal bool DisablePruning { get; init; }

    /// <summary>Tests start one-expert pruning very tight, so that the dual certificate has work to do.</summary>
    internal int? FirstKeep { get; init; }
}

/// <summary>Each component is in [0, 1]; <paramref name="Total"/> is their weighted sum rounded to six decimals, the unit the solver maximises.</summary>
public sealed record ScoreBreakdown(double Skill, double Language, double Rating, double TimeZone, double Fairness, double Total);

/// <summary>An expert proposed for a request, with the score that put them there.</summary>
public sealed record ProposedExpert(Guid ExpertId, ScoreBreakdown Score, bool Pinned);

/// <summary>An expert who was not proposed for a request, and why, in plain sentences.</summary>
/// <param name="ExpertId">The expert.</param>
/// <param name="Total">The total score the expert would have had for this request, when it can be computed.</param>
/// <param name="Reasons">Why they were not proposed: broken hard constraints, or what they lost to.</param>
/// <param name="Score">The score breakdown they would have had for this request, when it can be computed.</param>
public sealed record RunnerUp(Guid ExpertId, double? Total, IReadOnlyList<string> Reasons, ScoreBreakdown? Score = null);

/// <summary>The proposal for one request: the expert or team, or why nobody could be proposed, and the runners-up.</summary>
public sealed record Proposal(Guid RequestId, IReadOnlyList<ProposedExpert> Team, bool Staffed, string? UnstaffedReason, IReadOnlyList<RunnerUp> RunnersUp);

/// <summary>Which algorithm produced a result.</summary>
public enum MatchMethod
{
    /// <summary>Nothing to solve: no request had an eligible expert.</summary>
    None,

    /// <summary>Only one-expert requests: an exact min-cost flow (OR-Tools), certified optimal by reduced costs.</summary>
    MinCostFlow,

    /// <summary>At least one team request: CP-SAT (OR-Tools) over the whole instance.</summary>
    CpSat,

    /// <summary>The greedy baseline, for comparison only.</summary>
    Greedy,
}

/// <summary>The outcome of a matching run.</summary>
/// <param name="Proposals">One per request, in the order of the input.</param>
/// <param name="Objective">Sum of the proposed experts' totals: the quantity that is maximised.</param>
/// <param name="ProvenOptimal">True when no assignment with a higher objective exists.</param>
/// <param name="OptimalityGap">(bound − objective) / bound; 0 when proven optimal, null when no bound is known.</param>
/// <param name="Elapsed">Wall-clock time of the whole run, explanations included.</param>
/// <param name="EligiblePairs">(expert, request) pairs that pass every hard constraint.</param>
/// <param name="KeptPairs">Pairs handed to the solver after pruning.</param>
/// <param name="Method">The algorithm that produced the proposals.</param>
/// <param name="UpperBound">Proven upper bound on the objective, when known.</param>
public sealed record MatchResult(
    IReadOnlyList<Proposal> Proposals,
    double Objective,
    bool ProvenOptimal,
    double? OptimalityGap,
    TimeSpan Elapsed,
    long EligiblePairs,
    long KeptPairs = 0,
    MatchMethod Method = MatchMethod.None,
    double? UpperBound = null);
