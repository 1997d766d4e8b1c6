using Comity.Capacity.Model;

namespace Comity.Capacity.Assessment;

/// <summary>What a gap needs: the factor's current stage, the next one, and the indicators not yet met up to it.</summary>
public sealed record Gap(string Dimension, string Factor, int Stage, int NextStage, IReadOnlyList<IndicatorDef> Needed, IReadOnlyList<string> Skills);

/// <summary>The model's arithmetic: stages from answers, disagreements, and gaps ranked by what the next stage needs.</summary>
public static class Scoring
{
    /// <summary>The highest stage whose indicators, and every indicator below it, are met; 0 when even start-up is not.</summary>
    public static int StageOf(FactorDef factor, Func<string, bool> isMet)
    {
        ArgumentNullException.ThrowIfNull(factor);
        ArgumentNullException.ThrowIfNull(isMet);
        var stage = 0;
        foreach (var s in Enum.GetValues<Stage>().Order())
        {
            if (!factor.Indicators.Where(i => i.Stage == s).All(i => isMet(i.Code)))
            {
                break;
            }
            stage = (int)s;
        }
        return stage;
    }

    public static Dictionary<string, int> Stages(ModelContent model, Func<string, bool> isMet) =>
        model.Factors.ToDictionary(f => f.Code, f => StageOf(f, isMet), StringComparer.Ordinal);

    /// <summary>
    /// The answer that counts for each indicator: the focal point's consolidated answer when there is one, otherwise the
    /// respondents' answer when they all agree. Indicators the respondents disagree on, or nobody answered, have none.
    /// </summary>
    public static Dictionary<string, AnswerValue> Effective(IEnumerable<(string Indicator, AnswerValue Value)> answers,
        IEnumerable<(string Indicator, AnswerValue Value)> consolidated)
    {
        var result = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        foreach (var group in answers.GroupBy(a => a.Indicator))
        {
            var values = group.Select(a => a.Value).Distinct().ToList();
            if (values.Count == 1)
            {
                result[group.Key] = values[0];
            }
        }
        foreach (var (indicator, value) in consolidated)
        {
            result[indicator] = value;
        }
        return result;
    }

    /// <summary>Indicators on which respondents gave different answers and the focal point has not settled.</summary>
    public static List<string> Disagreements(IEnumerable<(string Indicator, AnswerValue Value)> answers, IEnumerable<string> consolidated)
    {
        var settled = consolidated.ToHashSet(StringComparer.Ordinal);
        return answers.GroupBy(a => a.Indicator).Where(g => !settled.Contains(g.Key) && g.Select(a => a.Value).Distinct().Count() > 1)
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every factor below the top stage, with the indicators still unmet up to its next stage. Ranked by how little the
    /// next stage needs (quick steps first), then by the lower stage (foundations before refinements), then in model order.
    /// </summary>
    public static List<Gap> Gaps(ModelContent model, IReadOnlyDictionary<string, int> stages, Func<string, bool> isMet)
    {
        ArgumentNullException.ThrowIfNull(model);
        var gaps = new List<(Gap Gap, int Order)>();
        var order = 0;
        foreach (var dimension in model.Dimensions)
        {
            foreach (var factor in dimension.Factors)
            {
                order++;
                var stage = stages.GetValueOrDefault(factor.Code);
                if (stage >= (int)Stage.Dynamic)
                {
                    continue;
                }
                var needed = factor.Indicators.Where(i => (int)i.Stage <= stage + 1 && !isMet(i.Code)).ToList();
                gaps.Add((new Gap(dimension.Code, factor.Code, stage, stage + 1, needed, factor.Skills), order));
            }
        }
        return gaps.OrderBy(g => g.Gap.Needed.Count).ThenBy(g => g.Gap.Stage).ThenBy(g => g.Order).Select(g => g.Gap).ToList();
    }

    /// <summary>The median of the values, or null when there are none.</summary>
    public static double? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
