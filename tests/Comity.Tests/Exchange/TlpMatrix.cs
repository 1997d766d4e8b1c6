using System.Net;
using Comity.Exchange.Sharing;
using Comity.Tests.Infrastructure;
using static Comity.Tests.Exchange.ExchangeClients;

namespace Comity.Tests.Exchange;

/// <summary>
/// One bundle with an object at every TLP level, posted by the Kenyan CERT to a collection of the Eastern and
/// Southern Africa centre that the whole network may read; each reader sees exactly what TLP 2.0 allows.
/// </summary>
public abstract class TlpMatrix(AppFixture app)
{
    private sealed record Posted(string Objects, Dictionary<string, string> Ids)
    {
        public string Collection => Objects.Split('/')[4];
    }

    /// <summary>One reader's two ways in: TAXII and the API with an API key, and the pages with a browser session.</summary>
    private sealed record Reader(HttpClient Taxii, HttpClient Web);

    private async Task<(Posted Posted, Dictionary<string, Reader> Readers)> PostEveryLevelAsync()
    {
        var rwanda = await app.OrganisationIdAsync("RW-PROS");
        var uganda = await app.OrganisationIdAsync("UG-CERT");
        var collection = await CollectionAsync(app, "esa-rcc", "TLP:AMBER", "Network", true, new { organisationId = rwanda, canRead = true, canWrite = false });
        var objects = $"/taxii2/esa-rcc/collections/{collection}/objects/";
        var (producer, producerWeb, _) = await ReaderInAsync(app, "KE-CERT");
        var (ugandan, ugandanWeb, _) = await ReaderInAsync(app, "UG-CERT");
        var (rwandan, rwandanWeb, _) = await ReaderInAsync(app, "RW-PROS");
        var (ghanaian, ghanaianWeb, ghanaianId) = await ReaderInAsync(app, "GH-CERT");
        var (colleague, colleagueWeb, _) = await ReaderInAsync(app, "GH-CERT");
        var (nigerian, nigerianWeb, _) = await ReaderInAsync(app, "NG-CCC");

        var ids = new Dictionary<string, string>
        {
            ["clear"] = NewId(), ["green"] = NewId(), ["amber"] = NewId(), ["amber-to-uganda"] = NewId(),
            ["strict-to-uganda"] = NewId(), ["red-to-ghanaian"] = NewId(), ["red"] = NewId(), ["unmarked"] = NewId(),
        };
        var status = await OkJsonAsync(await producer.PostEnvelopeAsync(objects, Envelope(
            Indicator(ids["clear"], marking: TlpMarkings.Clear),
            Indicator(ids["green"], marking: TlpMarkings.Green),
            Indicator(ids["amber"], marking: TlpMarkings.Amber),
            Indicator(ids["amber-to-uganda"], marking: TlpMarkings.Amber, recipients: $"\"identity--{uganda}\""),
            Indicator(ids["strict-to-uganda"], marking: TlpMarkings.AmberStrict, recipients: $"\"identity--{uganda}\""),
            Indicator(ids["red-to-ghanaian"], marking: TlpMarkings.Red, recipients: $"\"identity--{ghanaianId}\""),
            Indicator(ids["red"], marking: TlpMarkings.Red),
            Indicator(ids["unmarked"]))));
        Assert.Equal(8, status.GetProperty("success_count").GetInt32());
        return (new Posted(objects, ids), new()
        {
            ["producer"] = new(producer, producerWeb), ["community"] = new(ugandan, ugandanWeb), ["named"] = new(rwandan, rwandanWeb),
            ["red recipient"] = new(ghanaian, ghanaianWeb), ["red recipient's colleague"] = new(colleague, colleagueWeb),
            ["outsider"] = new(nigerian, nigerianWeb),
        });
    }

    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["producer"] = ["clear", "green", "amber", "amber-to-uganda", "strict-to-uganda", "red-to-ghanaian", "red", "unmarked"],
        ["community"] = ["clear", "green", "amber-to-uganda", "strict-to-uganda"],
        ["named"] = ["clear", "green", "amber", "unmarked"],
        ["red recipient"] = ["clear", "red-to-ghanaian"],
        ["red recipient's colleague"] = ["clear"],
        ["outsider"] = ["clear"],
    };

    [Fact]
    public async Task Each_reader_gets_exactly_the_objects_their_tlp_standing_allows_through_taxii()
    {
        var (posted, readers) = await PostEveryLevelAsync();
        foreach (var (reader, expected) in Expected)
        {
            var seen = (await OkJsonAsync(await readers[reader].Taxii.GetAsync($"{posted.Objects}?limit=100"))).TryGetProperty("objects", out var list)
                ? list.EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToHashSet()
                : [];
            var wanted = expected.Select(name => posted.Ids[name]).ToHashSet();
            Assert.True(wanted.SetEquals(seen), $"{reader} saw {string.Join(", ", posted.Ids.Where(p => seen.Contains(p.Value)).Select(p => p.Key))}");

            // The single-object, manifest and versions endpoints answer 404 for what the reader may not see.
            foreach (var (name, id) in posted.Ids)
            {
                var single = await readers[reader].Taxii.GetAsync($"{posted.Objects}{id}/");
                Assert.Equal(wanted.Contains(id) ? HttpStatusCode.OK : HttpStatusCode.NotFound, single.StatusCode);
                var versions = await readers[reader].Taxii.GetAsync($"{posted.Objects}{id}/versions/");
                Assert.Equal(wanted.Contains(id) ? HttpStatusCode.OK : HttpStatusCode.NotFound, versions.StatusCode);
            }
            var manifest = (await OkJsonAsync(await readers[reader].Taxii.GetAsync(posted.Objects.Replace("/objects/", "/manifest/", StringComparison.Ordinal))))
                .TryGetProperty("objects", out var entries) ? entries.EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToHashSet() : [];
            Assert.True(wanted.SetEquals(manifest), $"{reader}'s manifest");
        }
    }

    [Fact]
    public async Task Lookup_and_bundle_export_apply_the_same_rule_and_export_never_carries_red()
    {
        var (posted, readers) = await PostEveryLevelAsync();
        var collection = posted.Collection;
        foreach (var (reader, expected) in Expected)
        {
            var wanted = expected.Select(name => posted.Ids[name]).ToHashSet();
            var lookup = await OkJsonAsync(await readers[reader].Taxii.PostJsonAsync("/api/v1/exchange/lookup",
                new { observables = new[] { new { value = "www.bad.example" }, new { value = "not an observable at all" } } }));
            var matched = lookup.GetProperty("results")[0].GetProperty("matches").EnumerateArray()
                .Where(m => m.GetProperty("collection").GetString() == collection).Select(m => m.GetProperty("id").GetString()!).ToHashSet();
            Assert.True(wanted.SetEquals(matched), $"{reader}'s lookup matched {string.Join(", ", posted.Ids.Where(p => matched.Contains(p.Value)).Select(p => p.Key))}");
            Assert.False(string.IsNullOrEmpty(lookup.GetProperty("results")[1].GetProperty("error").GetString()));

            var bundle = await OkJsonAsync(await readers[reader].Taxii.GetAsync($"/api/v1/exchange/collections/{collection}/bundle"));
            var exported = bundle.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToHashSet();
            wanted.ExceptWith([posted.Ids["red"], posted.Ids["red-to-ghanaian"]]);
            Assert.True(wanted.SetEquals(exported), $"{reader}'s export");
        }
    }

    [Fact]
    public async Task The_pages_list_and_open_exactly_the_objects_the_same_rule_allows()
    {
        var (posted, readers) = await PostEveryLevelAsync();
        foreach (var (reader, expected) in Expected)
        {
            var wanted = expected.Select(name => posted.Ids[name]).ToHashSet();
            var list = await readers[reader].Web.GetStringAsync($"/exchange/objects?collection={posted.Collection}");
            var listed = posted.Ids.Values.Where(id => list.Contains(id, StringComparison.Ordinal)).ToHashSet();
            Assert.True(wanted.SetEquals(listed), $"{reader}'s list showed {string.Join(", ", posted.Ids.Where(p => listed.Contains(p.Value)).Select(p => p.Key))}");
            foreach (var (name, id) in posted.Ids)
            {
                var page = await readers[reader].Web.GetAsync($"/exchange/objects/{posted.Collection}/{id}");
                Assert.True((wanted.Contains(id) ? HttpStatusCode.OK : HttpStatusCode.NotFound) == page.StatusCode, $"{reader} opening {name}: {page.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Only_writers_may_post_and_only_the_producer_may_delete()
    {
        var (posted, readers) = await PostEveryLevelAsync();
        var refused = await readers["outsider"].Taxii.PostEnvelopeAsync(posted.Objects, Envelope(Indicator(NewId())));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readers["community"].Taxii.DeleteAsync($"{posted.Objects}{posted.Ids["clear"]}/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readers["producer"].Taxii.DeleteAsync($"{posted.Objects}{posted.Ids["clear"]}/")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_recipient_is_refused_rather_than_silently_widening_or_narrowing_the_audience()
    {
        var collection = await CollectionAsync(app, "network", "TLP:AMBER", "Network");
        var (producer, _) = await PersonInAsync(app, "KE-CERT");
        var status = await OkJsonAsync(await producer.PostEnvelopeAsync($"/taxii2/network/collections/{collection}/objects/",
            Envelope(Indicator(NewId(), marking: TlpMarkings.Red, recipients: $"\"identity--{Guid.NewGuid()}\""))));
        Assert.Equal(1, status.GetProperty("failure_count").GetInt32());
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class TlpMatrixOnSqlite(SqliteAppFixture app) : TlpMatrix(app);

[Collection(nameof(PostgresCollection))]
public sealed class TlpMatrixOnPostgres(PostgresAppFixture app) : TlpMatrix(app);
