using System.Net;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Comity.Tests.Identity;

public abstract class OrganisationApi(AppFixture app)
{
    private const string Url = "/api/v1/identity/organisations";

    [Fact]
    public async Task An_administrator_adds_a_regional_centre_and_finds_it_by_a_country_it_covers()
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var name = $"Southern Cone Centre {Guid.NewGuid():N}";
        var created = await admin.PostJsonAsync(Url, new
        {
            name,
            shortName = "SC-RCC",
            kind = "RegionalCentre",
            homeCountry = "cl",
            coveredCountries = new[] { "CL", "AR", "UY" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        Assert.Equal("CL", body.GetProperty("homeCountry").GetString());
        Assert.Equal(["AR", "CL", "UY"], body.GetProperty("coveredCountries").EnumerateArray().Select(c => c.GetString()!));

        var listed = await (await admin.GetAsync($"{Url}?country=UY&kind=RegionalCentre")).JsonAsync();
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), o => o.GetProperty("name").GetString() == name);
        var read = await admin.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task A_request_with_missing_and_wrong_fields_gets_field_errors_and_changes_nothing()
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var before = await app.WithDbAsync(db => db.Organisations.CountAsync());
        var response = await admin.PostJsonAsync(Url, new
        {
            name = "",
            kind = "Ministry",
            homeCountry = "XX",
            website = "not a url",
            contactEmail = "nobody",
            coveredCountries = new[] { "KE" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "name", "homeCountry", "website", "contactEmail", "coveredCountries" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}");
        }
        Assert.Equal(before, await app.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task A_body_of_the_wrong_shape_gets_a_400_that_says_what_could_not_be_read()
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var before = await app.WithDbAsync(db => db.Organisations.CountAsync());
        var wrongType = await admin.PostRawAsync(Url, """{"name": 42, "kind": "Ministry", "homeCountry": "KE"}""");
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("name", (await wrongType.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var unknownKind = await admin.PostRawAsync(Url, """{"name": "X", "kind": "Bakery", "homeCountry": "KE"}""");
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);

        var notJson = await admin.PostRawAsync(Url, "{ this is not json");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_it_is_read()
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var huge = $$"""{"name": "{{new string('x', 2 * 1024 * 1024)}}"}""";
        var response = await admin.PostRawAsync(Url, huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Two_organisations_cannot_share_a_name()
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var name = $"Twin Ministry {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync(Url, new { name, kind = "Ministry", homeCountry = "KE" })).StatusCode);
        var second = await admin.PostJsonAsync(Url, new { name, kind = "Ministry", homeCountry = "UG" });
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.True((await second.JsonAsync()).GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Only_a_regional_centre_covers_countries_and_a_deactivated_organisation_leaves_the_list()
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var refused = await admin.PostJsonAsync(Url, new { name = $"CERT {Guid.NewGuid():N}", kind = "NationalCert", homeCountry = "KE", coveredCountries = new[] { "UG" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var name = $"Short-lived Regulator {Guid.NewGuid():N}";
        var created = await (await admin.PostJsonAsync(Url, new { name, kind = "Regulator", homeCountry = "TZ" })).JsonAsync();
        var id = created.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{Url}/{id}/deactivate", null)).StatusCode);
        var active = await (await admin.GetAsync($"{Url}?search={Uri.EscapeDataString(name)}")).JsonAsync();
        Assert.Equal(0, active.GetProperty("total").GetInt32());
        var all = await (await admin.GetAsync($"{Url}?search={Uri.EscapeDataString(name)}&includeInactive=true")).JsonAsync();
        Assert.Equal(1, all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_analyst_reads_the_directory_but_cannot_add_to_it()
    {
        var analyst = await app.ApiAsAsync(Role.Analyst);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync(Url)).StatusCode);
        var refused = await analyst.PostJsonAsync(Url, new { name = "Rogue Centre", kind = "RegionalCentre", homeCountry = "KE" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Rogue Centre")));
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class OrganisationApiOnSqlite(SqliteAppFixture app) : OrganisationApi(app);

[Collection(nameof(PostgresCollection))]
public sealed class OrganisationApiOnPostgres(PostgresAppFixture app) : OrganisationApi(app);
