using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Capacity;

/// <summary>
/// An assessment cycle for the evidence tests: a new focal point of one country, a respondent answering through a one-time
/// link and one answering with an account; with the calls those tests make on it.
/// </summary>
public sealed record EvidenceCycle(string Id, HttpClient FocalPoint, string FocalPointEmail, string Token, HttpClient Account, string AccountRespondentId)
{
    public const string Password = "granite terraces above the quiet lake";
    public const string Strategy1 = "policy.strategy.1";
    public const string Strategy2 = "policy.strategy.2";

    /// <summary>The smallest file that is a PDF by its bytes.</summary>
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public string TokenFiles => $"/api/v1/capacity/respond/{Token}/files";

    public string AccountFiles => $"/api/v1/capacity/invitations/{AccountRespondentId}/files";

    public string AccountAnswers => $"/api/v1/capacity/invitations/{AccountRespondentId}/answers";

    public string CycleFiles => $"/api/v1/capacity/cycles/{Id}/files";

    /// <summary>Opens a cycle for the country of <paramref name="organisation"/> (submitting any left open) and invites two respondents.</summary>
    public static async Task<EvidenceCycle> OpenAsync(AppFixture app, string organisation)
    {
        ArgumentNullException.ThrowIfNull(app);
        var (focalPoint, focalPointEmail) = await PersonInAsync(app, organisation, Role.CountryFocalPoint);
        foreach (var open in (await OkJsonAsync(await focalPoint.GetAsync("/api/v1/capacity/cycles"))).EnumerateArray()
            .Where(c => c.GetProperty("status").GetString() == "Open"))
        {
            await SubmitAsync(focalPoint, open.GetProperty("id").GetString()!);
        }
        var id = (await OkJsonAsync(await focalPoint.PostJsonAsync("/api/v1/capacity/cycles", new { title = $"Evidence {Guid.NewGuid():N}" })))
            .GetProperty("id").GetString()!;
        var guest = await OkJsonAsync(await focalPoint.PostJsonAsync($"/api/v1/capacity/cycles/{id}/respondents",
            new { email = $"evidence-{Guid.NewGuid():N}@ministry.example", group = "Government" }));
        var token = guest.GetProperty("answerLink").GetString()!["/capacity/respond/".Length..];
        var (account, accountEmail) = await PersonInAsync(app, "UA-LAB", Role.Expert);
        await OkJsonAsync(await focalPoint.PostJsonAsync($"/api/v1/capacity/cycles/{id}/respondents", new { email = accountEmail, group = "Academia" }));
        var respondentId = (await OkJsonAsync(await account.GetAsync("/api/v1/capacity/invitations"))).EnumerateArray()
            .Single(i => i.GetProperty("cycleId").GetString() == id).GetProperty("respondentId").GetString()!;
        return new EvidenceCycle(id, focalPoint, focalPointEmail, token, account, respondentId);
    }

    /// <summary>Settles every disagreement (and one indicator, so that something is answered) and submits.</summary>
    public static async Task SubmitAsync(HttpClient focalPoint, string id)
    {
        ArgumentNullException.ThrowIfNull(focalPoint);
        var results = await OkJsonAsync(await focalPoint.GetAsync($"/api/v1/capacity/cycles/{id}"));
        var settle = results.GetProperty("disagreements").EnumerateArray().Select(d => d.GetProperty("indicator").GetString()!).Append(Strategy1).Distinct()
            .Select(indicator => new { indicator, value = "NotMet" }).ToArray();
        await OkJsonAsync(await focalPoint.PutAsJsonAsync($"/api/v1/capacity/cycles/{id}/consolidated", new { answers = settle }, Http.Json));
        await OkJsonAsync(await focalPoint.PostAsync($"/api/v1/capacity/cycles/{id}/submit", null));
    }

    /// <summary>Answers "met" to each of <paramref name="indicators"/> through an answers URL (link or invitation).</summary>
    public static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string url, params string[] indicators)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PutAsJsonAsync(url, new { answers = indicators.Select(indicator => new { indicator, value = "Met" }).ToArray() }, Http.Json);
    }

    /// <summary>An upload as the API takes it; the Content-Type is what the client claims, which the server does not believe.</summary>
    public static MultipartFormDataContent Upload(string indicator, byte[] bytes, string fileName, string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new MultipartFormDataContent { { new StringContent(indicator), "indicator" }, { file, "file", fileName } };
    }

    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The field messages of a 400 answer, whatever their field.</summary>
    public static async Task<string[]> ErrorsAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        return problem.GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString()!)).ToArray();
    }

    private static async Task<(HttpClient Api, string Email)> PersonInAsync(AppFixture app, string organisation, Role role)
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var email = $"evidence-{role.Name()}-{Guid.NewGuid():N}@comity.example";
        await OkJsonAsync(await admin.PostJsonAsync("/api/v1/identity/people", new
        {
            email,
            displayName = "Evidence test person",
            password = Password,
            organisationId = await app.OrganisationIdAsync(organisation),
            role = role.Name(),
        }));
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.KeyForUserAsync(email));
        return (client, email);
    }
}
