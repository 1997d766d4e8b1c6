using Comity.Capacity.Assessment;
using Comity.Capacity.Model;

namespace Comity.Tests.Capacity;

/// <summary>The model's arithmetic and rules, without a host.</summary>
public sealed class ScoringRules
{
    private static readonly Dictionary<string, string> Skills = new() { ["ncs-drafting"] = "Drafting", ["mla"] = "MLA" };

    private static FactorDef Factor(string code, params (string Code, Stage Stage)[] indicators) =>
        new(code, new LocalText { ["en"] = code }, ["ncs-drafting"], [],
            indicators.Select(i => new IndicatorDef(i.Code, i.Stage, new LocalText { ["en"] = i.Code })).ToList());

    private static FactorDef FullFactor(string code) =>
        Factor(code, Enum.GetValues<Stage>().Select(s => ($"{code}.{(int)s}", s)).Append(($"{code}.3b", Stage.Established)).ToArray());

    [Fact]
    public void A_stage_counts_only_when_its_indicators_and_all_below_are_met()
    {
        var factor = FullFactor("f");
        Assert.Equal(0, Scoring.StageOf(factor, _ => false));
        Assert.Equal(2, Scoring.StageOf(factor, code => code is "f.1" or "f.2" or "f.3"));
        // Stage 4 met but stage 3 only half met: the factor stays at 2.
        Assert.Equal(2, Scoring.StageOf(factor, code => code is "f.1" or "f.2" or "f.3" or "f.4" or "f.5"));
        Assert.Equal(5, Scoring.StageOf(factor, _ => true));
    }

    [Fact]
    public void Consolidated_answers_win_and_disagreements_have_no_effective_answer()
    {
        var answers = new List<(string, AnswerValue)> { ("a", AnswerValue.Met), ("a", AnswerValue.Met), ("b", AnswerValue.Met), ("b", AnswerValue.NotMet),
            ("c", AnswerValue.Partly), ("c", AnswerValue.Met) };
        var effective = Scoring.Effective(answers, [("c", AnswerValue.Met)]);
        Assert.Equal(AnswerValue.Met, effective["a"]);
        Assert.False(effective.ContainsKey("b"));
        Assert.Equal(AnswerValue.Met, effective["c"]);
        Assert.Equal(["b"], Scoring.Disagreements(answers, ["c"]));
    }

    [Fact]
    public void Gaps_are_ranked_by_how_little_the_next_stage_needs()
    {
        var near = FullFactor("near");
        var far = FullFactor("far") with { Indicators = [.. FullFactor("far").Indicators, new IndicatorDef("far.1b", Stage.StartUp, new LocalText { ["en"] = "x" })] };
        var top = FullFactor("top");
        var model = new ModelContent([new DimensionDef("d", new LocalText { ["en"] = "d" }, [far, near, top])]);
        bool IsMet(string code) => code.StartsWith("top", StringComparison.Ordinal) || code is "near.1" or "near.2" or "near.3";
        var stages = Scoring.Stages(model, IsMet);
        var gaps = Scoring.Gaps(model, stages, IsMet);
        Assert.Equal(["near", "far"], gaps.Select(g => g.Factor));
        Assert.Equal(["near.3b"], gaps[0].Needed.Select(i => i.Code));
        Assert.Equal(3, gaps[0].NextStage);
        // Two indicators stand between "far" and start-up, one between "near" and its next stage.
        Assert.Equal(["far.1", "far.1b"], gaps[1].Needed.Select(i => i.Code));
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Assert.Equal(2.5, Scoring.Median([4, 1, 3, 2]));

    [Fact]
    public void The_starter_model_passes_its_own_rules_and_names_dimensions_in_six_languages()
    {
        var skills = Comity.Roster.Skills.SkillCatalogue.Skills.ToDictionary(s => s.Code, s => s.Name);
        var v = ModelRules.Validate(StarterModel.Content, skills);
        Assert.True(v.IsValid, string.Join("; ", v.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))));
        Assert.Equal(5, StarterModel.Content.Dimensions.Count);
        Assert.All(StarterModel.Content.Dimensions.SelectMany(d => d.Factors.Select(f => f.Name).Append(d.Name)),
            name => Assert.Equal(ModelRules.Cultures.Order(), name.Keys.Order()));
        Assert.Contains(StarterModel.Content.Factors, f => f.Aspects.Count > 0);
    }

    [Fact]
    public void A_model_with_a_stage_left_empty_or_an_unknown_skill_is_refused()
    {
        var factor = Factor("f", ("f.1", Stage.StartUp), ("f.2", Stage.Formative)) with { Skills = ["no-such-skill"] };
        var model = new ModelContent([new DimensionDef("d", new LocalText { ["en"] = "d" }, [factor])]);
        var v = ModelRules.Validate(model, Skills);
        Assert.Contains(v.Errors, e => e.Key == "factors[f].indicators");
        Assert.Contains(v.Errors, e => e.Key == "factors[f].skills");
    }

    [Fact]
    public void A_published_version_cannot_change()
    {
        var version = ModelVersion.Draft(2, StarterModel.Content, TimeProvider.System.GetUtcNow());
        version.Publish(TimeProvider.System.GetUtcNow());
        Assert.Throws<InvalidOperationException>(() => version.Replace(StarterModel.Content));
    }

    [Fact]
    public void The_radial_chart_has_a_title_a_description_and_one_spoke_per_factor()
    {
        var factors = new[] { "a", "b", "c" }.Select((f, i) => new FactorResult("d", f, $"Factor <{f}>", i + 1, null, null, [])).ToList();
        var svg = RadialChart.Render(factors, "Stages", "Three factors");
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains(">Stages</title>", svg, StringComparison.Ordinal);
        Assert.Contains(">Three factors</desc>", svg, StringComparison.Ordinal);
        Assert.Contains("Factor &lt;a&gt;", svg, StringComparison.Ordinal);
        Assert.Equal(3, svg.Split("<line ").Length - 1);
    }
}
