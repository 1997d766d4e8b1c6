using System.Net;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Platform;

[Collection(nameof(SqliteCollection))]
public sealed class Translations(SqliteAppFixture app)
{
    [Theory]
    [InlineData("ar", "تسجيل الدخول")]
    [InlineData("zh", "登录")]
    [InlineData("fr", "Se connecter")]
    [InlineData("ru", "Войти")]
    [InlineData("es", "Iniciar sesión")]
    public async Task The_sign_in_page_speaks_each_un_language(string culture, string signIn)
    {
        var html = await PageInAsync(app.Anonymous(), culture, "/account/sign-in");
        Assert.Contains($"<html lang=\"{culture}\"", html, StringComparison.Ordinal);
        // The heading comes from the Identity module's resources, the header button from the shell's: neither stays English.
        Assert.Contains($"<h1>{signIn}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"button\" href=\"/account/sign-in\">{signIn}</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Sign in<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_reads_the_dashboard_in_french()
    {
        var coordinator = await app.SignInAsync(Role.CentreCoordinator);
        var html = await PageInAsync(coordinator, "fr", "/dashboard");
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Pays desservis par votre centre", html, StringComparison.Ordinal);
        // Role and organisation-kind titles are keys computed at run time.
        Assert.Contains("Coordonnateur du centre", html, StringComparison.Ordinal);
        Assert.Contains("Centre régional de lutte contre la cybercriminalité", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Countries your centre serves", html, StringComparison.Ordinal);
    }

    /// <summary>Chooses <paramref name="culture"/> through the language picker's form and returns the page it leads back to, with character references decoded.</summary>
    private static async Task<string> PageInAsync(HttpClient client, string culture, string returnUrl)
    {
        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = culture, ["returnUrl"] = returnUrl }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(returnUrl, response.RequestMessage!.RequestUri!.AbsolutePath);
        // Razor writes characters outside Basic Latin as numeric character references.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
