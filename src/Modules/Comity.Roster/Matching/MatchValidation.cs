namespace Comity.Roster.Matching;

/// <summary>Input checks, so that a bad run fails with sentences a coordinator or developer can act on.</summary>
internal static class MatchValidation
{
    /// <summary>At most this many required skills per request (they are tracked as bits).</summary>
    public const int MaxRequiredSkills = 24;

    public const int MaxTeamSize = 12;

    public static List<string> Problems(MatchInput input)
    {
        var problems = new List<string>();
        if (input.Weights.Problem() is { } weights)
        {
            problems.Add(weights);
        }
        if (input.Requests.Select(r => r.Id).Distinct().Count() != input.Requests.Count)
        {
            problems.Add("Each request may appear only once.");
        }
        if (input.Experts.Select(x => x.Id).Distinct().Count() != input.Experts.Count)
        {
            problems.Add("Each expert may appear only once.");
        }
        foreach (var r in input.Requests)
        {
            var name = FormattableString.Invariant($"Request {r.Id}");
            if (r.TeamSize is < 1 or > MaxTeamSize)
            {
                problems.Add(FormattableString.Invariant($"{name}: the team size must be between 1 and {MaxTeamSize}."));
            }
            if (r.LatestEnd < r.EarliestStart)
            {
                problems.Add($"{name}: the window ends before it starts.");
            }
            if (r.RequiredSkills.Count > MaxRequiredSkills)
            {
                problems.Add(FormattableString.Invariant($"{name}: at most {MaxRequiredSkills} skills can be required."));
            }
            if (r.RequiredSkills.Values.Any(l => l is < 1 or > 4))
            {
                problems.Add($"{name}: skill levels run from 1 to 4.");
            }
            if (r.RequiredLanguages.Values.Any(l => l is < 1 or > 6))
            {
                problems.Add($"{name}: language levels run from 1 (A1) to 6 (C2).");
            }
            if (string.IsNullOrWhiteSpace(r.Country))
            {
                problems.Add($"{name}: the requesting country is missing.");
            }
            if (!double.IsFinite(r.UtcOffsetHours) || Math.Abs(r.UtcOffsetHours) > 14)
            {
                problems.Add($"{name}: the UTC offset must be between −14 and +14 hours.");
            }
        }
        foreach (var x in input.Experts)
        {
            var name = FormattableString.Invariant($"Expert {x.Id}");
            if (x.Skills.Values.Any(l => l is < 1 or > 4))
            {
                problems.Add($"{name}: skill levels run from 1 to 4.");
            }
            if (x.Languages.Values.Any(l => l is < 1 or > 6))
            {
                problems.Add($"{name}: language levels run from 1 (A1) to 6 (C2).");
            }
            if (x.Unavailable.Any(d => d.End < d.Start))
            {
                problems.Add($"{name}: an unavailable period ends before it starts.");
            }
            if (x.NoticeDays < 0 || x.YearlyCap < 0 || x.DeploymentsThisYear < 0 || x.RecentDeployments < 0 || x.RatingCount < 0)
            {
                problems.Add($"{name}: notice, yearly cap and deployment and rating counts cannot be negative.");
            }
            if (x.AverageRating is { } rating && (!double.IsFinite(rating) || rating is < 1 or > 5))
            {
                problems.Add($"{name}: the average rating must be between 1 and 5.");
            }
            if (!double.IsFinite(x.UtcOffsetHours) || Math.Abs(x.UtcOffsetHours) > 14)
            {
                problems.Add($"{name}: the UTC offset must be between −14 and +14 hours.");
            }
        }
        return problems;
    }
}
