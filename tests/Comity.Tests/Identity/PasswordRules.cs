using Comity.Identity.Access;
using Comity.Identity.People;
using CsCheck;

namespace Comity.Tests.Identity;

public sealed class PasswordRules
{
    private static readonly ComityUser Grace = new() { UserName = "grace.wanjiru@kecert.example", Email = "grace.wanjiru@kecert.example", DisplayName = "Grace Wanjiru" };

    [Theory]
    [InlineData("grace.wanjiru2026!")]
    [InlineData("GraceWanjiruComity1")]
    [InlineData("comity-comity-2026")]
    public void A_password_built_from_the_persons_own_name_or_the_service_is_refused(string password) =>
        Assert.True(NistPasswordValidator.IsBuiltFromContext(password, Grace));

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("839201948372619")]
    [InlineData("مرحبا بالعالم الجميل اليوم")]
    public void An_unrelated_long_password_is_not_treated_as_contextual(string password) =>
        Assert.False(NistPasswordValidator.IsBuiltFromContext(password, Grace));

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("abababababababab")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("9876543210987")]
    public void Repeated_and_sequential_characters_are_refused(string password) =>
        Assert.True(NistPasswordValidator.IsRepetitiveOrSequential(password));

    [Fact]
    public void Long_random_passwords_are_never_called_repetitive()
    {
        Gen.String[Gen.Char['a', 'z'], 15, 40]
            .Where(s => s.Distinct().Count() > 6)
            .Sample(s => !NistPasswordValidator.IsRepetitiveOrSequential(s));
    }

    [Fact]
    public async Task Length_counts_unicode_code_points_not_utf16_units()
    {
        var validator = new NistPasswordValidator(new CommonPasswordBlocklist(), Microsoft.Extensions.Options.Options.Create(new PasswordLengthOptions()));
        // Fourteen emoji (not in sequence) are 28 UTF-16 units but only 14 characters: too short.
        var fourteen = string.Concat(Enumerable.Range(0, 14).Select(i => char.ConvertFromUtf32(0x1F600 + (i * 7 % 64))));
        Assert.False((await validator.ValidateAsync(null!, Grace, fourteen)).Succeeded);
        var fifteen = string.Concat(Enumerable.Range(0, 15).Select(i => char.ConvertFromUtf32(0x1F600 + (i * 7 % 64))));
        Assert.True((await validator.ValidateAsync(null!, Grace, fifteen)).Succeeded);
    }

    [Fact]
    public async Task A_password_on_the_blocklist_is_refused_whatever_its_case()
    {
        var validator = new NistPasswordValidator(new CommonPasswordBlocklist(), Microsoft.Extensions.Options.Options.Create(new PasswordLengthOptions()));
        var result = await validator.ValidateAsync(null!, Grace, "QwertyuiopAsdfgh");
        Assert.Equal("PasswordBlocked", Assert.Single(result.Errors).Code);
    }
}
