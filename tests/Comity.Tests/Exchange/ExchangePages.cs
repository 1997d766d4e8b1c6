using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Comity.Tests.Exchange.ExchangeClients;

namespace Comity.Tests.Exchange;

/// <summary>
/// The Exchange pages apply the same TLP rule as TAXII: a TLP:RED object and the relationships and sightings
/// marked RED are shown to their recipient and to nobody else, in the list, on the object page and among the
/// relationships. The forms go through the same ingest as TAXII, refusing bad patterns with their position.
/// </summary>
public abstract class ExchangePages(AppFixture app)
{
    private const string Passphrase = "a long enough test passphrase for exchange pages";

    /// <summary>A new person of <paramref name="shortName"/>, signed in through the real form.</summary>
    private async Task<HttpClient> SignedInPersonAsync(string shortName, Role role = Role.Analyst)
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var email = $"pages-{shortName.ToLowerInvariant()}-{Guid.NewGuid():N}@comity.example";
        var created = await admin.PostJsonAsync("/api/v1/identity/people", new
        {
            email,
            displayName = $"Page reader {shortName}",
            password = Passphrase,
            organisationId = await app.OrganisationIdAsync(shortName),
            role = role.Name(),
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var client = app.Anonymous();
        var response = await AppFixture.PostFormAsync(client, "/account/sign-in", new() { ["Email"] = email, ["Password"] = Passphrase });
        Assert.EndsWith("/dashboard", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        return client;
    }

    private static string Relationship(string id, string source, string target, string marking, string recipients) =>
        $$"""{"type":"relationship","spec_version":"2.1","id":"{{id}}","created":"2026-03-01T10:00:00.000Z","modified":"2026-03-01T10:00:00.000Z","relationship_type":"related-to","source_ref":"{{source}}","target_ref":"{{target}}","object_marking_refs":["{{marking}}"]{{recipients}}}""";

    private static string Sighting(string id, string of, string marking, string recipients) =>
        $$"""{"type":"sighting","spec_version":"2.1","id":"{{id}}","created":"2026-03-01T10:00:00.000Z","modified":"2026-03-01T10:00:00.000Z","sighting_of_ref":"{{of}}","count":3,"object_marking_refs":["{{marking}}"]{{recipients}}}""";

    private static string Named(string name, string json) => json.Replace("\"name\":\"Test indicator\"", $"\"name\":\"{name}\"", StringComparison.Ordinal);

    private Task<int> CountAsync(string collection) => app.WithScopeAsync(services =>
        services.GetRequiredService<ExchangeDb>().Objects.CountAsync(o => o.CollectionId == Guid.Parse(collection)));

    [Fact]
    public async Task A_red_object_and_red_links_reach_only_their_recipient_in_the_list_the_object_page_and_the_relationships()
    {
        var ghana = await app.OrganisationIdAsync("GH-CERT");
        var collection = await CollectionAsync(app, "esa-rcc", "TLP:AMBER", "Network");
        var (producer, _) = await PersonInAsync(app, "UG-CERT");
        var tag = Guid.NewGuid().ToString("N");
        var (clear, red, clearLink, redLink, redSighting) = (NewId(), NewId(), NewId("relationship"), NewId("relationship"), NewId("sighting"));
        var toGhana = $",\"x_comity_recipients\":[\"identity--{ghana}\"]";
        var status = await OkJsonAsync(await producer.PostEnvelopeAsync($"/taxii2/esa-rcc/collections/{collection}/objects/", Envelope(
            Named($"Clear {tag}", Indicator(clear, marking: TlpMarkings.Clear)),
            Named($"Secret {tag}", Indicator(red, marking: TlpMarkings.Red, recipients: $"\"identity--{ghana}\"")),
            Relationship(clearLink, clear, "malware--31b940d4-6f7f-459a-80ea-9c1f17b58abc", TlpMarkings.Clear, ""),
            Relationship(redLink, red, clear, TlpMarkings.Red, toGhana),
            Sighting(redSighting, clear, TlpMarkings.Red, toGhana))));
        Assert.Equal(5, status.GetProperty("success_count").GetInt32());

        var outsider = await app.SignInAsync(Role.Analyst);
        var recipient = await SignedInPersonAsync("GH-CERT");

        // The list, with and without a search that names the RED object.
        foreach (var query in new[] { $"?collection={collection}", $"?q={tag}", $"?collection={collection}&tlp=Red" })
        {
            var outsiderList = await outsider.GetStringAsync($"/exchange/objects{query}");
            Assert.DoesNotContain(red, outsiderList, StringComparison.Ordinal);
            Assert.DoesNotContain($"Secret {tag}", outsiderList, StringComparison.Ordinal);
            Assert.Contains(red, await recipient.GetStringAsync($"/exchange/objects{query}"), StringComparison.Ordinal);
        }
        Assert.Contains(clear, await outsider.GetStringAsync($"/exchange/objects?collection={collection}"), StringComparison.Ordinal);

        // The object page.
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/exchange/objects/{collection}/{red}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/exchange/objects/{collection}/{redLink}")).StatusCode);
        Assert.Contains($"Secret {tag}", await recipient.GetStringAsync($"/exchange/objects/{collection}/{red}"), StringComparison.Ordinal);

        // The relationships and sightings of the CLEAR object both may see.
        var outsiderPage = await outsider.GetStringAsync($"/exchange/objects/{collection}/{clear}");
        Assert.Contains(clearLink, outsiderPage, StringComparison.Ordinal);
        Assert.DoesNotContain(redLink, outsiderPage, StringComparison.Ordinal);
        Assert.DoesNotContain(redSighting, outsiderPage, StringComparison.Ordinal);
        Assert.DoesNotContain(red, outsiderPage, StringComparison.Ordinal);
        var recipientPage = await recipient.GetStringAsync($"/exchange/objects/{collection}/{clear}");
        Assert.Contains(redLink, recipientPage, StringComparison.Ordinal);
        Assert.Contains(redSighting, recipientPage, StringComparison.Ordinal);

        // The collection overview counts only what each reader may see.
        Assert.Contains("TLP:CLEAR", await outsider.GetStringAsync("/exchange"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_pattern_comes_back_with_its_column_and_nothing_is_stored_then_a_good_one_is_stored_and_found()
    {
        var collection = await CollectionAsync(app, "network", "TLP:GREEN", "Network");
        var analyst = await app.SignInAsync(Role.Analyst);
        var name = $"Form indicator {Guid.NewGuid():N}";
        var form = new Dictionary<string, string>
        {
            ["Form.Collection"] = collection,
            ["Form.Name"] = name,
            ["Form.Pattern"] = "[ipv4-addr:value = '198.51.100.7'",
            ["Form.ValidFrom"] = "2026-03-01T00:00",
            ["Form.IndicatorTypes"] = "malicious-activity",
            ["Form.Labels"] = "phishing, banking",
            ["Form.Tlp"] = "Green",
        };
        var refused = await AppFixture.PostFormAsync(analyst, "/exchange/indicators/new", new(form));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("/exchange/indicators/new", refused.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Matches("Line 1, column [0-9]+:", html);
        Assert.Equal(0, await CountAsync(collection));

        form["Form.Pattern"] = "[ipv4-addr:value = '198.51.100.7']";
        var stored = await AppFixture.PostFormAsync(analyst, "/exchange/indicators/new", form);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var storedPage = await stored.Content.ReadAsStringAsync();
        Assert.True(stored.RequestMessage!.RequestUri!.AbsolutePath.StartsWith($"/exchange/objects/{collection}/indicator--", StringComparison.Ordinal),
            string.Join(" | ", System.Text.RegularExpressions.Regex.Matches(storedPage, "(?:field-error[^>]*>|<li>)([^<]+)<").Select(m => m.Groups[1].Value)));
        Assert.Contains(name, await stored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(collection));

        var found = await analyst.GetStringAsync($"/exchange/objects?q={Uri.EscapeDataString(name)}&label=banking");
        // The search box repeats the words searched for; the result row is the link.
        Assert.Contains($">{name}</a>", found, StringComparison.Ordinal);
        Assert.Contains("TLP:GREEN", found, StringComparison.Ordinal);
        Assert.DoesNotContain($">{name}</a>", await analyst.GetStringAsync($"/exchange/objects?q={Uri.EscapeDataString(name)}&label=ransomware"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Red_without_a_recipient_is_refused_by_the_form()
    {
        var collection = await CollectionAsync(app, "network", "TLP:GREEN", "Network");
        var analyst = await app.SignInAsync(Role.Analyst);
        var response = await AppFixture.PostFormAsync(analyst, "/exchange/indicators/new", new()
        {
            ["Form.Collection"] = collection,
            ["Form.Name"] = "Unaddressed red",
            ["Form.Pattern"] = "[ipv4-addr:value = '198.51.100.7']",
            ["Form.ValidFrom"] = "2026-03-01T00:00",
            ["Form.Tlp"] = "Red",
        });
        Assert.Contains("need at least one recipient", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(collection));
    }

    [Fact]
    public async Task An_uploaded_bundle_is_stored_object_by_object_with_the_status_of_each()
    {
        var collection = await CollectionAsync(app, "network", "TLP:GREEN", "Network");
        var analyst = await app.SignInAsync(Role.Analyst);
        var (good, bad) = (NewId(), NewId());
        var bundle = $$"""{"type":"bundle","id":"bundle--{{Guid.NewGuid()}}","objects":[{{Indicator(good)}},{{Indicator(bad, pattern: "[ipv4-addr:value = ")}}]}""";
        var page = await analyst.GetStringAsync("/exchange/upload");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(AppFixture.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(collection), "Collection" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(bundle));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "Bundle", "bundle.json");
        var response = await analyst.PostAsync("/exchange/upload", content);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2 objects: 1 accepted, 1 refused", html, StringComparison.Ordinal);
        Assert.Contains(good, html, StringComparison.Ordinal);
        Assert.Contains(bad, html, StringComparison.Ordinal);
        Assert.Contains("Refused: ", html, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(collection));

        using var notJson = new MultipartFormDataContent
        {
            { new StringContent(AppFixture.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(collection), "Collection" },
            { new ByteArrayContent("not json"u8.ToArray()), "Bundle", "bundle.json" },
        };
        Assert.Contains("The file is not JSON", await (await analyst.PostAsync("/exchange/upload", notJson)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(collection));
    }

    [Fact]
    public async Task A_coordinator_creates_a_collection_through_the_form_and_an_administrator_cannot_add_intelligence()
    {
        var coordinator = await app.SignInAsync(Role.CentreCoordinator);
        var title = $"Ransomware notes {Guid.NewGuid():N}";
        var created = await AppFixture.PostFormAsync(coordinator, "/exchange/collections/new", new()
        {
            ["Form.ApiRoot"] = "esa-rcc",
            ["Form.Title"] = title,
            ["Form.DefaultTlp"] = "AmberStrict",
            ["Form.ReadAudience"] = "Named",
            ["Form.Grants[0].OrganisationId"] = (await app.OrganisationIdAsync("KE-CERT")).ToString(),
            ["Form.Grants[0].CanRead"] = "true",
        }, "/exchange/collections/new");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Matches("^/exchange/collections/[0-9a-f-]{36}$", created.RequestMessage!.RequestUri!.AbsolutePath);
        var saved = await app.WithScopeAsync(services => services.GetRequiredService<ExchangeDb>().Collections.SingleAsync(c => c.Title == title));
        Assert.Equal(Tlp.AmberStrict, saved.DefaultTlp);
        Assert.Single(saved.Grants);

        var invalid = await AppFixture.PostFormAsync(coordinator, "/exchange/collections/new", new()
        {
            ["Form.ApiRoot"] = "esa-rcc",
            ["Form.Title"] = "",
            ["Form.Alias"] = "Not An Alias!",
        });
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("An alias is lower-case letters", html, StringComparison.Ordinal);

        var admin = await app.SignInAsync(Role.PlatformAdministrator, followRedirects: false);
        var refused = await admin.GetAsync("/exchange/indicators/new");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task The_lookup_page_finds_what_the_reader_may_see()
    {
        var collection = await CollectionAsync(app, "network", "TLP:GREEN", "Network");
        var (producer, _) = await PersonInAsync(app, "UG-CERT");
        var domain = $"lookup-{Guid.NewGuid():N}.example";
        var (visible, hidden) = (NewId(), NewId());
        var status = await OkJsonAsync(await producer.PostEnvelopeAsync($"/taxii2/network/collections/{collection}/objects/", Envelope(
            Indicator(visible, marking: TlpMarkings.Clear, pattern: $"[domain-name:value = '{domain}']"),
            Indicator(hidden, marking: TlpMarkings.Red, recipients: $"\"identity--{await app.OrganisationIdAsync("GH-CERT")}\"",
                pattern: $"[domain-name:value = '{domain}']"))));
        Assert.Equal(2, status.GetProperty("success_count").GetInt32());
        var analyst = await app.SignInAsync(Role.Analyst);
        var response = await AppFixture.PostFormAsync(analyst, "/exchange/lookup", new() { ["Observables"] = $"www.{domain}\nnot an observable" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(visible, html, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, html, StringComparison.Ordinal);
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class ExchangePagesOnSqlite(SqliteAppFixture app) : ExchangePages(app);

[Collection(nameof(PostgresCollection))]
public sealed class ExchangePagesOnPostgres(PostgresAppFixture app) : ExchangePages(app);
