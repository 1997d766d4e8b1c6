using System.Net;
using System.Net.Http.Json;
using Comity.Hygiene.Content;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Hygiene;

/// <summary>Campaign managers write per language in Markdown; a second manager publishes; visitors see only published text.</summary>
public abstract class CampaignContent(AppFixture app)
{
    [Fact]
    public async Task A_page_goes_live_only_when_a_second_campaign_manager_approves_it()
    {
        var author = await app.ApiAsAsync(Role.CampaignManager);
        var key = $"zz-{Guid.NewGuid():N}"[..20];
        var saved = await author.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/hygiene/content")
        {
            Content = JsonContent.Create(new { kind = "campaign", key, language = "ar", title = "حملة تجريبية", summary = "ملخص", body = "نص **مهم**" }),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var id = (await saved.JsonAsync()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/ar/campaigns/{key}")).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await author.PostAsync($"/api/v1/hygiene/content/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.PostAsync($"/api/v1/hygiene/content/{id}/submit", null)).StatusCode);
        var own = await author.PostAsync($"/api/v1/hygiene/content/{id}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("Another campaign manager", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var email = $"reviewer.{Guid.NewGuid():N}@campaign.example";
        var created = await admin.PostJsonAsync("/api/v1/identity/people", new
        {
            email, displayName = "Second Reviewer", password = "a long reviewer passphrase here", organisationId = await app.OrganisationIdAsync("ESA-RCC"),
            role = "campaign-manager",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reviewer = app.Anonymous();
        reviewer.DefaultRequestHeaders.Authorization = new("Bearer", await app.KeyForUserAsync(email));
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/v1/hygiene/content/{id}/approve", null)).StatusCode);

        var page = await app.Anonymous().GetAsync($"/ar/campaigns/{key}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<strong>مهم</strong>", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_page_is_refused_with_field_errors()
    {
        var author = await app.ApiAsAsync(Role.CampaignManager);
        var response = await author.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/hygiene/content")
        {
            Content = JsonContent.Create(new { kind = "lesson", key = "astrology", language = "de", title = "", summary = "s", body = "b" }),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("key", out _));
        Assert.True(errors.TryGetProperty("language", out _));
        Assert.True(errors.TryGetProperty("title", out _));
    }

    [Fact]
    public void Markdown_never_carries_html_or_script_links()
    {
        var html = MarkdownText.ToHtml("<script>alert(1)</script>\n\n[click](javascript:alert(1)) [ok](https://example.org) ![x](https://tracker.example/p.gif)");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class CampaignContentOnSqlite(SqliteAppFixture app) : CampaignContent(app);

[Collection(nameof(PostgresCollection))]
public sealed class CampaignContentOnPostgres(PostgresAppFixture app) : CampaignContent(app);
