namespace Comity.Roster.Matching;

/// <summary>
/// The score of one expert for one request. Every component is in [0, 1] and depends on that pair only, so the
/// objective (the sum over proposed pairs) stays linear and the solvers can work on precomputed integers.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Skill: over the request's required skills, the mean of level / 4 for each skill the expert meets at the minimum
/// level (0 for the others, which only team members may lack); 1 when no skill is required.</item>
/// <item>Language: the mean of CEFR level / 6 over the required languages; 1 when none is required.</item>
/// <item>Rating: the average rating (1–5) shrunk towards 3 by two phantom ratings, mapped to [0, 1]; 0.5 when never rated.</item>
/// <item>Time zone: 1 − (circular distance in hours) / 12.</item>
/// <item>Fairness: half 1 / (1 + recent deployments), half a region term share / (share + recent share), where share is the
/// region's part of the roster and recent share its part of recent deployments: 0.5 when a region deploys in proportion,
/// towards 1 when it is under-used, towards 0 when over-used.</item>
/// </list>
/// The total is rounded to six decimals and the solvers maximise the sum of these integers in millionths, so the
/// reported objective is exactly the quantity that was optimised (no floating-point tolerance is involved).
/// </remarks>
internal static class MatchScore
{
    public const double Scale = 1_000_000;

    /// <summary>The five components, before weighting.</summary>
    internal readonly record struct Parts(double Skill, double Language, double Rating, double TimeZone, double Fairness);

    public static Parts Compute(MatchIndex ix, int e, RequestSpec r, int skillMask)
    {
        var skill = 1.0;
        if (r.Skills.Length > 0)
        {
            var sum = 0.0;
            var row = e * ix.SkillCount;
            for (var i = 0; i < r.Skills.Length; i++)
            {
                if ((skillMask & (1 << i)) != 0)
                {
                    sum += ix.SkillLevels[row + r.Skills[i]] / 4.0;
                }
            }
            skill = sum / r.Skills.Length;
        }
        var language = 1.0;
        if (r.Languages.Length > 0)
        {
            var sum = 0.0;
            var row = e * ix.LanguageCount;
            for (var i = 0; i < r.Languages.Length; i++)
            {
                sum += ix.LanguageLevels[row + r.Languages[i]] / 6.0;
            }
            language = sum / r.Languages.Length;
        }
        return new Parts(skill, language, ix.Rating[e], TimeZoneTerm(ix.Offset[e], r.Source.UtcOffsetHours), ix.Fairness[e]);
    }

    public static long Micros(in Parts p, MatchWeights w) =>
        (long)Math.Round((w.Skill * p.Skill + w.Language * p.Language + w.Rating * p.Rating + w.TimeZone * p.TimeZone + w.Fairness * p.Fairness) * Scale,
            MidpointRounding.AwayFromZero);

    public static long Micros(MatchIndex ix, int e, RequestSpec r, int skillMask) => Micros(Compute(ix, e, r, skillMask), ix.Input.Weights);

    public static ScoreBreakdown Breakdown(MatchIndex ix, int e, RequestSpec r)
    {
        var p = Compute(ix, e, r, ix.SkillMask(e, r));
        return new ScoreBreakdown(p.Skill, p.Language, p.Rating, p.TimeZone, p.Fairness, Micros(p, ix.Input.Weights) / Scale);
    }

    public static double TimeZoneTerm(double expertOffset, double requestOffset)
    {
        var d = Math.Abs(expertOffset - requestOffset) % 24;
        return 1 - Math.Min(d, 24 - d) / 12;
    }

    public static double RatingTerm(double? average, int count)
    {
        if (average is not { } avg || count <= 0 || !double.IsFinite(avg))
        {
            return 0.5;
        }
        // Two phantom 3-star ratings keep one glowing review from outranking a long good record.
        var shrunk = (Math.Clamp(avg, 1, 5) * count + 3 * 2) / (count + 2);
        return (shrunk - 1) / 4;
    }

    public static double[] FairnessTerms(IReadOnlyList<MatchExpert> experts)
    {
        var members = new Dictionary<string, int>(StringComparer.Ordinal);
        var recent = new Dictionary<string, long>(StringComparer.Ordinal);
        long totalRecent = 0;
        foreach (var x in experts)
        {
            members[x.Region] = members.GetValueOrDefault(x.Region) + 1;
            recent[x.Region] = recent.GetValueOrDefault(x.Region) + Math.Max(0, x.RecentDeployments);
            totalRecent += Math.Max(0, x.RecentDeployments);
        }
        var terms = new double[experts.Count];
        for (var e = 0; e < experts.Count; e++)
        {
            var x = experts[e];
            var share = (double)members[x.Region] / experts.Count;
            var recentShare = totalRecent == 0 ? 0 : (double)recent[x.Region] / totalRecent;
            var region = share / (share + recentShare);
            terms[e] = 0.5 / (1 + Math.Max(0, x.RecentDeployments)) + 0.5 * region;
        }
        return terms;
    }
}
