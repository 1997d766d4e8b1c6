using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Comity.Exchange.Data;
using Comity.Identity.Access;
using Comity.Kernel.Data;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Comity.Tests.Exchange.ExchangeClients;

namespace Comity.Tests.Exchange;

/// <summary>The TAXII 2.1 server as a TAXII client sees it: discovery, collections, add/get/delete objects, versions, manifests, paging.</summary>
public abstract class TaxiiServer(AppFixture app)
{
    private async Task<(HttpClient Analyst, string Objects)> FreshCollectionAsync()
    {
        var collection = await CollectionAsync(app, "network", "TLP:GREEN", "Network");
        var (analyst, _) = await PersonInAsync(app, "KE-CERT");
        return (analyst, $"/taxii2/network/collections/{collection}/objects/");
    }

    [Fact]
    public async Task Discovery_lists_the_network_root_and_one_root_per_regional_centre()
    {
        var (client, _) = await PersonInAsync(app, "KE-CERT");
        var response = await client.GetAsync("/taxii2/");
        Assert.Equal("application/taxii+json; version=2.1", response.Content.Headers.ContentType!.ToString().Replace(";version", "; version", StringComparison.Ordinal));
        var discovery = await OkJsonAsync(response);
        var roots = discovery.GetProperty("api_roots").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(roots, r => r.EndsWith("/taxii2/network/", StringComparison.Ordinal));
        Assert.Contains(roots, r => r.EndsWith("/taxii2/esa-rcc/", StringComparison.Ordinal));
        Assert.EndsWith("/taxii2/network/", discovery.GetProperty("default").GetString(), StringComparison.Ordinal);

        var root = await OkJsonAsync(await client.GetAsync("/taxii2/esa-rcc/"));
        Assert.Equal(TaxiiType, root.GetProperty("versions")[0].GetString());
        Assert.True(root.GetProperty("max_content_length").GetInt64() >= 1024 * 1024);
    }

    [Fact]
    public async Task Wrong_media_types_get_406_and_415_and_a_missing_key_gets_401_as_taxii_errors()
    {
        var (client, _) = await PersonInAsync(app, "KE-CERT");
        var plain = app.Anonymous();
        plain.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        plain.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        var notAcceptable = await plain.GetAsync("/taxii2/");
        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable.StatusCode);
        Assert.Equal("406", (await notAcceptable.JsonAsync()).GetProperty("http_status").GetString());

        var (_, objects) = await FreshCollectionAsync();
        var wrongType = await client.PostAsync(objects, new StringContent(Envelope(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);

        var anonymous = app.Anonymous();
        anonymous.DefaultRequestHeaders.Accept.ParseAdd(TaxiiType);
        var unauthorised = await anonymous.GetAsync("/taxii2/");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        Assert.Contains("Basic", unauthorised.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("application/taxii+json", unauthorised.Content.Headers.ContentType?.MediaType);
        Assert.Equal("401", (await unauthorised.JsonAsync()).GetProperty("http_status").GetString());
    }

    [Fact]
    public async Task Http_basic_with_the_api_key_as_password_is_accepted()
    {
        var (bearer, _) = await PersonInAsync(app, "KE-CERT");
        var key = bearer.DefaultRequestHeaders.Authorization!.Parameter!;
        var basic = app.Anonymous();
        basic.DefaultRequestHeaders.Accept.ParseAdd(TaxiiType);
        basic.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"misp:{key}")));
        await OkJsonAsync(await basic.GetAsync("/taxii2/"));
    }

    [Fact]
    public async Task Posted_objects_come_back_byte_for_byte_and_duplicates_are_not_stored_twice()
    {
        var (analyst, objects) = await FreshCollectionAsync();
        var id = NewId();
        var spaced = Indicator(id).Replace(",\"name\"", ",  \"name\"", StringComparison.Ordinal);
        var status = await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(spaced)));
        Assert.Equal("complete", status.GetProperty("status").GetString());
        Assert.Equal(1, status.GetProperty("success_count").GetInt32());

        var again = await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(spaced)));
        Assert.Equal(1, again.GetProperty("success_count").GetInt32());

        var page = await analyst.GetAsync(objects);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains(spaced, text, StringComparison.Ordinal);
        var envelope = JsonDocument.Parse(text).RootElement;
        Assert.Single(envelope.GetProperty("objects").EnumerateArray());
        Assert.False(envelope.GetProperty("more").GetBoolean());
        Assert.True(page.Headers.Contains("X-TAXII-Date-Added-First"));

        var statusAgain = await OkJsonAsync(await analyst.GetAsync($"/taxii2/network/status/{status.GetProperty("id").GetString()}/"));
        Assert.Equal(1, statusAgain.GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task Objects_stored_before_the_id_key_existed_are_found_by_id_after_the_start_up_upgrade()
    {
        var (analyst, objects) = await FreshCollectionAsync();
        var id = NewId();
        await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(Indicator(id))));
        // What the migration leaves for rows written before it: key 0. Such a row is invisible to a query by id …
        await app.WithScopeAsync(services => services.GetRequiredService<ExchangeDb>().Objects
            .Where(o => o.StixId == id).ExecuteUpdateAsync(u => u.SetProperty(o => o.IdKey, 0L)));
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"{objects}{id}/")).StatusCode);

        // … until the upgrade that runs after migrations gives it its key.
        await app.WithScopeAsync(async services =>
        {
            foreach (var upgrade in services.GetServices<IDataUpgrade>())
            {
                await upgrade.UpgradeAsync(CancellationToken.None);
            }
            return 0;
        });
        var found = await OkJsonAsync(await analyst.GetAsync($"{objects}{id}/"));
        Assert.Equal(id, found.GetProperty("objects")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_observable_repeated_in_one_envelope_is_stored_once_and_a_changed_one_as_a_new_version()
    {
        var (analyst, objects) = await FreshCollectionAsync();
        var id = $"ipv4-addr--{Guid.NewGuid()}";
        var address = $$"""{"type":"ipv4-addr","spec_version":"2.1","id":"{{id}}","value":"198.51.100.7"}""";
        var status = await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(address, address,
            address.Replace("198.51.100.7", "198.51.100.8", StringComparison.Ordinal))));
        Assert.Equal(3, status.GetProperty("success_count").GetInt32());

        var versions = await OkJsonAsync(await analyst.GetAsync($"{objects}{id}/versions/"));
        Assert.Equal(2, versions.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task Bad_objects_are_refused_one_by_one_with_a_reason_while_good_ones_are_stored()
    {
        var (analyst, objects) = await FreshCollectionAsync();
        var good = NewId();
        var clash = NewId();
        await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(Indicator(clash))));
        var status = await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(
            Indicator(good),
            """{"type":"indicator","spec_version":"2.1","id":"malware--not-a-uuid"}""",
            Indicator(clash).Replace("Test indicator", "Changed without a new version", StringComparison.Ordinal),
            Indicator(NewId(), pattern: "[domain-name:value = 'unclosed.example'"))));
        Assert.Equal(4, status.GetProperty("total_count").GetInt32());
        Assert.Equal(1, status.GetProperty("success_count").GetInt32());
        Assert.Equal(3, status.GetProperty("failure_count").GetInt32());
        var messages = status.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("id: ", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("new 'modified'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("not a valid STIX pattern", StringComparison.Ordinal) && m.Contains("column", StringComparison.Ordinal));

        var malformed = await analyst.PostEnvelopeAsync(objects, "{\"objects\": 3}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, malformed.StatusCode);
    }

    [Fact]
    public async Task Versions_are_kept_by_modified_and_match_version_picks_first_last_all_or_one()
    {
        var (analyst, objects) = await FreshCollectionAsync();
        var id = NewId();
        await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(Indicator(id, "2026-03-02T10:00:00.000Z"))));
        await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(Indicator(id, "2026-03-01T10:00:00.000Z"), Indicator(id, "2026-03-03T10:00:00.000Z"))));

        async Task<List<string>> ModifiedAsync(string query) =>
            (await OkJsonAsync(await analyst.GetAsync($"{objects}{id}/{query}"))).GetProperty("objects").EnumerateArray()
                .Select(o => o.GetProperty("modified").GetString()!).ToList();

        Assert.Equal(["2026-03-03T10:00:00.000Z"], await ModifiedAsync(""));
        Assert.Equal(["2026-03-01T10:00:00.000Z"], await ModifiedAsync("?match[version]=first"));
        Assert.Equal(3, (await ModifiedAsync("?match[version]=all")).Count);
        Assert.Equal(["2026-03-02T10:00:00.000Z"], await ModifiedAsync("?match[version]=2026-03-02T10:00:00.000Z"));

        var versions = await OkJsonAsync(await analyst.GetAsync($"{objects}{id}/versions/"));
        Assert.Equal(["2026-03-02T10:00:00.000Z", "2026-03-01T10:00:00.000Z", "2026-03-03T10:00:00.000Z"],
            versions.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!).ToList());

        Assert.Equal(HttpStatusCode.OK, (await analyst.DeleteAsync($"{objects}{id}/?match[version]=last")).StatusCode);
        Assert.Equal(["2026-03-02T10:00:00.000Z"], await ModifiedAsync(""));
        Assert.Equal(HttpStatusCode.OK, (await analyst.DeleteAsync($"{objects}{id}/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"{objects}{id}/")).StatusCode);
    }

    [Fact]
    public async Task Paging_with_limit_and_next_visits_every_object_once_in_date_added_order()
    {
        var (analyst, objects) = await FreshCollectionAsync();
        var ids = Enumerable.Range(0, 25).Select(_ => NewId()).ToList();
        await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(ids.Take(10).Select(i => Indicator(i)).ToArray())));
        await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(ids.Skip(10).Select(i => Indicator(i)).ToArray())));

        var seen = new List<string>();
        string? next = null;
        string? lastAdded = null;
        do
        {
            var response = await analyst.GetAsync($"{objects}?limit=7{(next is null ? "" : $"&next={next}")}");
            var page = await OkJsonAsync(response);
            seen.AddRange(page.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()!));
            next = page.GetProperty("more").GetBoolean() ? page.GetProperty("next").GetString() : null;
            lastAdded = response.Headers.GetValues("X-TAXII-Date-Added-Last").Single();
        }
        while (next is not null);
        Assert.Equal(ids, seen);

        var manifest = await OkJsonAsync(await analyst.GetAsync($"{objects.Replace("/objects/", "/manifest/", StringComparison.Ordinal)}?limit=30"));
        Assert.Equal(ids, manifest.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList());

        var later = NewId();
        await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(Indicator(later))));
        var since = await OkJsonAsync(await analyst.GetAsync($"{objects}?added_after={lastAdded}"));
        Assert.Equal([later], since.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList());

        var byType = await OkJsonAsync(await analyst.GetAsync($"{objects}?match[type]=malware"));
        Assert.False(byType.TryGetProperty("objects", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.GetAsync($"{objects}?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.GetAsync($"{objects}?added_after=yesterday")).StatusCode);
    }

    [Fact]
    public async Task A_misp_event_imported_through_the_api_can_be_read_over_taxii_and_looked_up()
    {
        var (analyst, objects) = await FreshCollectionAsync();
        var collection = objects.Split('/')[4];
        var mispEvent = Misp.MispSamples.Event(new System.Text.Json.Nodes.JsonArray
        {
            Misp.MispSamples.Attribute("domain", "misp-import.example"),
            Misp.MispSamples.Attribute("ip-dst", "192.0.2.77"),
        });
        var imported = await OkJsonAsync(await analyst.PostRawAsync($"/api/v1/exchange/collections/{collection}/misp", mispEvent.GetRawText()));
        Assert.Equal(0, imported.GetProperty("refused").GetInt32());
        var indicators = await OkJsonAsync(await analyst.GetAsync($"{objects}?match[type]=indicator"));
        Assert.Equal(2, indicators.GetProperty("objects").GetArrayLength());
        var lookup = await OkJsonAsync(await analyst.PostJsonAsync("/api/v1/exchange/lookup", new { observables = new[] { new { value = "192.0.2.77" } } }));
        Assert.Contains(lookup.GetProperty("results")[0].GetProperty("matches").EnumerateArray(), m => m.GetProperty("collection").GetString() == collection);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostRawAsync($"/api/v1/exchange/collections/{collection}/misp", "{\"not\": \"an event\"}")).StatusCode);
    }

    [Fact]
    public async Task A_lookup_can_record_one_sighting_per_indicator_whose_count_grows_and_a_read_only_key_cannot()
    {
        var (analyst, objects) = await FreshCollectionAsync();
        var id = NewId();
        var address = $"198.18.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";
        await OkJsonAsync(await analyst.PostEnvelopeAsync(objects, Envelope(Indicator(id, pattern: $"[ipv4-addr:value = '{address}']"))));
        var body = new { observables = new[] { new { value = address } }, recordSightings = true };

        foreach (var expected in new[] { 1, 2 })
        {
            var answer = await OkJsonAsync(await analyst.PostJsonAsync("/api/v1/exchange/lookup", body));
            var sighting = answer.GetProperty("sightings").EnumerateArray().Single(s => s.GetProperty("indicator").GetString() == id);
            Assert.True(sighting.GetProperty("problem").ValueKind == JsonValueKind.Null, sighting.GetProperty("problem").ToString());
            Assert.Equal(expected, sighting.GetProperty("count").GetInt32());
        }
        var stored = (await OkJsonAsync(await analyst.GetAsync($"{objects}?match[type]=sighting"))).GetProperty("objects").EnumerateArray().Single();
        Assert.Equal(id, stored.GetProperty("sighting_of_ref").GetString());
        Assert.Equal(2, stored.GetProperty("count").GetInt32());
        Assert.Equal("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", stored.GetProperty("object_marking_refs")[0].GetString());

        var readOnly = Taxii(app, await app.KeyForAsync(Role.Analyst, "exchange:read"));
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostJsonAsync("/api/v1/exchange/lookup", body)).StatusCode);
        var administrator = await app.ApiAsAsync(Role.PlatformAdministrator);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.PostJsonAsync("/api/v1/exchange/lookup", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readOnly.PostJsonAsync("/api/v1/exchange/lookup", new { observables = body.observables })).StatusCode);
    }

    [Fact]
    public async Task Focal_points_and_experts_have_no_access_to_taxii()
    {
        foreach (var role in new[] { Role.CountryFocalPoint, Role.Expert })
        {
            var client = Taxii(app, await app.KeyForAsync(role));
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/taxii2/")).StatusCode);
        }
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class TaxiiServerOnSqlite(SqliteAppFixture app) : TaxiiServer(app);

[Collection(nameof(PostgresCollection))]
public sealed class TaxiiServerOnPostgres(PostgresAppFixture app) : TaxiiServer(app);
