using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Comity.Exchange.Objects;
using Comity.Tests.Infrastructure;
using static Comity.Tests.Exchange.ExchangeClients;

namespace Comity.Tests.Exchange;

/// <summary>
/// The server as two real clients use it, request for request: the OASIS taxii2-client (v21 module: the checks it makes
/// on every resource before it accepts it, its paging helper, its timestamp format, HTTP Basic) and OpenCTI's TAXII feed
/// ingestion (it sends its start date together with <c>next</c>, and keeps X-TAXII-Date-Added-Last as a JavaScript
/// date, cut to milliseconds). Neither client runs here, so each test follows what that client's source does.
/// </summary>
public abstract class TaxiiClientConformance(AppFixture app)
{
    private async Task<(HttpClient Client, string Root, string Collection)> BasicClientWithCollectionAsync()
    {
        var collection = await CollectionAsync(app, "network", "TLP:GREEN", "Network");
        var (bearer, _) = await PersonInAsync(app, "KE-CERT");
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"analyst@cert.example:{bearer.DefaultRequestHeaders.Authorization!.Parameter}")));
        client.DefaultRequestHeaders.Accept.ParseAdd(TaxiiType);
        return (client, "/taxii2/network/", collection);
    }

    /// <summary>taxii2-client's content-type check: every token of the Accept it sent is among the answer's tokens.</summary>
    private static async Task<JsonElement> ReadAsTaxii2ClientAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {url}: {body}");
        var tokens = response.Content.Headers.GetValues("Content-Type").Single().Replace(" ", "", StringComparison.Ordinal).Split(';');
        Assert.Equal("application/taxii+json", tokens[0]);
        Assert.All(TaxiiType.Split(';'), token => Assert.Contains(token, tokens));
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>A datetime as taxii2-client writes one: whole seconds, then the fraction without trailing zeros, then Z.</summary>
    private static string ClientTimestamp(DateTimeOffset at)
    {
        var fraction = at.ToString("fffffff", CultureInfo.InvariantCulture)[..6].TrimEnd('0');
        return at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (fraction.Length > 0 ? "." + fraction : "") + "Z";
    }

    [Fact]
    public async Task The_oasis_client_accepts_every_resource_and_pages_through_a_collection()
    {
        var (client, root, collectionId) = await BasicClientWithCollectionAsync();

        var discovery = await ReadAsTaxii2ClientAsync(client, "/taxii2/");
        Assert.False(string.IsNullOrEmpty(discovery.GetProperty("title").GetString()));
        var roots = discovery.GetProperty("api_roots").EnumerateArray().Select(r => new Uri(new Uri("http://localhost/taxii2/"), r.GetString()).AbsolutePath).ToList();
        Assert.Contains(root, roots);

        var information = await ReadAsTaxii2ClientAsync(client, root);
        Assert.False(string.IsNullOrEmpty(information.GetProperty("title").GetString()));
        Assert.Contains(TaxiiType, information.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(JsonValueKind.Number, information.GetProperty("max_content_length").ValueKind);

        var collections = (await ReadAsTaxii2ClientAsync(client, $"{root}collections/")).GetProperty("collections").EnumerateArray().ToList();
        Assert.All(collections, c =>
        {
            Assert.False(string.IsNullOrEmpty(c.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("title").GetString()));
            Assert.Contains(c.GetProperty("can_read").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.Contains(c.GetProperty("can_write").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        });
        var collectionUrl = $"{root}collections/{collectionId}/";
        var collection = await ReadAsTaxii2ClientAsync(client, collectionUrl);
        Assert.Contains(collection.GetProperty("id").GetString()!, collectionUrl, StringComparison.Ordinal);
        Assert.True(collection.GetProperty("can_write").GetBoolean());

        // add_objects: the envelope with Accept and Content-Type, then the status checks, then polling until complete.
        var ids = Enumerable.Range(0, 23).Select(_ => NewId()).ToList();
        var status = await OkJsonAsync(await client.PostEnvelopeAsync($"{collectionUrl}objects/", Envelope(ids.Select(id => Indicator(id)).ToArray())));
        AssertStatusAsTaxii2ClientChecksIt(status);
        var polled = await ReadAsTaxii2ClientAsync(client, $"{root}status/{status.GetProperty("id").GetString()}/");
        AssertStatusAsTaxii2ClientChecksIt(polled);
        Assert.Equal("complete", polled.GetProperty("status").GetString());

        // as_pages(get_objects, per_request=5): limit first, then limit and next until more is false.
        var seen = new List<string>();
        var page = await ReadAsTaxii2ClientAsync(client, $"{collectionUrl}objects/?limit=5");
        seen.AddRange(Ids(page));
        Assert.Equal(5, Ids(page).Count);
        while (page.TryGetProperty("more", out var more) && more.GetBoolean())
        {
            page = await ReadAsTaxii2ClientAsync(client, $"{collectionUrl}objects/?limit=5&next={Uri.EscapeDataString(page.GetProperty("next").GetString()!)}");
            seen.AddRange(Ids(page));
        }
        Assert.Equal(ids, seen);

        // Timestamps as the client formats datetimes: added_after in the past and a version with a two-digit fraction.
        var everything = await ReadAsTaxii2ClientAsync(client, $"{collectionUrl}objects/?added_after={ClientTimestamp(DateTimeOffset.UnixEpoch.AddTicks(1_200_000))}");
        Assert.Equal(ids.Count, Ids(everything).Count);
        var versioned = NewId();
        await OkJsonAsync(await client.PostEnvelopeAsync($"{collectionUrl}objects/", Envelope(Indicator(versioned, modified: "2026-03-01T10:00:00.120Z"))));
        var version = ClientTimestamp(new DateTimeOffset(2026, 3, 1, 10, 0, 0, 120, TimeSpan.Zero));
        Assert.Equal("2026-03-01T10:00:00.12Z", version);
        var byVersion = await ReadAsTaxii2ClientAsync(client, $"{collectionUrl}objects/{versioned}/?match[version]={version}");
        Assert.Equal([versioned], Ids(byVersion));

        var manifest = await ReadAsTaxii2ClientAsync(client, $"{collectionUrl}manifest/?limit=100");
        Assert.Equal(ids.Count + 1, manifest.GetProperty("objects").GetArrayLength());
    }

    /// <summary>taxii2-client refuses a status unless these hold.</summary>
    private static void AssertStatusAsTaxii2ClientChecksIt(JsonElement status)
    {
        Assert.False(string.IsNullOrEmpty(status.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(status.GetProperty("status").GetString()));
        var (total, success, failure, pending) = (status.GetProperty("total_count").GetInt32(), status.GetProperty("success_count").GetInt32(),
            status.GetProperty("failure_count").GetInt32(), status.GetProperty("pending_count").GetInt32());
        Assert.Equal(total, success + failure + pending);
        foreach (var (list, count) in new[] { ("successes", success), ("failures", failure), ("pendings", pending) })
        {
            if (status.TryGetProperty(list, out var items) && items.GetArrayLength() > 0)
            {
                Assert.Equal(count, items.GetArrayLength());
            }
        }
    }

    [Fact]
    public async Task An_opencti_feed_gets_every_object_once_and_then_nothing_again_while_nothing_is_added()
    {
        var (client, root, collectionId) = await BasicClientWithCollectionAsync();
        var objects = $"{root}collections/{collectionId}/objects/";
        var feed = new OpenCtiFeed(client, objects);
        var first = Enumerable.Range(0, 17).Select(_ => NewId()).ToList();
        await OkJsonAsync(await client.PostEnvelopeAsync(objects, Envelope(first.Take(9).Select(id => Indicator(id)).ToArray())));
        await OkJsonAsync(await client.PostEnvelopeAsync(objects, Envelope(first.Skip(9).Select(id => Indicator(id)).ToArray())));

        var received = await feed.PollUntilIdleAsync();
        Assert.Equal(first, received);

        // Nothing new: the next polls fetch nothing, not the last millisecond's objects again.
        Assert.Empty(await feed.PollAsync());
        Assert.Empty(await feed.PollAsync());

        var later = Enumerable.Range(0, 4).Select(_ => NewId()).ToList();
        await OkJsonAsync(await client.PostEnvelopeAsync(objects, Envelope(later.Select(id => Indicator(id)).ToArray())));
        Assert.Equal(later, await feed.PollUntilIdleAsync());
    }

    private static List<string> Ids(JsonElement envelope) =>
        envelope.TryGetProperty("objects", out var list) ? list.EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList() : [];

    /// <summary>
    /// OpenCTI's TAXII feed state machine: a start date and a cursor. Each poll sends both; with more and a next it keeps
    /// the cursor, otherwise it drops the cursor and takes X-TAXII-Date-Added-Last, through a JavaScript date, as the
    /// new start date. A poll that brings no objects changes nothing.
    /// </summary>
    private sealed class OpenCtiFeed(HttpClient client, string objectsUrl)
    {
        private string? cursor;
        private string? addedAfterStart;

        public async Task<List<string>> PollAsync()
        {
            var query = new List<string> { "limit=6" };
            if (cursor is not null)
            {
                query.Add($"next={Uri.EscapeDataString(cursor)}");
            }
            if (addedAfterStart is not null)
            {
                query.Add($"added_after={Uri.EscapeDataString(addedAfterStart)}");
            }
            var response = await client.GetAsync($"{objectsUrl}?{string.Join('&', query)}");
            var page = await OkJsonAsync(response);
            var ids = Ids(page);
            if (ids.Count == 0)
            {
                return ids;
            }
            var more = page.TryGetProperty("more", out var flag) && flag.GetBoolean();
            if (more && page.TryGetProperty("next", out var next) && !string.IsNullOrEmpty(next.GetString()))
            {
                cursor = next.GetString();
                return ids;
            }
            cursor = null;
            var last = response.Headers.GetValues("X-TAXII-Date-Added-Last").Single();
            addedAfterStart = DateTimeOffset.Parse(last, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds() is var ms
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
                : null;
            return ids;
        }

        public async Task<List<string>> PollUntilIdleAsync()
        {
            var all = new List<string>();
            for (var poll = 0; poll < 20; poll++)
            {
                var ids = await PollAsync();
                all.AddRange(ids);
                if (ids.Count == 0 || cursor is null)
                {
                    return all;
                }
            }
            throw new InvalidOperationException("The feed never caught up.");
        }
    }
}

/// <summary>The rule behind OpenCTI's exact cursor: date_added values of a batch end on a whole millisecond.</summary>
public sealed class DateAddedBatches
{
    [Fact]
    public void Every_batch_ends_on_a_whole_millisecond_after_everything_before_it()
    {
        foreach (var (now, last, count) in new[] { (1_000_500L, 0L, 1), (1_000_000L, 0L, 1), (1_000_000L, 2_000_000L, 3), (1_000_999L, 0L, 1000), (5L, 7L, 2) })
        {
            var first = DateAdded.FirstOfBatch(now, last, count);
            var end = first + count - 1;
            Assert.True(first > last && first >= now, $"{now} {last} {count}: first {first}");
            Assert.Equal(0, end % 1000);
            Assert.True(end - Math.Max(now, last + 1) - (count - 1) < 1000, $"{now} {last} {count}: ends {end}, more than a millisecond late");
        }
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class TaxiiClientConformanceOnSqlite(SqliteAppFixture app) : TaxiiClientConformance(app);

[Collection(nameof(PostgresCollection))]
public sealed class TaxiiClientConformanceOnPostgres(PostgresAppFixture app) : TaxiiClientConformance(app);
