using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Roster;

/// <summary>
/// The whole roster workflow through the API: a focal point files a request, the centre's coordinator triages it,
/// pins the demo expert and runs matching, approves; the expert accepts; the deployment starts, the expert reports,
/// and the country rates it, which completes the request.
/// </summary>
public abstract class RosterLifecycleApi(AppFixture app)
{
    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private static object ForensicLabRequest(string title, int startInDays = 40) => new
    {
        title,
        description = "Help the national police set up a digital forensics laboratory and train its first examiners.",
        topicArea = "forensics",
        requiredSkills = new[] { new { skill = "forensic-lab", minimumLevel = "Advanced" }, new { skill = "computer-forensics", minimumLevel = "Practitioner" } },
        requiredLanguages = new[] { new { language = "en", minimumLevel = "B2" } },
        earliestStart = Today.AddDays(startInDays),
        latestEnd = Today.AddDays(startInDays + 60),
        durationDays = 14,
        modality = "OnSite",
        teamSize = 1,
        urgency = "Priority",
        utcOffsetHours = 3,
    };

    [Fact]
    public async Task A_request_goes_from_filing_to_a_rated_deployment()
    {
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var expert = await app.ApiAsAsync(Role.Expert);

        var filed = await OkJsonAsync(await focalPoint.PostJsonAsync("/api/v1/roster/requests", ForensicLabRequest($"Forensic lab {Guid.NewGuid():N}")));
        var id = filed.GetProperty("id").GetString();
        Assert.Equal("Submitted", filed.GetProperty("status").GetString());
        Assert.Equal("UG", filed.GetProperty("country").GetString());

        await OkJsonAsync(await coordinator.PostAsync($"/api/v1/roster/requests/{id}/triage", null));
        var me = await OkJsonAsync(await expert.GetAsync("/api/v1/roster/experts/me"));
        var expertId = me.GetProperty("id").GetString();
        await OkJsonAsync(await coordinator.PutAsJsonAsync($"/api/v1/roster/requests/{id}/pins", new { pinned = new[] { expertId } }));

        var run = await OkJsonAsync(await coordinator.PostJsonAsync("/api/v1/roster/matching/runs", new { requestIds = new[] { id } }));
        var proposal = run.GetProperty("proposals")[0].GetProperty("proposal");
        Assert.True(proposal.GetProperty("staffed").GetBoolean());
        var member = proposal.GetProperty("team")[0];
        Assert.Equal(expertId, member.GetProperty("expertId").GetString());
        Assert.InRange(member.GetProperty("score").GetProperty("total").GetDouble(), 0.0, 1.0);

        var approved = await OkJsonAsync(await coordinator.PostAsync($"/api/v1/roster/requests/{id}/approve", null));
        Assert.Equal("Offered", approved.GetProperty("status").GetString());
        var offers = await OkJsonAsync(await expert.GetAsync($"/api/v1/roster/deployments?requestId={id}"));
        var deployment = offers[0].GetProperty("id").GetString();
        Assert.Equal("Offered", offers[0].GetProperty("status").GetString());

        await OkJsonAsync(await expert.PostJsonAsync($"/api/v1/roster/deployments/{deployment}/answer", new { accept = true }));
        Assert.Equal("Staffed", (await OkJsonAsync(await focalPoint.GetAsync($"/api/v1/roster/requests/{id}"))).GetProperty("status").GetString());
        await OkJsonAsync(await coordinator.PostAsync($"/api/v1/roster/requests/{id}/start", null));
        await OkJsonAsync(await expert.PostJsonAsync($"/api/v1/roster/deployments/{deployment}/report",
            new { report = "Laboratory commissioned; four examiners trained; standard operating procedures adopted." }));
        var rated = await OkJsonAsync(await focalPoint.PostJsonAsync($"/api/v1/roster/deployments/{deployment}/evaluation",
            new { rating = 5, feedback = "Exactly the help we needed." }));
        Assert.Equal("Closed", rated.GetProperty("status").GetString());
        Assert.Equal("Completed", (await OkJsonAsync(await focalPoint.GetAsync($"/api/v1/roster/requests/{id}"))).GetProperty("status").GetString());
        Assert.Equal(5.0, (await OkJsonAsync(await expert.GetAsync("/api/v1/roster/experts/me"))).GetProperty("averageRating").GetDouble());
    }

    [Fact]
    public async Task A_decline_needs_a_reason_and_sends_the_request_back_to_matching_without_that_expert()
    {
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var expert = await app.ApiAsAsync(Role.Expert);
        var id = (await OkJsonAsync(await focalPoint.PostJsonAsync("/api/v1/roster/requests", ForensicLabRequest($"Lab {Guid.NewGuid():N}", startInDays: 200))))
            .GetProperty("id").GetString();
        await OkJsonAsync(await coordinator.PostAsync($"/api/v1/roster/requests/{id}/triage", null));
        var expertId = (await OkJsonAsync(await expert.GetAsync("/api/v1/roster/experts/me"))).GetProperty("id").GetString();
        await OkJsonAsync(await coordinator.PutAsJsonAsync($"/api/v1/roster/requests/{id}/pins", new { pinned = new[] { expertId } }));
        await OkJsonAsync(await coordinator.PostJsonAsync("/api/v1/roster/matching/runs", new { requestIds = new[] { id } }));
        await OkJsonAsync(await coordinator.PostAsync($"/api/v1/roster/requests/{id}/approve", null));
        var deployment = (await OkJsonAsync(await expert.GetAsync($"/api/v1/roster/deployments?requestId={id}")))[0].GetProperty("id").GetString();

        var noReason = await expert.PostJsonAsync($"/api/v1/roster/deployments/{deployment}/answer", new { accept = false });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        await OkJsonAsync(await expert.PostJsonAsync($"/api/v1/roster/deployments/{deployment}/answer", new { accept = false, reason = "Already in court that month." }));

        var request = await OkJsonAsync(await coordinator.GetAsync($"/api/v1/roster/requests/{id}"));
        Assert.Equal("Matching", request.GetProperty("status").GetString());
        Assert.Contains(request.GetProperty("excludedExperts").EnumerateArray(), e => e.GetString() == expertId);
        var rerun = await OkJsonAsync(await coordinator.PostJsonAsync("/api/v1/roster/matching/runs", new { requestIds = new[] { id } }));
        Assert.DoesNotContain(rerun.GetProperty("proposals")[0].GetProperty("proposal").GetProperty("team").EnumerateArray(),
            m => m.GetProperty("expertId").GetString() == expertId);
    }

    [Fact]
    public async Task Another_centre_cannot_see_or_touch_a_request_and_a_focal_point_cannot_run_matching()
    {
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        var id = (await OkJsonAsync(await focalPoint.PostJsonAsync("/api/v1/roster/requests", ForensicLabRequest($"Private {Guid.NewGuid():N}"))))
            .GetProperty("id").GetString();
        var analyst = await app.ApiAsAsync(Role.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync($"/api/v1/roster/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.PostJsonAsync("/api/v1/roster/matching/runs", new { })).StatusCode);
        var expert = await app.ApiAsAsync(Role.Expert);
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"/api/v1/roster/requests/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_request_with_an_impossible_window_or_unknown_skill_is_refused_field_by_field()
    {
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        var response = await focalPoint.PostJsonAsync("/api/v1/roster/requests", new
        {
            title = "Too short a window",
            description = "x",
            topicArea = "forensics",
            requiredSkills = new[] { new { skill = "basket-weaving", minimumLevel = "Advanced" } },
            earliestStart = Today.AddDays(10),
            latestEnd = Today.AddDays(12),
            durationDays = 14,
            modality = "OnSite",
            teamSize = 9,
            utcOffsetHours = 3,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "latestEnd", "requiredSkills", "teamSize" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}");
        }
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class RosterLifecycleApiOnSqlite(SqliteAppFixture app) : RosterLifecycleApi(app);

[Collection(nameof(PostgresCollection))]
public sealed class RosterLifecycleApiOnPostgres(PostgresAppFixture app) : RosterLifecycleApi(app);
