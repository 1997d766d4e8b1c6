using System.Net;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Comity.Tests.Identity;

/// <summary>The administration forms run the same use cases as the API, with errors shown beside the fields.</summary>
public abstract class AdministrationPages(AppFixture app)
{
    [Fact]
    public async Task An_administrator_adds_a_centre_through_the_form_and_lands_on_its_page()
    {
        var admin = await app.SignInAsync(Role.PlatformAdministrator);
        var name = $"Central Asia Cyber Centre {Guid.NewGuid():N}";
        var form = new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.ShortName"] = "CA-RCC",
            ["Form.Kind"] = "RegionalCentre",
            ["Form.HomeCountry"] = "KZ",
        };
        var content = new List<KeyValuePair<string, string>>(form) { new("Form.CoveredCountries", "KZ"), new("Form.CoveredCountries", "KG") };
        var page = await admin.GetStringAsync("/admin/organisations/new");
        content.Add(new("__RequestVerificationToken", AppFixture.AntiforgeryToken(page)));
        var response = await admin.PostAsync("/admin/organisations/new", new FormUrlEncodedContent(content));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("/admin/organisations/", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("The organisation has been added.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == name));
        Assert.Equal(["KG", "KZ"], saved.Coverage.Select(c => c.Country).Order());
    }

    [Fact]
    public async Task A_form_with_mistakes_shows_them_beside_the_fields_and_saves_nothing()
    {
        var admin = await app.SignInAsync(Role.PlatformAdministrator);
        var before = await app.WithDbAsync(db => db.Organisations.CountAsync());
        var response = await AppFixture.PostFormAsync(admin, "/admin/organisations/new", new()
        {
            ["Form.Name"] = "",
            ["Form.Kind"] = "Ministry",
            ["Form.HomeCountry"] = "",
            ["Form.ContactEmail"] = "not-an-address",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("/admin/organisations/new", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("This field is required.", html, StringComparison.Ordinal);
        Assert.Contains("This is not an e-mail address.", html, StringComparison.Ordinal);
        Assert.Contains("Give the home country as an ISO 3166-1 alpha-2 code", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task An_administrator_adds_a_person_and_locks_them_out()
    {
        var admin = await app.SignInAsync(Role.PlatformAdministrator);
        var email = $"focal.{Guid.NewGuid():N}@ministry.example";
        var organisation = await app.OrganisationIdAsync("SN-MDE");
        var created = await AppFixture.PostFormAsync(admin, "/admin/people/new", new()
        {
            ["Form.DisplayName"] = "Awa Diop",
            ["Form.Email"] = email,
            ["Form.Password"] = "baobab shade at the river mouth",
            ["Form.OrganisationId"] = organisation.ToString(),
            ["Form.Role"] = "country-focal-point",
        });
        var details = created.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/admin/people/", details, StringComparison.Ordinal);
        Assert.Contains("Senegal Ministry of Digital Economy", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var locked = await AppFixture.PostFormAsync(admin, $"{details}?handler=Lock", new() { ["locked"] = "true" }, details);
        Assert.Contains("The person is locked out.", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var attempt = await AppFixture.PostFormAsync(app.Anonymous(), "/account/sign-in", new() { ["Email"] = email, ["Password"] = "baobab shade at the river mouth" });
        Assert.Contains("locked", await attempt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class AdministrationPagesOnSqlite(SqliteAppFixture app) : AdministrationPages(app);

[Collection(nameof(PostgresCollection))]
public sealed class AdministrationPagesOnPostgres(PostgresAppFixture app) : AdministrationPages(app);
