using Comity.Capacity.Model;

namespace Comity.Tests.Capacity;

/// <summary>The maturity model speaks the six UN languages, and stored versions gain translations without losing anyone's text.</summary>
public sealed class ModelLanguages
{
    private static readonly string[] Others = ["fr", "es", "ru", "ar", "zh"];

    [Fact]
    public void Every_indicator_of_the_current_model_has_its_statement_in_all_six_languages()
    {
        var indicators = StarterModel.Content.Indicators.ToList();
        // Nineteen factors with one statement per stage, and the cybercrime law with two aspects of five each.
        Assert.Equal(105, indicators.Count);
        foreach (var indicator in indicators)
        {
            foreach (var culture in ModelRules.Cultures)
            {
                Assert.False(string.IsNullOrWhiteSpace(indicator.Text.GetValueOrDefault(culture)), $"{indicator.Code} has no {culture} text");
            }
            // A translation left in English would pass the check above; none is.
            Assert.All(Others, culture => Assert.NotEqual(indicator.Text["en"], indicator.Text[culture]));
        }
        var names = StarterModel.Content.Dimensions.Select(d => d.Name)
            .Concat(StarterModel.Content.Factors.Select(f => f.Name))
            .Concat(StarterModel.Content.Factors.SelectMany(f => f.Aspects).Select(a => a.Name));
        Assert.All(names, name => Assert.Equal(ModelRules.Cultures.Order(), name.Keys.Order()));
        // The texts are each language's own script, not another language pasted in the wrong slot.
        Assert.All(indicators, i => Assert.Matches(@"\p{IsArabic}", i.Text["ar"]));
        Assert.All(indicators, i => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", i.Text["zh"]));
        Assert.All(indicators, i => Assert.Matches(@"\p{IsCyrillic}", i.Text["ru"]));
    }

    [Fact]
    public void A_statement_missing_the_visitors_language_reads_in_english()
    {
        var text = new LocalText { ["en"] = "A specialised cybercrime unit exists in the police.", ["fr"] = "Une unité spécialisée existe." };
        Assert.Equal("Une unité spécialisée existe.", text.In("fr"));
        Assert.Equal("A specialised cybercrime unit exists in the police.", text.In("ar"));
    }

    [Fact]
    public void Filling_adds_only_the_missing_languages_of_texts_that_are_still_the_starter_models()
    {
        var stored = ModelContent.FromJson(EnglishOnly(StarterModel.Content).ToJson());
        var strategy = stored.Factors.First(f => f.Code == "policy.strategy");
        strategy.Indicators[0].Text["en"] = "Our own wording of the first step.";
        strategy.Indicators[1].Text["fr"] = "Texte de l'administrateur.";

        Assert.True(ModelTranslations.Fill(stored, StarterModel.Content));

        // Reworded: no longer the same statement, so no translation of the old one is put under it.
        Assert.Equal(["en"], strategy.Indicators[0].Text.Keys);
        // The administrator's own French stays; the languages it lacked are added.
        Assert.Equal("Texte de l'administrateur.", strategy.Indicators[1].Text["fr"]);
        Assert.Equal(StarterModel.Content.Factors.First(f => f.Code == "policy.strategy").Indicators[1].Text["ar"], strategy.Indicators[1].Text["ar"]);
        Assert.All(stored.Indicators.Skip(1), i => Assert.Equal(ModelRules.Cultures.Order(), i.Text.Keys.Order()));
        // A second pass finds nothing to add.
        var once = stored.ToJson();
        Assert.False(ModelTranslations.Fill(stored, StarterModel.Content));
        Assert.Equal(once, stored.ToJson());
    }

    /// <summary>The starter model as it was stored before its statements were translated: indicators in English only.</summary>
    internal static ModelContent EnglishOnly(ModelContent content)
    {
        var copy = ModelContent.FromJson(content.ToJson());
        foreach (var indicator in copy.Indicators)
        {
            foreach (var culture in indicator.Text.Keys.Where(c => c != "en").ToList())
            {
                indicator.Text.Remove(culture);
            }
        }
        return copy;
    }
}
