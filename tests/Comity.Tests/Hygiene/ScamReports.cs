using System.Net;
using System.Text.Json;
using Comity.Hygiene.Data;
using Comity.Hygiene.Reports;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Hygiene;

/// <summary>Public scam reports: the form without JavaScript, spam guards, the CERT's queue, and the STIX export.</summary>
public abstract class ScamReports(AppFixture app)
{
    internal static MultipartFormDataContent Form(string country, string? link = null, string? email = null, string? phone = null, string? message = null,
        byte[]? screenshot = null, string? honeypot = null, string? challenge = null, string? nonce = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(country), "Form.Country" },
            { new StringContent(link ?? ""), "Form.Link" },
            { new StringContent(email ?? ""), "Form.Email" },
            { new StringContent(phone ?? ""), "Form.Phone" },
            { new StringContent(message ?? ""), "Form.Message" },
            { new StringContent(honeypot ?? ""), "Form.Website" },
            { new StringContent(challenge ?? ""), "challenge" },
            { new StringContent(nonce ?? ""), "nonce" },
        };
        if (screenshot is not null)
        {
            form.Add(new ByteArrayContent(screenshot), "Form.Screenshot", "shot.png");
        }
        return form;
    }

    private Task<int> ReportCountAsync() => app.WithScopeAsync(s => s.GetRequiredService<HygieneDb>().Reports.CountAsync());

    [Fact]
    public async Task A_phishing_link_reported_twice_without_javascript_reaches_the_national_cert_and_exports_as_stix_with_a_count()
    {
        var visitor = app.Anonymous(followRedirects: false);
        var link = $"secure-login-{Guid.NewGuid():N}.example/verify?acct=1";
        var first = await visitor.PostAsync("/en/report", Form("KE", link: link, message: "Your M-Pesa is blocked, my name is Jane Doe, call me on +254700000001"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/en/report/thanks", first.Headers.Location!.OriginalString);
        Assert.False(first.Headers.Contains("Set-Cookie"));
        var second = await visitor.PostAsync("/ar/report", Form("ke", link: $"HTTP://{link}", phone: "+254 700 000 002"));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var analyst = await app.ApiAsAsync(Role.Analyst); // KE-CERT
        var queue = (await (await analyst.GetAsync("/api/v1/hygiene/reports")).JsonAsync()).EnumerateArray()
            .Where(r => r.GetProperty("link").GetString()?.Contains(link.Split('/')[0], StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, queue.Count);
        Assert.All(queue, r => Assert.False(r.GetProperty("solvedProofOfWork").GetBoolean()));
        foreach (var report in queue)
        {
            var accepted = await analyst.PostJsonAsync($"/api/v1/hygiene/reports/{report.GetProperty("id").GetString()}/accept", new { tlp = "green" });
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
        var again = await analyst.PostJsonAsync($"/api/v1/hygiene/reports/{queue[0].GetProperty("id").GetString()}/accept", new { tlp = "clear" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // The centre does not see the CERT's queue.
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var centreQueue = await (await coordinator.GetAsync("/api/v1/hygiene/reports?pending=false")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(link.Split('/')[0], centreQueue, StringComparison.Ordinal);

        var stix = await analyst.GetAsync("/api/v1/hygiene/reports/stix");
        Assert.Equal("application/stix+json", stix.Content.Headers.ContentType!.MediaType);
        var text = await stix.Content.ReadAsStringAsync();
        var objects = JsonDocument.Parse(text).RootElement.GetProperty("objects").EnumerateArray().ToList();
        var host = link.Split('/')[0];
        var url = objects.Single(o => o.GetProperty("type").GetString() == "url" && o.GetProperty("value").GetString()!.Contains(host, StringComparison.Ordinal));
        var domain = objects.Single(o => o.GetProperty("type").GetString() == "domain-name" && o.GetProperty("value").GetString() == host);
        Assert.StartsWith("url--", url.GetProperty("id").GetString(), StringComparison.Ordinal);
        var observed = objects.Single(o => o.GetProperty("type").GetString() == "observed-data"
            && o.GetProperty("object_refs")[0].GetString() == url.GetProperty("id").GetString());
        Assert.Equal(2, observed.GetProperty("number_observed").GetInt32());
        Assert.Equal("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", observed.GetProperty("object_marking_refs")[0].GetString());
        var indicator = objects.Single(o => o.GetProperty("type").GetString() == "indicator"
            && o.GetProperty("pattern").GetString() == $"[domain-name:value = '{host}']");
        Assert.Equal("stix", indicator.GetProperty("pattern_type").GetString());
        Assert.NotNull(domain.GetProperty("id").GetString());
        // Nothing the reporter wrote about themselves, and no phone numbers (STIX 2.1 has no observable for them).
        Assert.DoesNotContain("Jane Doe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("254700000002", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accepted_report_becomes_an_indicator_in_the_exchange_and_a_repeat_a_sighting_with_its_count_without_the_reporter()
    {
        var visitor = app.Anonymous(followRedirects: false);
        var host = $"mpesa-refund-{Guid.NewGuid():N}.example";
        var link = $"{host}/claim";
        var marker = $"Reporter note {Guid.NewGuid():N}: I am Jane, my e-mail is jane.reporter@mail.example";
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.PostAsync("/en/report", Form("KE", link: link, phone: "+254 711 000 333", message: marker))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.PostAsync("/fr/report", Form("KE", link: link, message: marker))).StatusCode);
        var analyst = await app.ApiAsAsync(Role.Analyst); // KE-CERT, in the East and Southern Africa centre's community
        var ids = (await (await analyst.GetAsync("/api/v1/hygiene/reports")).JsonAsync()).EnumerateArray()
            .Where(r => r.GetProperty("link").GetString()?.Contains(host, StringComparison.Ordinal) == true)
            .Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(2, ids.Count);

        Assert.Equal(HttpStatusCode.OK, (await analyst.PostJsonAsync($"/api/v1/hygiene/reports/{ids[0]}/accept", new { tlp = "green" })).StatusCode);
        // Another organisation of the community reads it over TAXII; one outside the community does not see TLP:GREEN.
        var (neighbour, _) = await Exchange.ExchangeClients.PersonInAsync(app, "UG-CERT");
        var (outsider, _) = await Exchange.ExchangeClients.PersonInAsync(app, "GH-CERT");
        const string objectsUrl = "/taxii2/esa-rcc/collections/public-scam-reports/objects/";
        var indicators = Indicators(await Exchange.ExchangeClients.OkJsonAsync(await neighbour.GetAsync($"{objectsUrl}?match[type]=indicator")), host);
        Assert.Equal(2, indicators.Count); // the URL and its domain
        var urlIndicator = indicators.Single(i => i.GetProperty("pattern").GetString() == $"[url:value = 'http://{link}']");
        Assert.Equal("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", urlIndicator.GetProperty("object_marking_refs")[0].GetString());
        var outside = await outsider.GetAsync($"{objectsUrl}?match[type]=indicator");
        Assert.DoesNotContain(host, await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await analyst.PostJsonAsync($"/api/v1/hygiene/reports/{ids[1]}/accept", new { tlp = "clear" })).StatusCode);
        var all = await Exchange.ExchangeClients.OkJsonAsync(await neighbour.GetAsync(objectsUrl));
        Assert.Equal(2, Indicators(all, host).Count);
        var sighting = all.GetProperty("objects").EnumerateArray()
            .Single(o => o.GetProperty("type").GetString() == "sighting" && o.GetProperty("sighting_of_ref").GetString() == urlIndicator.GetProperty("id").GetString());
        Assert.Equal(2, sighting.GetProperty("count").GetInt32());
        var identity = sighting.GetProperty("where_sighted_refs")[0].GetString();
        Assert.Contains(all.GetProperty("objects").EnumerateArray(), o => o.GetProperty("id").GetString() == identity
            && o.GetProperty("name").GetString() == "Kenya National CERT (demo)");

        // Nothing the reporter wrote, no phone number and no address of theirs anywhere in the exchange.
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<Comity.Exchange.Data.ExchangeDb>().Objects.Select(o => o.Json).ToListAsync());
        Assert.Contains(stored, json => json.Contains(host, StringComparison.Ordinal));
        Assert.DoesNotContain(stored, json => json.Contains("Jane", StringComparison.Ordinal) || json.Contains("jane.reporter", StringComparison.Ordinal)
            || json.Contains("711000333", StringComparison.Ordinal) || json.Contains("127.0.0.1", StringComparison.Ordinal));

        // The bundle export still works and carries the same indicator.
        var bundle = await (await analyst.GetAsync("/api/v1/hygiene/reports/stix")).Content.ReadAsStringAsync();
        Assert.Contains(urlIndicator.GetProperty("id").GetString()!, bundle, StringComparison.Ordinal);
    }

    private static List<JsonElement> Indicators(JsonElement envelope, string host) =>
        envelope.TryGetProperty("objects", out var objects)
            ? objects.EnumerateArray().Where(o => o.GetProperty("type").GetString() == "indicator"
                && o.GetProperty("pattern").GetString()!.Contains(host, StringComparison.Ordinal)).ToList()
            : [];

    [Fact]
    public async Task Bad_fields_and_a_screenshot_that_is_not_a_picture_are_refused_and_nothing_is_stored()
    {
        var visitor = app.Anonymous(followRedirects: false);
        var before = await ReportCountAsync();
        var notAPicture = "<script>alert(1)</script>"u8.ToArray();
        var response = await visitor.PostAsync("/fr/report", Form("KE", email: "not an address", phone: "call me", screenshot: notAPicture));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("This does not look like an e-mail address.", html, StringComparison.Ordinal);
        Assert.Contains("Send a PNG, JPEG, GIF or WebP picture.", html, StringComparison.Ordinal);
        var empty = await visitor.PostAsync("/en/report", Form("XX"));
        Assert.Contains("Choose the country where you saw this.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await ReportCountAsync());
    }

    [Fact]
    public async Task A_real_png_screenshot_is_kept_with_the_report_and_the_honeypot_silently_drops_bot_reports()
    {
        var visitor = app.Anonymous(followRedirects: false);
        var before = await ReportCountAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.PostAsync("/es/report", Form("UG", message: "Premio falso", screenshot: png))).StatusCode);
        Assert.Equal(before + 1, await ReportCountAsync());
        var bot = await visitor.PostAsync("/en/report", Form("UG", link: "spam.example", honeypot: "http://buy.example"));
        Assert.Equal(HttpStatusCode.Redirect, bot.StatusCode);
        Assert.Equal(before + 1, await ReportCountAsync());
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<HygieneDb>().Screenshots.OrderBy(x => x.ReportId).ToListAsync());
        Assert.Contains(stored, s => s.ContentType == "image/png" && s.Bytes.SequenceEqual(png));
    }

    [Fact]
    public async Task A_solved_proof_of_work_is_accepted_once_and_a_forged_one_is_not()
    {
        var guard = app.App.Services.GetRequiredService<SpamGuard>();
        var challenge = guard.Challenge();
        var nonce = Enumerable.Range(0, 10_000_000).First(n => SpamGuard.Solves(challenge, n.ToString(System.Globalization.CultureInfo.InvariantCulture), guard.Bits));
        var text = nonce.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(guard.Verify(challenge + "x", text));
        Assert.True(guard.Verify(challenge, text));
        Assert.False(guard.Verify(challenge, text));
        await Task.CompletedTask;
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class ScamReportsOnSqlite(SqliteAppFixture app) : ScamReports(app);

[Collection(nameof(PostgresCollection))]
public sealed class ScamReportsOnPostgres(PostgresAppFixture app) : ScamReports(app);
