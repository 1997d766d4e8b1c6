using Comity.Hygiene.Passwords;
using CsCheck;

namespace Comity.Tests.Hygiene.Passwords;

public sealed class PasswordStrengthPropertyTests
{
    // Letters from the scripts the lists cover, digits, keyboard symbols, and a surrogate pair.
    private static readonly Gen<string> Passwords = Gen.OneOf(
        Gen.Char["abcdefghijklmnopqrstuvwxyzABCXYZ0123456789!@#$%&*-_ /.,"].Select(c => c.ToString()),
        Gen.Char["йцукенгшщзхъфывапролджэячсмитьбюЁё"].Select(c => c.ToString()),
        Gen.Char["\u0627\u0628\u062A\u062B\u062C\u0645\u0646"].Select(c => c.ToString()),
        Gen.Const("😀"))
        .Array[0, 30].Select(parts => string.Concat(parts));

    [Fact]
    public void The_chosen_patterns_cover_the_password_exactly_once_from_left_to_right()
    {
        Passwords.Sample(p =>
        {
            var e = PasswordStrength.Estimate(p, null, 2026);
            var next = 0;
            foreach (var m in e.Sequence)
            {
                Assert.Equal(next, m.Start);
                Assert.Equal(p[m.Start..(m.End + 1)], m.Token);
                next = m.End + 1;
            }
            Assert.Equal(p.Length, next);
        });
    }

    [Fact]
    public void Guesses_never_exceed_brute_force_and_the_score_matches_the_thresholds()
    {
        Passwords.Sample(p =>
        {
            var e = PasswordStrength.Estimate(p, null, 2026);
            Assert.InRange(e.Guesses, 1, Math.Pow(10, p.Length) + 1);
            var expected = e.Guesses < 1e3 ? 0 : e.Guesses < 1e6 ? 1 : e.Guesses < 1e8 ? 2 : e.Guesses < 1e10 ? 3 : 4;
            Assert.Equal(expected, e.Score);
            Assert.Equal(Math.Log10(e.Guesses), e.GuessesLog10);
            Assert.Equal(e.Score > 2, e.Warning.Length == 0 && e.Suggestions.Count == 0 && p.Length > 0);
        });
    }

    [Fact]
    public void Any_valid_day_month_year_with_a_separator_is_recognised_as_a_date()
    {
        Gen.Select(Gen.Int[1, 28], Gen.Int[1, 12], Gen.Int[1000, 2050], Gen.Char["/.-_ \\"]).Sample((d, m, y, sep) =>
        {
            var text = $"{d:00}{sep}{m:00}{sep}{y}";
            var e = PasswordStrength.Estimate(text, null, 2026);
            Assert.Equal(PatternKind.Date, Assert.Single(e.Sequence).Pattern);
        });
    }

    [Fact]
    public void Case_variations_are_symmetric_and_binomials_follow_pascals_rule()
    {
        Gen.Select(Gen.Int[0, 30], Gen.Int[0, 30]).Sample((x, y) =>
        {
            Assert.Equal(Guesses.Variations(x, y), Guesses.Variations(y, x));
            if (x > 0 && y > 0 && y <= x)
            {
                Assert.Equal(Guesses.Binomial(x, y), Guesses.Binomial(x - 1, y - 1) + Guesses.Binomial(x - 1, y), 6);
            }
        });
    }

    [Fact]
    public void Folding_keeps_length_and_is_idempotent()
    {
        Passwords.Sample(p =>
        {
            var f = TextFold.Fold(p);
            Assert.Equal(p.Length, f.Length);
            Assert.Equal(f, TextFold.Fold(f));
            Assert.DoesNotContain(f, TextFold.IsUpper);
        });
    }
}
