using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Exchange;

/// <summary>TAXII clients for people in named demo organisations, and the requests TAXII clients send.</summary>
internal static class ExchangeClients
{
    public const string TaxiiType = "application/taxii+json;version=2.1";

    private const string Passphrase = "a long enough test passphrase for exchange";

    /// <summary>A new person with <paramref name="role"/> in the organisation <paramref name="shortName"/>, and a TAXII client with their API key.</summary>
    public static async Task<(HttpClient Client, Guid UserId)> PersonInAsync(AppFixture app, string shortName, Role role = Role.Analyst)
    {
        var (email, userId) = await NewPersonAsync(app, shortName, role);
        return (Taxii(app, await app.KeyForUserAsync(email)), userId);
    }

    /// <summary>A new person in <paramref name="shortName"/> with both a TAXII client and a browser session signed in through the form.</summary>
    public static async Task<(HttpClient Taxii, HttpClient Web, Guid UserId)> ReaderInAsync(AppFixture app, string shortName)
    {
        var (email, userId) = await NewPersonAsync(app, shortName, Role.Analyst);
        var web = app.Anonymous();
        var signedIn = await AppFixture.PostFormAsync(web, "/account/sign-in", new() { ["Email"] = email, ["Password"] = Passphrase });
        Assert.EndsWith("/dashboard", signedIn.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        return (Taxii(app, await app.KeyForUserAsync(email)), web, userId);
    }

    private static async Task<(string Email, Guid UserId)> NewPersonAsync(AppFixture app, string shortName, Role role)
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var email = $"{role.Name()}-{shortName.ToLowerInvariant()}-{Guid.NewGuid():N}@comity.example";
        var created = await admin.PostJsonAsync("/api/v1/identity/people", new
        {
            email,
            displayName = $"Test {shortName}",
            password = Passphrase,
            organisationId = await app.OrganisationIdAsync(shortName),
            role = role.Name(),
        });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, body);
        return (email, JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid());
    }

    public static HttpClient Taxii(AppFixture app, string key)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        client.DefaultRequestHeaders.Accept.ParseAdd(TaxiiType);
        return client;
    }

    public static Task<HttpResponseMessage> PostEnvelopeAsync(this HttpClient client, string url, string envelopeJson)
    {
        var content = new StringContent(envelopeJson, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiType);
        return client.PostAsync(url, content);
    }

    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Creates a collection in <paramref name="apiRoot"/> as that root's manager (the administrator).</summary>
    public static async Task<string> CollectionAsync(AppFixture app, string apiRoot, string defaultTlp, string readAudience, bool communityCanWrite = true,
        params object[] grants)
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var created = await OkJsonAsync(await admin.PostJsonAsync("/api/v1/exchange/collections", new
        {
            apiRoot,
            title = $"Test collection {Guid.NewGuid():N}",
            defaultTlp,
            readAudience,
            communityCanWrite,
            grants,
        }));
        return created.GetProperty("id").GetString()!;
    }

    public static string Indicator(string id, string modified = "2026-03-01T10:00:00.000Z", string? marking = null, string? recipients = null,
        string pattern = "[domain-name:value = 'bad.example']")
    {
        var markings = marking is null ? "" : $",\"object_marking_refs\":[\"{marking}\"]";
        var named = recipients is null ? "" : $",\"x_comity_recipients\":[{recipients}]";
        return $$"""{"type":"indicator","spec_version":"2.1","id":"{{id}}","created":"2026-03-01T10:00:00.000Z","modified":"{{modified}}","name":"Test indicator","pattern":"{{pattern}}","pattern_type":"stix","valid_from":"2026-03-01T00:00:00Z"{{markings}}{{named}}}""";
    }

    public static string Envelope(params string[] objects) => $$"""{"objects":[{{string.Join(",", objects)}}]}""";

    public static string NewId(string type = "indicator") => $"{type}--{Guid.NewGuid()}";
}
