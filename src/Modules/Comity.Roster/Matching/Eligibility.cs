using System.Globalization;

namespace Comity.Roster.Matching;

/// <summary>
/// The hard constraints, stated once in words. <see cref="MatchIndex"/> evaluates the same rules on arrays for speed;
/// this version explains a refusal to a coordinator and serves runners-up and pins.
/// </summary>
/// <remarks>
/// An expert is eligible for a request when: vetted, with vetting not expiring before the deployment ends; under the
/// yearly cap counting this deployment (DeploymentsThisYear + 1 ≤ YearlyCap); free of any unavailable period or
/// existing deployment over the whole window [EarliestStart, LatestEnd]; Today + NoticeDays ≤ EarliestStart; accepting
/// the modality (Either needs one of remote or on-site); meeting every required language at its minimum CEFR level;
/// meeting every required skill at its minimum level (a team member: at least one); not a national of, nor employed
/// in, the requesting country unless the request allows it; and not excluded by the coordinator.
/// </remarks>
internal static class Eligibility
{
    private static readonly string[] Cefr = ["none", "A1", "A2", "B1", "B2", "C1", "C2"];

    public static List<string> Reasons(MatchExpert x, MatchRequest r, DateOnly today)
    {
        var reasons = new List<string>();
        if (!x.Vetted)
        {
            reasons.Add("Not vetted");
        }
        else if (x.VettingExpires is { } expires && expires < r.LatestEnd)
        {
            reasons.Add(Say($"Vetting expires {expires:yyyy-MM-dd}, before the deployment ends on {r.LatestEnd:yyyy-MM-dd}"));
        }
        if (x.DeploymentsThisYear + 1 > x.YearlyCap)
        {
            reasons.Add(Say($"Has reached the yearly cap of {x.YearlyCap} deployments"));
        }
        foreach (var busy in x.Unavailable)
        {
            if (busy.Start <= r.LatestEnd && busy.End >= r.EarliestStart)
            {
                reasons.Add(Say($"Unavailable from {busy.Start:yyyy-MM-dd} to {busy.End:yyyy-MM-dd}, within the deployment window"));
                break;
            }
        }
        var ready = today.AddDays(Math.Max(0, x.NoticeDays));
        if (ready > r.EarliestStart)
        {
            reasons.Add(Say($"Needs {x.NoticeDays} days' notice, so cannot start before {ready:yyyy-MM-dd}"));
        }
        if (!x.AcceptsRemote && !x.AcceptsOnSite)
        {
            reasons.Add("Accepts neither remote nor on-site deployments");
        }
        else if (r.Modality == Modality.Remote && !x.AcceptsRemote)
        {
            reasons.Add("Does not accept remote deployments");
        }
        else if (r.Modality == Modality.OnSite && !x.AcceptsOnSite)
        {
            reasons.Add("Does not accept on-site deployments");
        }
        foreach (var (language, minimum) in r.RequiredLanguages)
        {
            var level = Level(x.Languages, language);
            if (level < minimum)
            {
                reasons.Add(level == 0
                    ? Say($"Does not work in {language} ({Cefr[Math.Clamp(minimum, 1, 6)]} required)")
                    : Say($"Works in {language} at {Cefr[Math.Clamp(level, 1, 6)]}, below the required {Cefr[Math.Clamp(minimum, 1, 6)]}"));
            }
        }
        SkillReasons(x, r, reasons);
        if (!r.AllowSameNationality && x.Nationalities.Any(n => Same(n, r.Country)))
        {
            reasons.Add(Say($"Conflict of interest: a national of {r.Country}, the requesting country"));
        }
        if (!r.AllowSameEmployerCountry && x.EmployerCountry is { } employer && Same(employer, r.Country))
        {
            reasons.Add(Say($"Conflict of interest: employed in {r.Country}, the requesting country"));
        }
        if (r.Excluded.Contains(x.Id))
        {
            reasons.Add("Excluded by the coordinator for this request");
        }
        return reasons;
    }

    public static bool IsEligible(MatchExpert x, MatchRequest r, DateOnly today) => Reasons(x, r, today).Count == 0;

    private static void SkillReasons(MatchExpert x, MatchRequest r, List<string> reasons)
    {
        var missing = new List<string>();
        foreach (var (skill, minimum) in r.RequiredSkills)
        {
            var level = Level(x.Skills, skill);
            if (level < minimum)
            {
                missing.Add(level == 0
                    ? Say($"Lacks {skill} (level {minimum} required)")
                    : Say($"Has {skill} at level {level}, below the required {minimum}"));
            }
        }
        if (r.TeamSize <= 1)
        {
            reasons.AddRange(missing);
        }
        else if (r.RequiredSkills.Count > 0 && missing.Count == r.RequiredSkills.Count)
        {
            reasons.Add("Meets none of the required skills at the required level");
        }
    }

    /// <summary>Codes compare case-insensitively; duplicates differing in case count at their best level.</summary>
    private static int Level(IReadOnlyDictionary<string, int> levels, string code)
    {
        var best = 0;
        foreach (var (key, level) in levels)
        {
            if (Same(key, code))
            {
                best = Math.Max(best, level);
            }
        }
        return best;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
