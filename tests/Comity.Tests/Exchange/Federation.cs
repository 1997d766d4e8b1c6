using System.Net;
using Comity.Exchange.Data;
using Comity.Exchange.Federation;
using Comity.Exchange.Sharing;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Comity.Tests.Exchange.ExchangeClients;

namespace Comity.Tests.Exchange;

/// <summary>
/// Two Comity instances: a centre on SQLite pulls a collection from a peer on PostgreSQL over TAXII 2.1, is
/// restarted in the middle of the sync, and ends with every object it may have exactly once — and nothing else.
/// </summary>
public sealed class Federation
{
    [Fact]
    public async Task A_sync_interrupted_by_a_restart_ends_with_every_permitted_object_exactly_once()
    {
        await using var peer = new ComityApp(Provider.Postgres, await ComityApp.NewDatabaseAsync(Provider.Postgres));
        var peerApp = AppFixture.Wrap(peer);
        var remoteCollection = await CollectionAsync(peerApp, "network", "TLP:GREEN", "Network");
        var (producer, _) = await PersonInAsync(peerApp, "KE-CERT");
        var (puller, _) = await PersonInAsync(peerApp, "ESA-RCC");
        var ourCentreOnPeer = await peerApp.OrganisationIdAsync("ESA-RCC");
        var remoteObjects = $"/taxii2/network/collections/{remoteCollection}/objects/";
        var green = Enumerable.Range(0, 2400).Select(_ => NewId()).ToList();
        foreach (var chunk in green.Chunk(800))
        {
            await OkJsonAsync(await producer.PostEnvelopeAsync(remoteObjects, Envelope(chunk.Select(id => Indicator(id)).ToArray())));
        }
        var (strict, red, privateRed) = (NewId(), NewId(), NewId());
        await OkJsonAsync(await producer.PostEnvelopeAsync(remoteObjects, Envelope(
            Indicator(strict, marking: TlpMarkings.AmberStrict, recipients: $"\"identity--{ourCentreOnPeer}\""),
            Indicator(red, marking: TlpMarkings.Red, recipients: $"\"identity--{ourCentreOnPeer}\""),
            Indicator(privateRed, marking: TlpMarkings.Red))));
        var pullKey = puller.DefaultRequestHeaders.Authorization!.Parameter!;
        _ = peer.Server;

        var ourDatabase = await ComityApp.NewDatabaseAsync(Provider.Sqlite);
        ComityApp Ours() => new(Provider.Sqlite, ourDatabase, new Dictionary<string, string?> { ["Exchange:Federation:Worker"] = "false" },
            services: s => s.AddHttpClient(FederationPuller.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => peer.Server.CreateHandler()));

        Guid localCollection, subscription;
        await using (var first = Ours())
        {
            var ours = AppFixture.Wrap(first);
            localCollection = Guid.Parse(await CollectionAsync(ours, "network", "TLP:GREEN", "Network"));
            var coordinator = await ours.ApiAsAsync(Role.CentreCoordinator);
            var registered = await OkJsonAsync(await coordinator.PostJsonAsync("/api/v1/exchange/peers",
                new { name = "Peer centre", apiRootUrl = "http://localhost/taxii2/network/", apiKey = pullKey }));
            var peerId = registered.GetProperty("id").GetString();
            var subscribed = await OkJsonAsync(await coordinator.PostJsonAsync($"/api/v1/exchange/peers/{peerId}/subscriptions",
                new { remoteCollectionId = remoteCollection, localCollectionId = localCollection, intervalMinutes = 5 }));
            subscription = subscribed.GetProperty("subscriptions")[0].GetProperty("id").GetGuid();

            // One page of a thousand, then the node goes away.
            var partial = await ours.WithScopeAsync(s => s.GetRequiredService<FederationPuller>().PullAsync(subscription, 1, "test", CancellationToken.None));
            Assert.Equal(1000, partial!.Objects);
            Assert.False(partial.Complete);
        }

        await using var second = Ours();
        var restarted = AppFixture.Wrap(second);
        var manager = await restarted.ApiAsAsync(Role.CentreCoordinator);
        var peers = await OkJsonAsync(await manager.GetAsync("/api/v1/exchange/peers"));
        var peerAgain = peers[0].GetProperty("id").GetString();
        var finished = await OkJsonAsync(await manager.PostAsync($"/api/v1/exchange/peers/{peerAgain}/subscriptions/{subscription}/pull", null));
        Assert.True(finished.GetProperty("complete").GetBoolean());

        async Task<List<string>> StoredAsync() => await restarted.WithScopeAsync(s =>
            s.GetRequiredService<ExchangeDb>().Objects.Where(o => o.CollectionId == localCollection).Select(o => o.StixId).ToListAsync());
        var stored = await StoredAsync();
        Assert.Equal(green.Count + 2, stored.Count);
        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.Contains(strict, stored);
        Assert.Contains(red, stored);
        Assert.DoesNotContain(privateRed, stored);

        // A lost cursor (a crash between a page's commit and the cursor's) only re-reads what is already here.
        await restarted.WithScopeAsync(s => s.GetRequiredService<ExchangeDb>().Subscriptions.Where(x => x.Id == subscription)
            .ExecuteUpdateAsync(x => x.SetProperty(y => y.AddedAfter, (string?)null)));
        await OkJsonAsync(await manager.PostAsync($"/api/v1/exchange/peers/{peerAgain}/subscriptions/{subscription}/pull", null));
        Assert.Equal(stored.Count, (await StoredAsync()).Count);

        var status = (await OkJsonAsync(await manager.GetAsync("/api/v1/exchange/peers")))[0].GetProperty("subscriptions")[0];
        Assert.Equal("healthy", status.GetProperty("health").GetString());

        // Copies of AMBER+STRICT and RED stay with our centre: an outsider here reads the GREEN ones only.
        var (outsider, _) = await PersonInAsync(restarted, "NG-CCC");
        var seen = await OkJsonAsync(await outsider.GetAsync($"/taxii2/network/collections/{localCollection}/objects/?match[id]={strict},{red},{green[0]}"));
        Assert.Equal([green[0]], seen.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList());
    }

    /// <summary>A centre on SQLite whose federation worker stays idle, so pulls happen only when a test asks.</summary>
    private static async Task<ComityApp> CentreWithoutWorkerAsync() =>
        new(Provider.Sqlite, await ComityApp.NewDatabaseAsync(Provider.Sqlite), new Dictionary<string, string?> { ["Exchange:Federation:Worker"] = "false" });

    [Fact]
    public async Task An_unreachable_peer_is_reported_as_failing_and_retried_later()
    {
        await using var ours = await CentreWithoutWorkerAsync();
        var app = AppFixture.Wrap(ours);
        var local = await CollectionAsync(app, "network", "TLP:GREEN", "Network");
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var peer = await OkJsonAsync(await coordinator.PostJsonAsync("/api/v1/exchange/peers",
            new { name = "Gone", apiRootUrl = "http://127.0.0.1:9/taxii2/network/", apiKey = "cmty_nothing" }));
        var id = peer.GetProperty("id").GetString();
        var subscribed = await OkJsonAsync(await coordinator.PostJsonAsync($"/api/v1/exchange/peers/{id}/subscriptions",
            new { remoteCollectionId = "indicators", localCollectionId = local }));
        var subscription = subscribed.GetProperty("subscriptions")[0].GetProperty("id").GetString();
        var pulled = await OkJsonAsync(await coordinator.PostAsync($"/api/v1/exchange/peers/{id}/subscriptions/{subscription}/pull", null));
        Assert.False(string.IsNullOrEmpty(pulled.GetProperty("error").GetString()));
        var status = (await OkJsonAsync(await coordinator.GetAsync("/api/v1/exchange/peers")))[0].GetProperty("subscriptions")[0];
        Assert.Equal("failing", status.GetProperty("health").GetString());
        Assert.Equal(1, status.GetProperty("consecutiveFailures").GetInt32());
        Assert.True(status.GetProperty("nextAttemptAt").GetDateTimeOffset() > DateTimeOffset.UnixEpoch.AddYears(50));

        var refused = await coordinator.PostJsonAsync("/api/v1/exchange/peers", new { name = "Plain", apiRootUrl = "http://peer.example/taxii2/", apiKey = "k" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_registers_subscribes_and_pulls_from_the_status_page_and_sees_the_failure()
    {
        await using var ours = await CentreWithoutWorkerAsync();
        var app = AppFixture.Wrap(ours);
        var local = await CollectionAsync(app, "network", "TLP:GREEN", "Network");
        var coordinator = await app.SignInAsync(Role.CentreCoordinator);
        Assert.Contains("No peer is registered yet.", await coordinator.GetStringAsync("/exchange/federation"), StringComparison.Ordinal);

        // A plain-http address is refused with the reason, and nothing is stored.
        var refused = await AppFixture.PostFormAsync(coordinator, "/exchange/federation?handler=Register",
            new() { ["Register.Name"] = "Plain", ["Register.ApiRootUrl"] = "http://peer.example/taxii2/", ["Register.ApiKey"] = "k" }, "/exchange/federation");
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Contains("https:// URL", refusedPage, StringComparison.Ordinal);
        Assert.Contains("No peer is registered yet.", refusedPage, StringComparison.Ordinal);

        var registered = await AppFixture.PostFormAsync(coordinator, "/exchange/federation?handler=Register",
            new() { ["Register.Name"] = "Gone centre", ["Register.ApiRootUrl"] = "http://127.0.0.1:9/taxii2/network/", ["Register.ApiKey"] = "cmty_secret_key" },
            "/exchange/federation");
        var page = await registered.Content.ReadAsStringAsync();
        Assert.Contains("The peer is registered.", page, StringComparison.Ordinal);
        Assert.Contains("Gone centre", page, StringComparison.Ordinal);
        Assert.DoesNotContain("cmty_secret_key", page, StringComparison.Ordinal);

        var peerId = (await OkJsonAsync(await (await app.ApiAsAsync(Role.CentreCoordinator)).GetAsync("/api/v1/exchange/peers")))[0].GetProperty("id").GetString()!;
        var subscribed = await AppFixture.PostFormAsync(coordinator, "/exchange/federation?handler=Subscribe",
            new() { ["Subscribe.PeerId"] = peerId, ["Subscribe.RemoteCollectionId"] = "indicators", ["Subscribe.LocalCollectionId"] = local, ["Subscribe.IntervalMinutes"] = "30" },
            "/exchange/federation");
        page = await subscribed.Content.ReadAsStringAsync();
        Assert.Contains("Waiting for the first pull", page, StringComparison.Ordinal);
        Assert.Contains("every 30 minutes", page, StringComparison.Ordinal);

        var pullForm = System.Text.RegularExpressions.Regex.Match(page, @"action=""(/exchange/federation\?[^""]*handler=Pull[^""]*)""").Groups[1].Value;
        Assert.NotEmpty(pullForm);
        var pulled = await AppFixture.PostFormAsync(coordinator, System.Net.WebUtility.HtmlDecode(pullForm), [], "/exchange/federation");
        page = await pulled.Content.ReadAsStringAsync();
        Assert.Contains("The pull failed", page, StringComparison.Ordinal);
        Assert.Contains("Failing", page, StringComparison.Ordinal);
        Assert.Contains("1 in a row", page, StringComparison.Ordinal);

        // Analysts read intelligence but do not manage federation.
        var analyst = await app.SignInAsync(Role.Analyst, followRedirects: false);
        Assert.NotEqual(HttpStatusCode.OK, (await analyst.GetAsync("/exchange/federation")).StatusCode);
    }
}
