using Comity.Hygiene.Passwords;

namespace Comity.Tests.Hygiene.Passwords;

public sealed class PasswordStrengthTests
{
    private const int Year = 2026;

    private static StrengthEstimate Estimate(string password, params string[] userInputs) =>
        PasswordStrength.Estimate(password, userInputs, Year);

    private static MatchedPattern Single(StrengthEstimate e)
    {
        Assert.Single(e.Sequence);
        return e.Sequence[0];
    }

    [Fact]
    public void A_top_ten_password_scores_zero_with_the_top_ten_warning()
    {
        var e = Estimate("password");
        Assert.Equal(0, e.Score);
        Assert.Equal("topTen", e.Warning);
        Assert.Equal("passwords #2", Single(e).Detail);
    }

    [Fact]
    public void A_capitalised_common_password_costs_twice_its_rank_and_suggests_more_capitals()
    {
        var plain = Estimate("password");
        var capital = Estimate("Password");
        // One part: guesses = rank × variations + 1.
        Assert.Equal((plain.Guesses - 1) * 2, capital.Guesses - 1, 6);
        Assert.Contains("capitalization", capital.Suggestions);
    }

    [Fact]
    public void A_reversed_word_is_found_and_costs_double()
    {
        var e = Estimate("drowssap");
        Assert.Contains("reversed", Single(e).Detail, StringComparison.Ordinal);
        Assert.Contains("reverseWords", e.Suggestions);
    }

    [Fact]
    public void L33t_substitutions_are_undone_before_the_dictionary_lookup()
    {
        var e = Estimate("p@ssw0rd");
        Assert.Contains("l33t", Single(e).Detail, StringComparison.Ordinal);
        Assert.Equal("similarToCommon", e.Warning);
        Assert.True(e.Score <= 1);
    }

    [Theory]
    [InlineData("zxcvbnm,./", "qwerty")]
    [InlineData("ячсмить", "jcuken")]
    [InlineData("wxcvbn,;", "azerty")]
    [InlineData("*-+96", "keypad")]
    public void Keyboard_walks_are_found_on_each_layout(string walk, string layout)
    {
        var e = Estimate(walk);
        var m = Single(e);
        Assert.Equal(PatternKind.Spatial, m.Pattern);
        Assert.Equal(layout, m.Detail);
        Assert.True(e.Score <= 2);
    }

    [Theory]
    [InlineData("abcdefg")]
    [InlineData("97531")]
    [InlineData("абвгде")]
    [InlineData("\u062A\u062B\u062C\u062D\u062E")]
    public void Sequences_in_latin_digits_cyrillic_and_arabic_are_found(string password)
    {
        var e = Estimate(password);
        Assert.Equal(PatternKind.Sequence, Single(e).Pattern);
        Assert.Equal("sequences", e.Warning);
    }

    [Fact]
    public void A_repeated_group_is_priced_from_its_base()
    {
        var e = Estimate("xk9qxk9qxk9q");
        var m = Single(e);
        Assert.Equal(PatternKind.Repeat, m.Pattern);
        Assert.Equal("xk9q ×3", m.Detail);
        Assert.Equal("extendedRepeat", e.Warning);
    }

    [Theory]
    [InlineData("13/05/1987")]
    [InlineData("1987-05-13")]
    [InlineData("130587")]
    public void Dates_with_and_without_separators_are_found(string password)
    {
        var e = Estimate(password);
        Assert.Equal(PatternKind.Date, Single(e).Pattern);
        Assert.Equal("dates", e.Warning);
    }

    [Fact]
    public void A_recent_year_needs_only_the_minimum_year_space()
    {
        var e = Estimate("2019");
        Assert.Equal(PatternKind.Year, Single(e).Pattern);
        Assert.Equal(20, Single(e).Guesses);
    }

    [Theory]
    [InlineData("zhongguo", "chinese")]
    [InlineData("наташа", "russian")]
    [InlineData("natasha", "russian-latin")]
    [InlineData("bonjour", "french")]
    [InlineData("mohammed", "arabic")]
    public void Words_from_each_language_list_are_recognised(string password, string list)
    {
        Assert.StartsWith(list + " #", Single(Estimate(password)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Cyrillic_capitals_fold_to_the_same_word()
    {
        var m = Single(Estimate("НАТАША"));
        Assert.StartsWith("russian #", m.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void User_inputs_are_matched_as_their_own_dictionary()
    {
        var e = Estimate("Zanzibarqa", "zanzibarqa");
        Assert.Equal("user #1", Single(e).Detail);
        Assert.Equal("userInputs", e.Warning);
    }

    [Fact]
    public void A_long_random_password_scores_four_without_feedback()
    {
        var e = Estimate("q8#Lm2vR!zT7pW4x");
        Assert.Equal(4, e.Score);
        Assert.Equal("", e.Warning);
        Assert.Empty(e.Suggestions);
        Assert.Equal(CrackTimeClass.Centuries, e.OfflineCrackTime);
    }

    [Fact]
    public void The_empty_password_gets_one_guess_and_general_advice()
    {
        var e = Estimate("");
        Assert.Equal(1, e.Guesses);
        Assert.Equal(0, e.Score);
        Assert.Equal(["useWords", "noNeed"], e.Suggestions);
    }

    [Fact]
    public void Passwords_over_256_characters_are_estimated_on_their_start_with_a_note()
    {
        var head = string.Concat(Enumerable.Repeat("Tr0ub4dor&3", 24))[..256];
        var e = Estimate(head + "anything after the limit");
        Assert.Equal("truncated", e.Note);
        Assert.Equal(Estimate(head).Guesses, e.Guesses);
        Assert.Equal(255, e.Sequence[^1].End);
    }

    [Fact]
    public void Scores_follow_the_stated_guess_thresholds()
    {
        // 10^x guesses for x = 0.48, 4.04, 7.84, 8.00 and 11.00.
        Assert.Equal(0, Estimate("password").Score);
        Assert.Equal(1, Estimate("p4ssw0rd!").Score);
        Assert.Equal(2, Estimate("Winter2020!").Score);
        Assert.Equal(3, Estimate("hT7$kq9Z").Score);
        Assert.Equal(4, Estimate("Tr0ub4dor&3").Score);
    }

    [Fact]
    public void Estimates_from_many_threads_agree_with_a_single_thread()
    {
        string[] passwords = ["password1", "Tr0ub4dor&3", "йцукен2024", "zhongguo88", "13/05/1987abc", "qazwsxedc"];
        var expected = passwords.Select(p => Estimate(p).Guesses).ToArray();
        var results = new double[passwords.Length * 50];
        Parallel.For(0, results.Length, k => results[k] = Estimate(passwords[k % passwords.Length]).Guesses);
        for (var k = 0; k < results.Length; k++)
        {
            Assert.Equal(expected[k % passwords.Length], results[k]);
        }
    }

    [Fact]
    public void Every_message_key_the_estimator_can_return_has_english_text()
    {
        string[] samples = ["password", "Password", "drowssap", "p@ssw0rd", "zxcvbnm", "qazxsw", "aaaaaa", "abcabcabc", "abcdef", "2019", "13/05/1987", "bonjour", "smith", "", "zanzibarqa"];
        foreach (var p in samples)
        {
            var e = PasswordStrength.Estimate(p, ["zanzibarqa"], Year);
            Assert.True(e.Warning.Length == 0 || PasswordMessages.English.ContainsKey(e.Warning), e.Warning);
            Assert.All(e.Suggestions, s => Assert.True(PasswordMessages.English.ContainsKey(s), s));
        }
    }

    [Fact]
    public void The_clock_overload_judges_years_against_the_clock_year()
    {
        var e = PasswordStrength.Estimate("1950", null, new FixedClock(new DateTimeOffset(2000, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(50, e.Sequence.Single().Guesses);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
