using System.Net;
using Comity.Identity.Access;
using Comity.Identity.Demo;
using Comity.Identity.Organisations;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Comity.Tests.Platform;

public abstract class HostBasics(AppFixture app)
{
    [Fact]
    public async Task Health_endpoints_answer_and_ready_checks_the_database()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_demo_network_has_three_or_more_centres_covering_twenty_or_more_countries_and_an_account_per_role()
    {
        var centres = await app.WithDbAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.RegionalCentre).ToListAsync());
        Assert.True(centres.Count >= 3);
        Assert.True(centres.SelectMany(c => c.Coverage).Select(c => c.Country).Distinct().Count() >= 20);
        foreach (var kind in new[] { OrganisationKind.NationalCert, OrganisationKind.LawEnforcementUnit, OrganisationKind.Ministry })
        {
            Assert.True(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Kind == kind)), $"no demo {kind}");
        }
        foreach (var role in Roles.All)
        {
            Assert.True(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.Role == role)), $"no demo account for {role}");
        }
    }

    [Fact]
    public async Task Reference_geography_holds_every_iso_country_with_its_un_m49_region()
    {
        Assert.Equal(249, await app.WithDbAsync(db => db.Countries.CountAsync()));
        var kenya = await app.WithDbAsync(db => db.Countries.SingleAsync(c => c.Alpha2 == "KE"));
        Assert.Equal(("KEN", "404", "014"), (kenya.Alpha3, kenya.Numeric, kenya.IntermediateRegionCode));
        var eastAfrica = await app.WithDbAsync(db => db.Regions.SingleAsync(r => r.Code == "014"));
        Assert.Equal("Eastern Africa", eastAfrica.Name);
        var api = await (await app.Anonymous().GetAsync("/api/v1/identity/countries/ke")).JsonAsync();
        Assert.Equal("Kenya", api.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_the_other_security_headers()
    {
        var response = await app.Anonymous().GetAsync("/account/sign-in");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task People_get_a_friendly_not_found_page_and_programs_get_problem_details()
    {
        var page = await app.Anonymous().GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Page not found", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var api = await admin.GetAsync($"/api/v1/identity/organisations/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_identity_api_with_its_outcomes()
    {
        var document = await (await app.Anonymous().GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = document.GetProperty("paths");
        var create = paths.GetProperty("/api/v1/identity/organisations").GetProperty("post");
        var responses = create.GetProperty("responses").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("201", responses);
        Assert.Contains("400", responses);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/api-reference/v1")).StatusCode);
    }

    [Fact]
    public async Task Choosing_arabic_turns_the_page_right_to_left()
    {
        var client = app.Anonymous();
        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "ar", ["returnUrl"] = "/account/sign-in" }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        var english = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" }));
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_visitor_gets_no_cookies_from_the_home_page()
    {
        var response = await app.Anonymous().GetAsync("/");
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var analyst = await app.SignInAsync(Role.Analyst);
        var dashboard = await analyst.GetStringAsync("/dashboard");
        var response = await analyst.PostAsync("/account/sign-out",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AppFixture.AntiforgeryToken(dashboard) }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await analyst.GetAsync("/dashboard");
        Assert.Contains("/account/sign-in", after.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_signs_in_and_sees_the_centre_dashboard()
    {
        var coordinator = await app.SignInAsync(Role.CentreCoordinator);
        var html = await coordinator.GetStringAsync("/dashboard");
        Assert.Contains(DemoNetwork.Accounts.Single(a => a.Role == Role.CentreCoordinator).DisplayName, html, StringComparison.Ordinal);
        Assert.Contains("Countries your centre serves", html, StringComparison.Ordinal);
        Assert.Contains("Uganda Ministry of ICT", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/audit", html, StringComparison.Ordinal);
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class HostBasicsOnSqlite(SqliteAppFixture app) : HostBasics(app);

[Collection(nameof(PostgresCollection))]
public sealed class HostBasicsOnPostgres(PostgresAppFixture app) : HostBasics(app);
