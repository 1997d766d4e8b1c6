using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Capacity;

/// <summary>
/// The strategy workspace through the API and its pages: a focal point starts a strategy that is pre-filled from the latest
/// assessment's gaps, works the checklist, is stopped from overwriting a colleague's change, re-syncs from a newer assessment
/// without losing edits, and downloads the outline; everyone else is refused or only reads.
/// </summary>
public abstract class StrategyWorkspace(AppFixture app)
{
    private const string Api = "/api/v1/capacity/strategies";

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The demo (or an earlier test) leaves the country with a strategy in progress; archive it and start a new edition.</summary>
    private static async Task<string> StartFreshAsync(HttpClient focalPoint, string title)
    {
        foreach (var s in (await OkJsonAsync(await focalPoint.GetAsync(Api))).EnumerateArray().Where(s => s.GetProperty("status").GetString() == "Active"))
        {
            await OkJsonAsync(await focalPoint.PostAsync($"{Api}/{s.GetProperty("id").GetString()}/archive", null));
        }
        var started = await focalPoint.PostJsonAsync(Api, new { title, targetStage = 3 });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (await started.JsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>The demo country's (or any test's) strategy in progress, started if there is none.</summary>
    private static async Task<string> ActiveAsync(HttpClient focalPoint)
    {
        var active = (await OkJsonAsync(await focalPoint.GetAsync(Api))).EnumerateArray().FirstOrDefault(s => s.GetProperty("status").GetString() == "Active");
        return active.ValueKind == JsonValueKind.Object ? active.GetProperty("id").GetString()! : await StartFreshAsync(focalPoint, "Strategy for access tests");
    }

    private static JsonElement Item(JsonElement strategy, string phase, int index) =>
        strategy.GetProperty("phases").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == phase).GetProperty("items")[index];

    private static Task<HttpResponseMessage> PutItemAsync(HttpClient client, string id, JsonElement item, object body) =>
        client.PutAsJsonAsync($"{Api}/{id}/items/{item.GetProperty("id").GetString()}", body, Http.Json);

    /// <summary>A new person with a role in a named demo organisation, and an API client with their key.</summary>
    private async Task<HttpClient> PersonInAsync(string organisation, Role role)
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var email = $"strategy-{role.Name()}-{Guid.NewGuid():N}@comity.example";
        await OkJsonAsync(await admin.PostJsonAsync("/api/v1/identity/people", new
        {
            email,
            displayName = "Strategy test person",
            password = "a long enough passphrase for the strategy tests",
            organisationId = await app.OrganisationIdAsync(organisation),
            role = role.Name(),
        }));
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.KeyForUserAsync(email));
        return client;
    }

    [Fact]
    public async Task A_strategy_starts_from_the_gaps_its_checklist_is_edited_a_stale_edit_is_refused_and_the_outline_carries_the_plan()
    {
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        var id = await StartFreshAsync(focalPoint, $"Strategy {Guid.NewGuid():N}");
        var strategy = await OkJsonAsync(await focalPoint.GetAsync($"{Api}/{id}"));

        // Pre-filled: one proposed objective per gap below the target stage, ranked as the results page ranks gaps,
        // with the indicators the next stage needs as proposed actions; stocktaking sees the assessment's stages.
        var cycleId = strategy.GetProperty("source").GetProperty("cycleId").GetString();
        var results = await OkJsonAsync(await focalPoint.GetAsync($"/api/v1/capacity/cycles/{cycleId}"));
        var gaps = results.GetProperty("gaps").EnumerateArray().Where(g => g.GetProperty("stage").GetInt32() < 3).ToList();
        var objectives = strategy.GetProperty("objectives").EnumerateArray().ToList();
        Assert.NotEmpty(gaps);
        Assert.Equal(gaps.Select(g => g.GetProperty("factor").GetString()), objectives.Select(o => o.GetProperty("factor").GetString()));
        Assert.All(objectives, o => Assert.Equal("Proposed", o.GetProperty("status").GetString()));
        Assert.Equal(gaps[0].GetProperty("needed").EnumerateArray().Select(n => n.GetProperty("code").GetString()),
            objectives[0].GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("indicator").GetString()));
        Assert.Equal(3, objectives[0].GetProperty("targetStage").GetInt32());
        Assert.Equal(20, strategy.GetProperty("stages").GetArrayLength());
        var phases = strategy.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(["initiation", "stocktaking", "production", "implementation", "monitoring"], phases.Select(p => p.GetProperty("slug").GetString()));
        Assert.All(phases, p => Assert.InRange(p.GetProperty("items").GetArrayLength(), 6, 10));

        // Tick an item and give it an owner and a due date.
        var item = Item(strategy, "initiation", 0);
        var version = item.GetProperty("version").GetInt32();
        var saved = await OkJsonAsync(await PutItemAsync(focalPoint, id, item,
            new { version, done = true, owner = "Ministry of ICT", due = "2027-03-31", notes = "Cabinet memo drafted." }));
        Assert.True(saved.GetProperty("done").GetBoolean());
        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());

        // A second focal point still holding the old version is refused, and the first one's change stands.
        var stale = await PutItemAsync(focalPoint, id, item, new { version, done = false, owner = "Someone else", due = "", notes = "" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Nothing was saved", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Bad input is refused with a field error: a date in another format, a missing version, an unknown phase.
        var badDate = await PutItemAsync(focalPoint, id, item, new { version = version + 1, done = false, owner = "Someone else", due = "31/03/2027" });
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.True((await badDate.JsonAsync()).GetProperty("errors").TryGetProperty("due", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await PutItemAsync(focalPoint, id, item, new { done = false, owner = "Someone else" })).StatusCode);
        var unknownPhase = await focalPoint.PostJsonAsync($"{Api}/{id}/phases/drafting/items", new { text = "Hire a consultant" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownPhase.StatusCode);
        Assert.True((await unknownPhase.JsonAsync()).GetProperty("errors").TryGetProperty("phase", out _));
        var after = await OkJsonAsync(await focalPoint.GetAsync($"{Api}/{id}"));
        var unchanged = Item(after, "initiation", 0);
        Assert.Equal("Ministry of ICT", unchanged.GetProperty("owner").GetString());
        Assert.Equal("2027-03-31", unchanged.GetProperty("due").GetString());
        Assert.True(unchanged.GetProperty("done").GetBoolean());
        Assert.Equal(version + 1, unchanged.GetProperty("version").GetInt32());
        Assert.Equal(strategy.GetProperty("phases").EnumerateArray().Sum(p => p.GetProperty("items").GetArrayLength()),
            after.GetProperty("phases").EnumerateArray().Sum(p => p.GetProperty("items").GetArrayLength()));

        // The action plan: an owner and dates on a proposed action, and an action of the team's own.
        var objective = objectives[0];
        var action = objective.GetProperty("actions")[0];
        await OkJsonAsync(await focalPoint.PutAsJsonAsync($"{Api}/{id}/actions/{action.GetProperty("id").GetString()}", new
        {
            version = action.GetProperty("version").GetInt32(), text = action.GetProperty("text").GetString(), owner = "Uganda National CERT",
            start = "2027-01-15", due = "2027-06-30", status = "Planned",
        }, Http.Json));
        await OkJsonAsync(await focalPoint.PostJsonAsync($"{Api}/{id}/objectives/{objective.GetProperty("id").GetString()}/actions",
            new { text = "Brief the cabinet committee on the draft", owner = "Permanent Secretary", due = "2027-02-28" }));
        Assert.Equal(HttpStatusCode.BadRequest, (await focalPoint.PostJsonAsync($"{Api}/{id}/objectives/{objective.GetProperty("id").GetString()}/actions",
            new { text = "Backwards", start = "2027-05-01", due = "2027-04-01" })).StatusCode);

        var outline = await focalPoint.GetAsync($"{Api}/{id}/outline.md");
        Assert.Equal(HttpStatusCode.OK, outline.StatusCode);
        Assert.Equal("text/markdown; charset=utf-8", outline.Content.Headers.ContentType!.ToString());
        Assert.Equal($"strategy-UG-edition-{after.GetProperty("edition").GetInt32()}.md", outline.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var markdown = await outline.Content.ReadAsStringAsync();
        Assert.Contains("## 4\\. Strategic objectives and action plan", markdown, StringComparison.Ordinal);
        Assert.Contains($"### 4\\.1 {objective.GetProperty("title").GetString()}", markdown, StringComparison.Ordinal);
        Assert.Contains("| Uganda National CERT | 2027-01-15 | 2027-06-30 | Planned |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Brief the cabinet committee on the draft | Permanent Secretary |", markdown, StringComparison.Ordinal);
        Assert.Contains("- [x] Obtain a written government mandate", markdown, StringComparison.Ordinal);
        Assert.Contains("(owner: Ministry of ICT; due 2027-03-31)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updating_from_a_newer_assessment_adds_objectives_and_keeps_every_edit()
    {
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        var id = await StartFreshAsync(focalPoint, $"Resync {Guid.NewGuid():N}");
        var strategy = await OkJsonAsync(await focalPoint.GetAsync($"{Api}/{id}"));
        var objective = strategy.GetProperty("objectives")[0];
        var objectiveId = objective.GetProperty("id").GetString();
        await OkJsonAsync(await focalPoint.PutAsJsonAsync($"{Api}/{id}/objectives/{objectiveId}", new
        {
            version = objective.GetProperty("version").GetInt32(), title = "Our own wording of the first objective", factor = objective.GetProperty("factor").GetString(),
            targetStage = 3, status = "Agreed",
        }, Http.Json));
        var action = objective.GetProperty("actions")[0];
        await OkJsonAsync(await focalPoint.PutAsJsonAsync($"{Api}/{id}/actions/{action.GetProperty("id").GetString()}", new
        {
            version = action.GetProperty("version").GetInt32(), text = "Our own wording of the first action", owner = "Ministry of ICT", status = "InProgress",
        }, Http.Json));
        var before = strategy.GetProperty("objectives").GetArrayLength();

        // A newer assessment that finds nothing met: every factor is now a gap.
        foreach (var open in (await OkJsonAsync(await focalPoint.GetAsync("/api/v1/capacity/cycles"))).EnumerateArray()
            .Where(c => c.GetProperty("status").GetString() == "Open"))
        {
            var openId = open.GetProperty("id").GetString();
            await OkJsonAsync(await focalPoint.PutAsJsonAsync($"/api/v1/capacity/cycles/{openId}/consolidated",
                new { answers = new[] { new { indicator = "policy.strategy.1", value = "NotMet" } } }, Http.Json));
            await OkJsonAsync(await focalPoint.PostAsync($"/api/v1/capacity/cycles/{openId}/submit", null));
        }
        var cycle = (await OkJsonAsync(await focalPoint.PostJsonAsync("/api/v1/capacity/cycles", new { title = $"Newer {Guid.NewGuid():N}" })))
            .GetProperty("id").GetString();
        await OkJsonAsync(await focalPoint.PutAsJsonAsync($"/api/v1/capacity/cycles/{cycle}/consolidated",
            new { answers = new[] { new { indicator = "policy.strategy.1", value = "NotMet" } } }, Http.Json));
        await OkJsonAsync(await focalPoint.PostAsync($"/api/v1/capacity/cycles/{cycle}/submit", null));
        Assert.Equal(cycle, (await OkJsonAsync(await focalPoint.GetAsync($"{Api}/{id}"))).GetProperty("newerAssessment").GetProperty("cycleId").GetString());

        var synced = await OkJsonAsync(await focalPoint.PostAsync($"{Api}/{id}/sync", null));
        Assert.Equal(20 - before, synced.GetProperty("addedObjectives").GetInt32());
        var after = await OkJsonAsync(await focalPoint.GetAsync($"{Api}/{id}"));
        Assert.Equal(cycle, after.GetProperty("source").GetProperty("cycleId").GetString());
        Assert.Equal(20, after.GetProperty("objectives").GetArrayLength());
        var kept = after.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("id").GetString() == objectiveId);
        Assert.Equal("Our own wording of the first objective", kept.GetProperty("title").GetString());
        Assert.Equal("Agreed", kept.GetProperty("status").GetString());
        Assert.Equal(0, kept.GetProperty("baseline").GetInt32());
        var keptAction = kept.GetProperty("actions")[0];
        Assert.Equal("Our own wording of the first action", keptAction.GetProperty("text").GetString());
        Assert.Equal("Ministry of ICT", keptAction.GetProperty("owner").GetString());
        Assert.Equal("InProgress", keptAction.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Another_countrys_focal_point_an_expert_an_anonymous_caller_and_a_read_only_key_change_nothing()
    {
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        var id = await ActiveAsync(focalPoint);
        var item = Item(await OkJsonAsync(await focalPoint.GetAsync($"{Api}/{id}")), "production", 0);
        var body = new { version = item.GetProperty("version").GetInt32(), done = true, owner = "Intruder" };

        var ghana = await PersonInAsync("GH-CERT", Role.CountryFocalPoint);
        Assert.Equal(HttpStatusCode.NotFound, (await ghana.GetAsync($"{Api}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutItemAsync(ghana, id, item, body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ghana.GetAsync($"{Api}/{id}/outline.md")).StatusCode);
        Assert.DoesNotContain((await OkJsonAsync(await ghana.GetAsync(Api))).EnumerateArray(), s => s.GetProperty("country").GetString() == "UG");

        var expert = await app.ApiAsAsync(Role.Expert);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync($"{Api}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutItemAsync(expert, id, item, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PutItemAsync(app.Anonymous(), id, item, body)).StatusCode);

        var readOnly = app.Anonymous();
        readOnly.DefaultRequestHeaders.Authorization = new("Bearer", await app.KeyForAsync(Role.CountryFocalPoint, "capacity:read"));
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync($"{Api}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutItemAsync(readOnly, id, item, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsync($"{Api}/{id}/archive", null)).StatusCode);

        // The region's coordinator and the administrators follow the strategy but do not edit it.
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        Assert.False((await OkJsonAsync(await coordinator.GetAsync($"{Api}/{id}"))).GetProperty("canEdit").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await PutItemAsync(coordinator, id, item, body)).StatusCode);
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        Assert.Contains((await OkJsonAsync(await admin.GetAsync(Api))).EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutItemAsync(admin, id, item, body)).StatusCode);

        var unchanged = Item(await OkJsonAsync(await focalPoint.GetAsync($"{Api}/{id}")), "production", 0);
        Assert.Equal(item.GetProperty("version").GetInt32(), unchanged.GetProperty("version").GetInt32());
        Assert.Equal(item.GetProperty("owner").ToString(), unchanged.GetProperty("owner").ToString());
    }

    [Fact]
    public async Task A_focal_point_ticks_an_item_with_a_plain_form_and_a_stale_form_shows_why_nothing_was_saved()
    {
        var id = await ActiveAsync(await app.ApiAsAsync(Role.CountryFocalPoint));
        var browser = await app.SignInAsync(Role.CountryFocalPoint);
        var url = $"/capacity/strategy/{id}/phases/implementation";
        var api = await app.ApiAsAsync(Role.CountryFocalPoint);
        var item = Item(await OkJsonAsync(await api.GetAsync($"{Api}/{id}")), "implementation", 1);
        var itemId = item.GetProperty("id").GetString()!;
        var version = item.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string> { ["itemId"] = itemId, ["version"] = version, ["done"] = "true", ["owner"] = "Ministry of Finance", ["due"] = "2027-09-30" };

        var saved = await AppFixture.PostFormAsync(browser, $"{url}?handler=Item", fields, url);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var html = WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync());
        Assert.Contains("The item is saved.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Ministry of Finance\"", html, StringComparison.Ordinal);

        fields = new Dictionary<string, string> { ["itemId"] = itemId, ["version"] = version, ["owner"] = "Overwritten", ["due"] = "" };
        var stale = await AppFixture.PostFormAsync(browser, $"{url}?handler=Item", fields, url);
        html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Someone else saved a change to this after you opened it.", html, StringComparison.Ordinal);
        var now = Item(await OkJsonAsync(await api.GetAsync($"{Api}/{id}")), "implementation", 1);
        Assert.Equal("Ministry of Finance", now.GetProperty("owner").GetString());
        Assert.True(now.GetProperty("done").GetBoolean());

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/capacity/strategy/{id}/phases/drafting")).StatusCode);
        var outline = await browser.GetAsync($"/capacity/strategy/{id}/outline.md");
        Assert.Equal("text/markdown; charset=utf-8", outline.Content.Headers.ContentType!.ToString());
        var coordinator = await app.SignInAsync(Role.CentreCoordinator);
        var readOnly = await coordinator.GetStringAsync(url);
        Assert.Contains("only the country&#x27;s focal points edit it", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Item", readOnly, StringComparison.Ordinal);
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class StrategyWorkspaceOnSqlite(SqliteAppFixture app) : StrategyWorkspace(app);

[Collection(nameof(PostgresCollection))]
public sealed class StrategyWorkspaceOnPostgres(PostgresAppFixture app) : StrategyWorkspace(app);
