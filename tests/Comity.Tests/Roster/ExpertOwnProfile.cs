using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Comity.Identity.Access;
using Comity.Identity.Demo;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Roster;

/// <summary>
/// An expert keeps their own profile on /roster/mine through the same handler as the API's PUT; vetting stays with
/// the coordinators of the expert's centre, who record it from the expert's page.
/// </summary>
public abstract class ExpertOwnProfile(AppFixture app)
{
    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The form fields that reproduce <paramref name="me"/> as it stands.</summary>
    private static Dictionary<string, string> FormOf(JsonElement me)
    {
        var form = new Dictionary<string, string>
        {
            ["Form.NoticeDays"] = me.GetProperty("noticeDays").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.YearlyCap"] = me.GetProperty("yearlyCap").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.AcceptsRemote"] = me.GetProperty("acceptsRemote").GetBoolean() ? "true" : "false",
            ["Form.AcceptsOnSite"] = me.GetProperty("acceptsOnSite").GetBoolean() ? "true" : "false",
            ["Form.NetworkVisible"] = me.GetProperty("networkVisible").GetBoolean() ? "true" : "false",
        };
        var i = 0;
        foreach (var language in me.GetProperty("languages").EnumerateArray())
        {
            form[$"Form.Languages[{i}].Code"] = language.GetProperty("language").GetString()!;
            form[$"Form.Languages[{i}].Speaking"] = language.GetProperty("speaking").GetString()!;
            form[$"Form.Languages[{i}].Reading"] = language.GetProperty("reading").GetString()!;
            form[$"Form.Languages[{i}].Writing"] = language.GetProperty("writing").GetString()!;
            i++;
        }
        i = 0;
        foreach (var skill in me.GetProperty("skills").EnumerateArray())
        {
            form[$"Form.Skills[{i}].Skill"] = skill.GetProperty("skill").GetString()!;
            form[$"Form.Skills[{i}].Level"] = skill.GetProperty("level").GetString()!;
            form[$"Form.Skills[{i}].Evidence"] = skill.GetProperty("evidence").GetString() ?? "";
            i++;
        }
        i = 0;
        foreach (var period in me.GetProperty("blockedPeriods").EnumerateArray())
        {
            form[$"Form.BlockedPeriods[{i}].Start"] = period.GetProperty("start").GetString()!;
            form[$"Form.BlockedPeriods[{i}].End"] = period.GetProperty("end").GetString()!;
            form[$"Form.BlockedPeriods[{i}].Reason"] = period.GetProperty("reason").GetString() ?? "";
            i++;
        }
        return form;
    }

    [Fact]
    public async Task An_expert_adds_a_language_and_a_blocked_period_on_their_page_and_the_api_sees_them()
    {
        var expertApi = await app.ApiAsAsync(Role.Expert);
        var before = await OkJsonAsync(await expertApi.GetAsync("/api/v1/roster/experts/me"));
        var browser = await app.SignInAsync(Role.Expert);
        var form = FormOf(before);
        var languages = before.GetProperty("languages").GetArrayLength();
        var periods = before.GetProperty("blockedPeriods").GetArrayLength();
        form[$"Form.Languages[{languages}].Code"] = "sw";
        form[$"Form.Languages[{languages}].Speaking"] = "B2";
        form[$"Form.Languages[{languages}].Reading"] = "C1";
        form[$"Form.Languages[{languages}].Writing"] = "B1";
        // Far beyond any window the other roster tests use, so the demo expert stays eligible for them.
        form[$"Form.BlockedPeriods[{periods}].Start"] = "2031-03-01";
        form[$"Form.BlockedPeriods[{periods}].End"] = "2031-03-20";
        form[$"Form.BlockedPeriods[{periods}].Reason"] = "Sabbatical";
        try
        {
            var response = await AppFixture.PostFormAsync(browser, "/roster/mine?handler=Profile", form, "/roster/mine");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("/roster/mine", response.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Contains("Your profile is saved.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var after = await OkJsonAsync(await expertApi.GetAsync("/api/v1/roster/experts/me"));
            var swahili = after.GetProperty("languages").EnumerateArray().Single(l => l.GetProperty("language").GetString() == "sw");
            Assert.Equal("C1", swahili.GetProperty("reading").GetString());
            Assert.Contains(after.GetProperty("blockedPeriods").EnumerateArray(),
                p => p.GetProperty("start").GetString() == "2031-03-01" && p.GetProperty("reason").GetString() == "Sabbatical");
            Assert.Equal(before.GetProperty("vetting").GetString(), after.GetProperty("vetting").GetString());
            Assert.Equal(before.GetProperty("skills").GetArrayLength(), after.GetProperty("skills").GetArrayLength());
        }
        finally
        {
            await OkJsonAsync(await expertApi.PutAsJsonAsync($"/api/v1/roster/experts/{before.GetProperty("id").GetString()}", before, Http.Json));
        }
    }

    [Fact]
    public async Task A_profile_form_with_mistakes_shows_them_and_changes_nothing()
    {
        var expertApi = await app.ApiAsAsync(Role.Expert);
        var before = await OkJsonAsync(await expertApi.GetAsync("/api/v1/roster/experts/me"));
        var browser = await app.SignInAsync(Role.Expert);
        var form = FormOf(before);
        form["Form.YearlyCap"] = "99";
        form["Form.AcceptsRemote"] = "false";
        form["Form.AcceptsOnSite"] = "false";
        // List rows bind from index 0 without gaps, as the page numbers them: the half-filled row comes after the filled ones.
        var halfFilled = $"Form.BlockedPeriods[{before.GetProperty("blockedPeriods").GetArrayLength()}].Start";
        form[halfFilled] = "2031-01-01";

        var response = await AppFixture.PostFormAsync(browser, "/roster/mine?handler=Profile", form, "/roster/mine");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give both the first and the last day of each period you are not available.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Your profile is saved.", html, StringComparison.Ordinal);
        var after = await OkJsonAsync(await expertApi.GetAsync("/api/v1/roster/experts/me"));
        Assert.Equal(before.GetProperty("yearlyCap").GetInt32(), after.GetProperty("yearlyCap").GetInt32());

        form.Remove(halfFilled);
        html = WebUtility.HtmlDecode(await (await AppFixture.PostFormAsync(browser, "/roster/mine?handler=Profile", form, "/roster/mine"))
            .Content.ReadAsStringAsync());
        Assert.Contains("Give a yearly cap of 0 to 24 deployments.", html, StringComparison.Ordinal);
        Assert.Contains("Accept remote work, on-site work, or both.", html, StringComparison.Ordinal);
        after = await OkJsonAsync(await expertApi.GetAsync("/api/v1/roster/experts/me"));
        Assert.Equal(before.GetProperty("yearlyCap").GetInt32(), after.GetProperty("yearlyCap").GetInt32());
        Assert.Equal(before.GetProperty("acceptsOnSite").GetBoolean(), after.GetProperty("acceptsOnSite").GetBoolean());
    }

    [Fact]
    public async Task An_expert_cannot_vet_themselves_nor_edit_another_experts_profile()
    {
        var expertApi = await app.ApiAsAsync(Role.Expert);
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var me = await OkJsonAsync(await expertApi.GetAsync("/api/v1/roster/experts/me"));
        var myId = me.GetProperty("id").GetString();

        var vet = await expertApi.PostJsonAsync($"/api/v1/roster/experts/{myId}/vetting", new { status = "Vetted", expires = "2040-01-01" });
        Assert.Equal(HttpStatusCode.Forbidden, vet.StatusCode);

        // A vetting field in the body of the expert's own PUT is not part of the profile and changes nothing.
        var json = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(me.GetRawText())!;
        json["vetting"] = JsonSerializer.SerializeToElement("Suspended");
        json["vettingExpires"] = JsonSerializer.SerializeToElement("2040-01-01");
        var saved = await OkJsonAsync(await expertApi.PutAsJsonAsync($"/api/v1/roster/experts/{myId}", json, Http.Json));
        Assert.Equal(me.GetProperty("vetting").GetString(), saved.GetProperty("vetting").GetString());
        Assert.Equal(me.GetProperty("vettingExpires").GetString(), saved.GetProperty("vettingExpires").GetString());

        var roster = await OkJsonAsync(await coordinator.GetAsync("/api/v1/roster/experts?pageSize=5"));
        var other = roster.GetProperty("results").GetProperty("items").EnumerateArray().First(e => e.GetProperty("id").GetString() != myId);
        var otherId = other.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await expertApi.PutAsJsonAsync($"/api/v1/roster/experts/{otherId}", me, Http.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await expertApi.GetAsync($"/api/v1/roster/experts/{otherId}")).StatusCode);

        var browser = await app.SignInAsync(Role.Expert, followRedirects: false);
        var page = await browser.GetAsync($"/roster/experts/{otherId}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/error/403", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_records_a_vetting_decision_from_the_experts_page()
    {
        var coordinatorApi = await app.ApiAsAsync(Role.CentreCoordinator);
        var myId = (await OkJsonAsync(await (await app.ApiAsAsync(Role.Expert)).GetAsync("/api/v1/roster/experts/me"))).GetProperty("id").GetString();
        // Only the coordinators of the expert's own centre vet: pick someone on this coordinator's roster.
        var centre = await app.OrganisationIdAsync(DemoNetwork.Accounts.Single(a => a.Role == Role.CentreCoordinator).OrganisationShortName);
        var roster = await OkJsonAsync(await coordinatorApi.GetAsync($"/api/v1/roster/experts?pageSize=50&vetting=Unvetted&centreId={centre}"));
        var candidate = roster.GetProperty("results").GetProperty("items").EnumerateArray()
            .FirstOrDefault(e => e.GetProperty("id").GetString() != myId && e.GetProperty("userId").ValueKind == JsonValueKind.Null);
        Assert.NotEqual(JsonValueKind.Undefined, candidate.ValueKind);
        var id = candidate.GetProperty("id").GetString();

        var browser = await app.SignInAsync(Role.CentreCoordinator);
        var response = await AppFixture.PostFormAsync(browser, $"/roster/experts/{id}?handler=Vet",
            new() { ["Status"] = "InProgress", ["Expires"] = "" }, $"/roster/experts/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The vetting decision is recorded.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("InProgress", (await OkJsonAsync(await coordinatorApi.GetAsync($"/api/v1/roster/experts/{id}"))).GetProperty("vetting").GetString());
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class ExpertOwnProfileOnSqlite(SqliteAppFixture app) : ExpertOwnProfile(app);

[Collection(nameof(PostgresCollection))]
public sealed class ExpertOwnProfileOnPostgres(PostgresAppFixture app) : ExpertOwnProfile(app);
