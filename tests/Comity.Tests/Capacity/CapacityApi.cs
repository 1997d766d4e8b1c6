using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Capacity;

/// <summary>
/// The capacity workflow through the API: the model and its versions; a focal point opens a cycle, invites an account and an
/// address, both answer, the focal point settles a disagreement, submits, reads stages and gaps, exports, and drafts a roster
/// request from a gap.
/// </summary>
public abstract class CapacityApi(AppFixture app)
{
    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Other tests (and the demo) may have left the country's cycle open; settle and submit it so a new one can open.</summary>
    private static async Task<string> OpenFreshCycleAsync(HttpClient focalPoint, string title)
    {
        foreach (var cycle in (await OkJsonAsync(await focalPoint.GetAsync("/api/v1/capacity/cycles"))).EnumerateArray())
        {
            if (cycle.GetProperty("status").GetString() == "Open")
            {
                var id = cycle.GetProperty("id").GetString();
                await OkJsonAsync(await focalPoint.PutAsJsonAsync($"/api/v1/capacity/cycles/{id}/consolidated",
                    new { answers = new[] { new { indicator = "policy.strategy.1", value = "NotMet" } } }, Http.Json));
                await OkJsonAsync(await focalPoint.PostAsync($"/api/v1/capacity/cycles/{id}/submit", null));
            }
        }
        var opened = await OkJsonAsync(await focalPoint.PostJsonAsync("/api/v1/capacity/cycles", new { title, consentToRegionalMedian = true }));
        return opened.GetProperty("id").GetString()!;
    }

    private static object AnswersUpTo(int stage, string factor, int stages, string value = "Met") => new
    {
        answers = Enumerable.Range(1, stages).Select(s => new
        {
            indicator = $"{factor}.{s}",
            value = s <= stage ? value : "NotMet",
            evidence = s == 1 ? new[] { "https://gov.example/strategy.pdf" } : Array.Empty<string>(),
            comment = s == 1 ? "Adopted by cabinet." : null,
        }).ToArray(),
    };

    [Fact]
    public async Task The_current_model_has_five_dimensions_translated_names_and_indicators_at_five_stages()
    {
        var anyone = await app.ApiAsAsync(Role.Expert);
        var model = await OkJsonAsync(await anyone.GetAsync("/api/v1/capacity/model"));
        Assert.Equal("Published", model.GetProperty("status").GetString());
        var dimensions = model.GetProperty("content").GetProperty("dimensions");
        Assert.Equal(["policy", "culture", "knowledge", "legal", "standards"], dimensions.EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        var strategy = dimensions[0].GetProperty("factors")[0];
        Assert.Equal("Stratégie nationale de cybersécurité", strategy.GetProperty("name").GetProperty("fr").GetString());
        Assert.Equal("国家网络安全战略", strategy.GetProperty("name").GetProperty("zh").GetString());
        Assert.Contains("ncs-drafting", strategy.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(5, strategy.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("stage").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task An_administrator_drafts_edits_and_publishes_the_next_version_and_published_versions_stay_fixed()
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var started = await admin.PostAsync("/api/v1/capacity/model/draft", null);
        Assert.True(started.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, await started.Content.ReadAsStringAsync());
        var versions = await OkJsonAsync(await admin.GetAsync("/api/v1/capacity/model/versions"));
        var draftNumber = versions.EnumerateArray().Single(v => v.GetProperty("status").GetString() == "Draft").GetProperty("number").GetInt32();
        var draft = await OkJsonAsync(await admin.GetAsync($"/api/v1/capacity/model/versions/{draftNumber}"));

        // Bad content is refused with field errors and leaves the draft as it was.
        var bad = await admin.PutAsJsonAsync("/api/v1/capacity/model/draft", new { dimensions = Array.Empty<object>() }, Http.Json);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = draft.GetProperty("content").GetRawText().Replace("National cybersecurity strategy", "National cybersecurity strategy (revised)",
            StringComparison.Ordinal);
        var edited = await admin.PutAsync("/api/v1/capacity/model/draft", new StringContent(text, System.Text.Encoding.UTF8, "application/json"));
        await OkJsonAsync(edited);

        var expert = await app.ApiAsAsync(Role.Expert);
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"/api/v1/capacity/model/versions/{draftNumber}")).StatusCode);
        var published = await OkJsonAsync(await admin.PostAsync("/api/v1/capacity/model/draft/publish", null));
        Assert.Equal("Published", published.GetProperty("status").GetString());
        var current = await OkJsonAsync(await expert.GetAsync("/api/v1/capacity/model"));
        Assert.Equal(draftNumber, current.GetProperty("number").GetInt32());
        Assert.Equal("National cybersecurity strategy (revised)",
            current.GetProperty("content").GetProperty("dimensions")[0].GetProperty("factors")[0].GetProperty("name").GetProperty("en").GetString());
        // Version 1 still reads as it was published.
        var first = await OkJsonAsync(await expert.GetAsync("/api/v1/capacity/model/versions/1"));
        Assert.Equal("National cybersecurity strategy",
            first.GetProperty("content").GetProperty("dimensions")[0].GetProperty("factors")[0].GetProperty("name").GetProperty("en").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsync("/api/v1/capacity/model/draft",
            new StringContent(text, System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task A_focal_point_runs_a_cycle_with_two_respondents_submits_and_turns_a_gap_into_a_roster_request()
    {
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        var analyst = await app.ApiAsAsync(Role.Analyst);
        var id = await OpenFreshCycleAsync(focalPoint, $"Cycle {Guid.NewGuid():N}");

        var account = await OkJsonAsync(await focalPoint.PostJsonAsync($"/api/v1/capacity/cycles/{id}/respondents",
            new { email = "analyst@comity.example", group = "InternationalPartners" }));
        Assert.True(account.GetProperty("respondent").GetProperty("hasAccount").GetBoolean());
        Assert.Equal(JsonValueKind.Null, account.GetProperty("answerLink").ValueKind);
        var guest = await OkJsonAsync(await focalPoint.PostJsonAsync($"/api/v1/capacity/cycles/{id}/respondents",
            new { email = $"policy-{Guid.NewGuid():N}@ministry.example", group = "Government" }));
        var link = guest.GetProperty("answerLink").GetString()!;
        var token = link["/capacity/respond/".Length..];
        Assert.Equal(HttpStatusCode.BadRequest, (await focalPoint.PostJsonAsync($"/api/v1/capacity/cycles/{id}/respondents",
            new { email = "not an address", group = "Academia" })).StatusCode);

        // The account answers signed in; the guest answers through the link without an account.
        var invitation = (await OkJsonAsync(await analyst.GetAsync("/api/v1/capacity/invitations"))).EnumerateArray()
            .Single(i => i.GetProperty("cycleId").GetString() == id).GetProperty("respondentId").GetString();
        await OkJsonAsync(await analyst.PutAsJsonAsync($"/api/v1/capacity/invitations/{invitation}/answers", AnswersUpTo(3, "policy.strategy", 5), Http.Json));
        var anonymous = app.Anonymous();
        var questionnaire = await OkJsonAsync(await anonymous.GetAsync($"/api/v1/capacity/respond/{token}"));
        Assert.Equal(id, questionnaire.GetProperty("cycleId").GetString());
        await OkJsonAsync(await anonymous.PutAsJsonAsync($"/api/v1/capacity/respond/{token}", AnswersUpTo(2, "policy.strategy", 5), Http.Json));
        var badAnswer = await anonymous.PutAsJsonAsync($"/api/v1/capacity/respond/{token}",
            new { answers = new[] { new { indicator = "policy.strategy.1", value = "Met", evidence = new[] { "javascript:alert(1)" } } } }, Http.Json);
        Assert.Equal(HttpStatusCode.BadRequest, badAnswer.StatusCode);
        await OkJsonAsync(await anonymous.PutAsJsonAsync($"/api/v1/capacity/respond/{token}", new { answers = Array.Empty<object>(), finish = true }, Http.Json));
        // The link is one-time: once finished it no longer opens.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/capacity/respond/{token}")).StatusCode);

        // They disagree on stage 3 of the strategy factor; submitting waits until the focal point settles it.
        var results = await OkJsonAsync(await focalPoint.GetAsync($"/api/v1/capacity/cycles/{id}"));
        var disagreement = Assert.Single(results.GetProperty("disagreements").EnumerateArray());
        Assert.Equal("policy.strategy.3", disagreement.GetProperty("indicator").GetString());
        Assert.Equal(2, disagreement.GetProperty("answers").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, (await focalPoint.PostAsync($"/api/v1/capacity/cycles/{id}/submit", null)).StatusCode);
        await OkJsonAsync(await focalPoint.PutAsJsonAsync($"/api/v1/capacity/cycles/{id}/consolidated",
            new { answers = new[] { new { indicator = "policy.strategy.3", value = "Met", note = "The budget lines exist." } } }, Http.Json));
        var submitted = await OkJsonAsync(await focalPoint.PostAsync($"/api/v1/capacity/cycles/{id}/submit", null));
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await focalPoint.PutAsJsonAsync($"/api/v1/capacity/cycles/{id}/consolidated",
            new { answers = new[] { new { indicator = "policy.strategy.4", value = "Met" } } }, Http.Json)).StatusCode);

        results = await OkJsonAsync(await focalPoint.GetAsync($"/api/v1/capacity/cycles/{id}"));
        Assert.True(results.GetProperty("final").GetBoolean());
        var strategy = results.GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("factor").GetString() == "policy.strategy");
        Assert.Equal(3, strategy.GetProperty("stage").GetInt32());
        var gaps = results.GetProperty("gaps").EnumerateArray().ToList();
        var strategyGap = gaps.Single(g => g.GetProperty("factor").GetString() == "policy.strategy");
        Assert.Equal(4, strategyGap.GetProperty("nextStage").GetInt32());
        Assert.Equal(["policy.strategy.4"], strategyGap.GetProperty("needed").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        // One indicator away from its next stage, the strategy ranks before cybercrime law, whose start-up needs two.
        var order = gaps.Select(g => g.GetProperty("factor").GetString()).ToList();
        Assert.True(order.IndexOf("policy.strategy") < order.IndexOf("legal.cybercrime"), string.Join(", ", order));
        Assert.Equal(2, gaps.Single(g => g.GetProperty("factor").GetString() == "legal.cybercrime").GetProperty("needed").GetArrayLength());

        var csv = await focalPoint.GetStringAsync($"/api/v1/capacity/cycles/{id}/export.csv");
        Assert.StartsWith("country,cycle,status,dimension,factor,name,stage", csv, StringComparison.Ordinal);
        Assert.Contains(",policy.strategy,National cybersecurity strategy", csv, StringComparison.Ordinal);
        var json = await OkJsonAsync(await focalPoint.GetAsync($"/api/v1/capacity/cycles/{id}/export.json"));
        Assert.Equal(20, json.GetProperty("factors").GetArrayLength());

        var drafted = await OkJsonAsync(await focalPoint.PostAsync($"/api/v1/capacity/cycles/{id}/gaps/policy.strategy/request", null));
        var requestId = drafted.GetProperty("request").GetProperty("id").GetString();
        var request = await OkJsonAsync(await focalPoint.GetAsync($"/api/v1/roster/requests/{requestId}"));
        Assert.Equal("Draft", request.GetProperty("status").GetString());
        Assert.Contains(request.GetProperty("requiredSkills").EnumerateArray(), s => s.GetProperty("skill").GetString() == "ncs-drafting");
        Assert.Contains("To reach stage 4", request.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await focalPoint.PostAsync($"/api/v1/capacity/cycles/{id}/gaps/policy.strategy/request", null)).StatusCode);
        results = await OkJsonAsync(await focalPoint.GetAsync($"/api/v1/capacity/cycles/{id}"));
        Assert.Equal(requestId, results.GetProperty("gaps").EnumerateArray().Single(g => g.GetProperty("factor").GetString() == "policy.strategy")
            .GetProperty("requests")[0].GetProperty("id").GetString());

        // The next cycle compares with this one and names the help requested for the factor.
        var next = await OpenFreshCycleAsync(focalPoint, $"Next {Guid.NewGuid():N}");
        var comparison = await OkJsonAsync(await focalPoint.GetAsync($"/api/v1/capacity/cycles/{next}"));
        Assert.Equal(id, comparison.GetProperty("previous").GetProperty("id").GetString());
        var again = comparison.GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("factor").GetString() == "policy.strategy");
        Assert.Equal(3, again.GetProperty("previousStage").GetInt32());
        Assert.Equal(requestId, again.GetProperty("earlierHelp")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Only_focal_points_see_cycles_and_a_guessed_link_opens_nothing()
    {
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        var id = (await OkJsonAsync(await focalPoint.GetAsync("/api/v1/capacity/cycles")))[0].GetProperty("id").GetString();
        var analyst = await app.ApiAsAsync(Role.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync($"/api/v1/capacity/cycles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/v1/capacity/respond/{new string('A', 43)}")).StatusCode);
    }

    [Fact]
    public async Task The_demo_country_has_a_submitted_cycle_with_stages_and_gaps()
    {
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        var cycles = (await OkJsonAsync(await focalPoint.GetAsync("/api/v1/capacity/cycles"))).EnumerateArray().ToList();
        var demo = cycles.Single(c => c.GetProperty("title").GetString() == "Uganda national self-assessment (demo)");
        Assert.Equal("Submitted", demo.GetProperty("status").GetString());
        var results = await OkJsonAsync(await focalPoint.GetAsync($"/api/v1/capacity/cycles/{demo.GetProperty("id").GetString()}"));
        Assert.Equal(2, results.GetProperty("respondents").GetArrayLength());
        Assert.Equal(3, results.GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("factor").GetString() == "policy.incident")
            .GetProperty("stage").GetInt32());
        Assert.NotEmpty(results.GetProperty("gaps").EnumerateArray());
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class CapacityApiOnSqlite(SqliteAppFixture app) : CapacityApi(app);

[Collection(nameof(PostgresCollection))]
public sealed class CapacityApiOnPostgres(PostgresAppFixture app) : CapacityApi(app);
