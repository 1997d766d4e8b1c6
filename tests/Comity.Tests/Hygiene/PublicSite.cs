using System.Net;
using System.Net.Http.Headers;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Hygiene;

/// <summary>The public campaign pages: six languages from the address, right-to-left Arabic, no cookies, small and compressed.</summary>
public abstract class PublicSite(AppFixture app)
{
    public static TheoryData<string> Languages => ["en", "ar", "zh", "fr", "ru", "es"];

    private static readonly string[] Pages = ["", "/learn/passphrases", "/learn/two-factor", "/learn/updates", "/learn/scams", "/learn/backups",
        "/learn/privacy", "/campaigns/eastern-southern-africa", "/check", "/password", "/report", "/report/thanks"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Every_public_page_speaks_the_language_in_its_address_with_the_right_direction_and_sets_no_cookie(string language)
    {
        var visitor = app.Anonymous(followRedirects: false);
        var direction = language == "ar" ? "rtl" : "ltr";
        foreach (var page in Pages)
        {
            var response = await visitor.GetAsync($"/{language}{page}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{language}{page}: {(int)response.StatusCode}");
            Assert.False(response.Headers.Contains("Set-Cookie"), $"/{language}{page} sets a cookie: {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : [])}");
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains($"<html lang=\"{language}\" dir=\"{direction}\">", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ar", "عبارات مرور طويلة وفريدة ومدير لكلمات المرور")]
    [InlineData("zh", "使用长而独特的密码短语和密码管理器")]
    [InlineData("fr", "Des phrases de passe longues, uniques, et un gestionnaire de mots de passe")]
    [InlineData("ru", "Длинные уникальные парольные фразы и менеджер паролей")]
    [InlineData("es", "Frases de contraseña largas y únicas, y un gestor de contraseñas")]
    [InlineData("en", "Long, unique passphrases and a password manager")]
    public async Task The_demo_lessons_are_published_in_all_six_languages(string language, string title)
    {
        var html = WebUtility.HtmlDecode(await app.Anonymous().GetStringAsync($"/{language}/learn/passphrases"));
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        var home = WebUtility.HtmlDecode(await app.Anonymous().GetStringAsync($"/{language}"));
        Assert.Contains(title, home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_or_topic_is_not_found()
    {
        var visitor = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/de/learn/passphrases")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/en/learn/astrology")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/en/campaigns/nowhere-at-all")).StatusCode);
    }

    [Fact]
    public async Task Public_pages_are_compressed_and_stay_far_under_fifty_kilobytes()
    {
        var client = app.App.CreateDefaultClient();
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        foreach (var path in new[] { "/ar", "/en/report", "/zh/check", "/css/site.css", "/js/hygiene.js" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("br", response.Content.Headers.ContentEncoding);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.Length < 20 * 1024, $"{path} is {bytes.Length} bytes compressed");
        }
    }

    [Fact]
    public async Task The_host_serves_the_demo_breach_corpus_as_the_pwned_passwords_range_api()
    {
        // SHA-1("123456") = 7C4A8D09CA3762AF61E59520943DC26494F8941B, the sample corpus's most common password.
        var response = await app.Anonymous().GetAsync("/range/7c4a8");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Contains(lines, l => l.StartsWith("D09CA3762AF61E59520943DC26494F8941B:", StringComparison.Ordinal));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Signed_in_pages_are_not_compressed_because_they_carry_antiforgery_tokens()
    {
        var client = app.App.CreateDefaultClient();
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var response = await client.GetAsync("/account/sign-in");
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class PublicSiteOnSqlite(SqliteAppFixture app) : PublicSite(app);

[Collection(nameof(PostgresCollection))]
public sealed class PublicSiteOnPostgres(PostgresAppFixture app) : PublicSite(app);
