using System.Net;
using System.Net.Http.Json;
using Comity.Tests.Infrastructure;
using static Comity.Tests.Capacity.EvidenceCycle;

namespace Comity.Tests.Capacity;

/// <summary>
/// The assessment's refusals come in the caller's language: through the API (Accept-Language) and on the pages (the
/// language picker), while a caller who asks for no language reads English.
/// </summary>
[Collection(nameof(SqliteCollection))]
public sealed class AssessmentMessages(SqliteAppFixture app)
{
    private static HttpRequestMessage InFrench(HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: Http.Json) };
        request.Headers.AcceptLanguage.ParseAdd("fr");
        return request;
    }

    private static async Task<string[]> MessagesAsync(HttpResponseMessage response)
    {
        var problem = await response.JsonAsync();
        return problem.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString()!)).ToArray()
            : [problem.GetProperty("title").GetString()!];
    }

    [Fact]
    public async Task A_french_speaking_caller_is_told_in_french_why_the_api_refused()
    {
        var cycle = await OpenAsync(app, "CO-CCP");
        var focalPoint = cycle.FocalPoint;
        var cycles = "/api/v1/capacity/cycles";

        var again = await focalPoint.SendAsync(InFrench(HttpMethod.Post, cycles, new { title = new string('x', 201) }));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["Utilisez au plus 200 caractères."], await MessagesAsync(again));
        var second = await focalPoint.SendAsync(InFrench(HttpMethod.Post, cycles, new { title = "Second" }));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(["Votre pays a déjà une évaluation ouverte ; soumettez-la avant d'en ouvrir une autre."], await MessagesAsync(second));

        var invite = await focalPoint.SendAsync(InFrench(HttpMethod.Post, $"{cycles}/{cycle.Id}/respondents", new { email = "not an address" }));
        Assert.Equal(["Saisissez une adresse e-mail, par exemple name@example.org.", "Choisissez le groupe de parties prenantes du répondant."],
            await MessagesAsync(invite));
        var empty = await focalPoint.SendAsync(InFrench(HttpMethod.Post, $"{cycles}/{cycle.Id}/respondents", new { email = "", group = "Academia" }));
        Assert.Equal(["Ce champ est obligatoire."], await MessagesAsync(empty));

        var answer = await app.Anonymous().SendAsync(InFrench(HttpMethod.Put, $"/api/v1/capacity/respond/{cycle.Token}",
            new { answers = new[] { new { indicator = "policy.nothing.9", value = "Met", evidence = Array.Empty<string>() } } }));
        Assert.Equal(["« policy.nothing.9 » n'est pas un indicateur de ce modèle."], await MessagesAsync(answer));
        var link = await app.Anonymous().SendAsync(InFrench(HttpMethod.Put, $"/api/v1/capacity/respond/{cycle.Token}",
            new { answers = new[] { new { indicator = Strategy1, value = "Met", evidence = new[] { "ftp://files.example/decree.pdf" } } } }));
        Assert.Equal(["Les liens vers les justificatifs sont des adresses http ou https d'au plus 500 caractères."], await MessagesAsync(link));

        // Two respondents disagree; submitting is refused until the focal point settles it.
        await OkJsonAsync(await app.Anonymous().PutAsJsonAsync($"/api/v1/capacity/respond/{cycle.Token}",
            new { answers = new[] { new { indicator = Strategy1, value = "Met" } } }, Http.Json));
        await OkJsonAsync(await cycle.Account.PutAsJsonAsync(cycle.AccountAnswers,
            new { answers = new[] { new { indicator = Strategy1, value = "NotMet" } } }, Http.Json));
        var submit = await focalPoint.SendAsync(InFrench(HttpMethod.Post, $"{cycles}/{cycle.Id}/submit"));
        Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
        Assert.Equal([$"Les répondants sont en désaccord sur 1 indicateur(s) ({Strategy1}…) ; tranchez-les avant de soumettre."], await MessagesAsync(submit));

        // Without a language, the API answers in English.
        var english = await focalPoint.PostJsonAsync($"{cycles}/{cycle.Id}/submit", new { });
        Assert.Equal([$"Respondents disagree on 1 indicator(s) ({Strategy1}…); settle them before submitting."], await MessagesAsync(english));
    }

    [Fact]
    public async Task A_focal_point_reading_in_french_sees_why_an_invitation_was_refused_in_french()
    {
        var cycle = await OpenAsync(app, "GH-CERT");
        var browser = app.Anonymous();
        await AppFixture.PostFormAsync(browser, "/account/sign-in", new() { ["Email"] = cycle.FocalPointEmail, ["Password"] = Password });
        await browser.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "/capacity" }));

        var page = $"/capacity/cycles/{cycle.Id}";
        var refused = await AppFixture.PostFormAsync(browser, $"{page}?handler=Invite", new() { ["Email"] = "nobody at all", ["Group"] = "Academia" }, page);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Saisissez une adresse e-mail, par exemple name@example.org.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter an e-mail address", html, StringComparison.Ordinal);
    }
}
