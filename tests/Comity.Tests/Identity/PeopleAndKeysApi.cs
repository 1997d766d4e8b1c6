using System.Net;
using System.Text;
using Comity.Identity.Access;
using Comity.Identity.Demo;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Comity.Tests.Identity;

public abstract class PeopleAndKeysApi(AppFixture app)
{
    private const string People = "/api/v1/identity/people";

    [Fact]
    public async Task An_administrator_creates_an_analyst_who_can_then_sign_in_and_see_their_role()
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var email = $"new.analyst.{Guid.NewGuid():N}@cert.example";
        var created = await admin.PostJsonAsync(People, new
        {
            email,
            displayName = "Nadia Haddad",
            password = "lanterns over the quiet harbour",
            organisationId = await app.OrganisationIdAsync("GH-CERT"),
            role = "analyst",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = await created.JsonAsync();
        Assert.Equal("analyst", person.GetProperty("memberships")[0].GetProperty("role").GetString());

        var browser = app.Anonymous();
        var signIn = await AppFixture.PostFormAsync(browser, "/account/sign-in", new() { ["Email"] = email, ["Password"] = "lanterns over the quiet harbour" });
        Assert.EndsWith("/dashboard", signIn.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Ghana National CERT", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short pass", "password")]
    [InlineData("passwordpassword", "password")]
    [InlineData("aaaaaaaaaaaaaaaaaaaa", "password")]
    [InlineData("abcdefghijklmnopqrstu", "password")]
    public async Task A_weak_first_password_is_refused_with_the_reason_and_no_account_is_created(string password, string field)
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var email = $"weak.{Guid.NewGuid():N}@cert.example";
        var response = await admin.PostJsonAsync(People, new
        {
            email,
            displayName = "Weak Password",
            password,
            organisationId = await app.OrganisationIdAsync("GH-CERT"),
            role = "analyst",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Taking_a_role_away_takes_effect_on_the_next_api_call()
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var email = $"temp.admin.{Guid.NewGuid():N}@centre.example";
        var created = await (await admin.PostJsonAsync(People, new
        {
            email,
            displayName = "Temporary Admin",
            password = "a rather long temporary passphrase",
            organisationId = await app.OrganisationIdAsync("ESA-RCC"),
            role = "platform-administrator",
        })).JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var key = await app.KeyForUserAsync(email, ApiScopes.IdentityRead);
        var temp = app.Anonymous();
        temp.DefaultRequestHeaders.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await temp.GetAsync(People)).StatusCode);

        var membership = created.GetProperty("memberships")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"{People}/{id}/memberships/{membership}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await temp.GetAsync(People)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_and_a_malformed_key_are_both_refused()
    {
        var key = await app.KeyForAsync(Role.Analyst, ApiScopes.IdentityRead);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var mine = await (await client.GetAsync("/api/v1/identity/apikeys")).JsonAsync();
        var prefix = key.Split('_')[1];
        var id = mine.EnumerateArray().Single(k => k.GetProperty("prefix").GetString() == prefix).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/v1/identity/apikeys/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/identity/me")).StatusCode);

        var forged = app.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", key[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/identity/me")).StatusCode);
        var garbage = app.Anonymous();
        garbage.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await garbage.GetAsync("/api/v1/identity/me")).StatusCode);
    }

    [Fact]
    public async Task A_key_is_stored_only_as_a_hash_and_also_works_as_the_basic_auth_password()
    {
        var key = await app.KeyForAsync(Role.Analyst, ApiScopes.IdentityRead);
        var prefix = key.Split('_')[1];
        var stored = await app.WithDbAsync(db => db.ApiKeys.SingleAsync(k => k.Prefix == prefix));
        Assert.Equal(32, stored.SecretHash.Length);
        Assert.DoesNotContain(key, Encoding.UTF8.GetString(stored.SecretHash), StringComparison.Ordinal);

        var basic = app.Anonymous();
        basic.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"taxii-client:{key}")));
        var me = await (await basic.GetAsync("/api/v1/identity/me")).JsonAsync();
        Assert.Equal(DemoNetwork.Accounts.Single(a => a.Role == Role.Analyst).Email, me.GetProperty("userName").GetString());
        Assert.Equal(["analyst"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal("apikey", me.GetProperty("authenticatedBy").GetString());
    }

    [Fact]
    public async Task Every_change_lands_in_the_audit_trail_with_who_for_which_organisation_and_from_where()
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var name = $"Audited Ministry {Guid.NewGuid():N}";
        var created = await (await admin.PostJsonAsync("/api/v1/identity/organisations", new { name, kind = "Ministry", homeCountry = "RW" })).JsonAsync();
        var id = created.GetProperty("id").GetString();
        var audit = await (await admin.GetAsync($"/api/v1/identity/audit?action=organisation.&target={id}")).JsonAsync();
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("organisation.created", entry.GetProperty("action").GetString());
        Assert.Equal(DemoNetwork.Accounts.Single(a => a.Role == Role.PlatformAdministrator).Email, entry.GetProperty("actorName").GetString());
        Assert.Equal(await app.OrganisationIdAsync("ESA-RCC"), entry.GetProperty("organisationId").GetGuid());
        Assert.Contains(name, entry.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_trail_refuses_updates_and_deletes_in_the_database_itself()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE identity_audit_entries SET \"Action\" = 'tampered'")));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM identity_audit_entries")));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "tampered")));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync()));
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class PeopleAndKeysApiOnSqlite(SqliteAppFixture app) : PeopleAndKeysApi(app);

[Collection(nameof(PostgresCollection))]
public sealed class PeopleAndKeysApiOnPostgres(PostgresAppFixture app) : PeopleAndKeysApi(app);
