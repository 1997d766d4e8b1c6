using System.Globalization;
using System.Resources;
using Comity.Hygiene.Passwords;

namespace Comity.Tests.Hygiene.Passwords;

public sealed class PasswordTextTests
{
    private static readonly ResourceManager Resources = new("Comity.Hygiene.Resources.Passwords.PasswordText", typeof(PasswordText).Assembly);

    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Every_message_and_score_label_has_its_own_translation(string culture)
    {
        var ci = CultureInfo.GetCultureInfo(culture);
        foreach (var english in PasswordMessages.English.Values.Concat(PasswordMessages.ScoreLabels))
        {
            var translated = Resources.GetString(english, ci);
            Assert.False(string.IsNullOrWhiteSpace(translated), $"{culture}: {english}");
            Assert.NotEqual(english, translated);
        }
    }

    [Fact]
    public void The_neutral_resources_carry_the_english_text_as_key_and_value()
    {
        foreach (var english in PasswordMessages.English.Values)
        {
            Assert.Equal(english, Resources.GetString(english, CultureInfo.InvariantCulture));
        }
    }
}
