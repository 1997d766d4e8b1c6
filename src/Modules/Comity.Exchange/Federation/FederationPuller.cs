using System.Net.Http.Headers;
using System.Text.Json;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Comity.Exchange.Taxii;
using Comity.Identity.Access;
using Comity.Identity.Organisations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Comity.Exchange.Federation;

/// <summary>What one pull did.</summary>
public sealed record PullResult(int Pages, int Objects, bool Complete, string? Error);

/// <summary>
/// Pulls a peer's collection over TAXII 2.1 into a local collection, page by page from the last date_added stored.
/// Each page commits before the cursor moves, and re-pulling a page stores nothing twice (exact duplicates are
/// ignored), so a crash or restart at any point loses nothing and duplicates nothing.
/// </summary>
public sealed class FederationPuller(
    ExchangeDb db,
    IngestObjects ingest,
    IHttpClientFactory httpClients,
    IDataProtectionProvider protection,
    IOrganisationDirectory organisations,
    TimeProvider clock,
    ILogger<FederationPuller> log)
{
    public const string HttpClientName = "comity-federation";
    public const string ProtectionPurpose = "Comity.Exchange.PeerApiKey";
    public const int PageSize = 1000;

    /// <summary>Takes the subscription's lease and pulls up to <paramref name="maxPages"/> pages; null when another node holds it.</summary>
    public async Task<PullResult?> PullAsync(Guid subscriptionId, int maxPages, string node, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leased = await db.Subscriptions.Where(s => s.Id == subscriptionId && (s.LeaseUntil == null || s.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseOwner, node).SetProperty(x => x.LeaseUntil, now.AddMinutes(10)), cancellationToken);
        if (leased == 0)
        {
            return null;
        }
        var subscription = await db.Subscriptions.SingleAsync(s => s.Id == subscriptionId, cancellationToken);
        var peer = await db.Peers.AsNoTracking().SingleAsync(p => p.Id == subscription.PeerId, cancellationToken);
        var (pages, objects) = (0, 0);
        try
        {
            var collection = await db.Collections.AsNoTracking().SingleAsync(c => c.Id == subscription.LocalCollectionId, cancellationToken);
            var organisation = await organisations.GetAsync(peer.OrganisationId, cancellationToken)
                ?? throw new InvalidOperationException("The organisation that registered this peer no longer exists.");
            var caller = new ExchangeCaller(Guid.Empty, organisation, new HashSet<Role> { Role.Analyst });
            using var client = Client(peer);
            var more = true;
            while (more && pages < maxPages)
            {
                var page = await FetchAsync(client, subscription, cancellationToken);
                pages++;
                if (page.Objects.Count > 0)
                {
                    await ingest.IngestAsync(collection, caller, page.Objects, cancellationToken, pulledFromPeer: true);
                    objects += page.Objects.Count;
                }
                if (page.LastAdded is not null)
                {
                    subscription.Advance(page.LastAdded, page.Objects.Count);
                    await db.SaveChangesAsync(cancellationToken);
                }
                more = page.More && page.LastAdded is not null;
                page.Document.Dispose();
            }
            subscription.Succeeded(clock.GetUtcNow());
            if (more)
            {
                subscription.PullNow(clock.GetUtcNow());
            }
            await db.SaveChangesAsync(cancellationToken);
            return new PullResult(pages, objects, !more, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or TaskCanceledException or InvalidOperationException)
        {
            log.LogWarning("Pull of {Collection} from peer {Peer} failed: {Error}", subscription.RemoteCollectionId, peer.Name, exception.Message);
            db.ChangeTracker.Clear();
            var fresh = await db.Subscriptions.SingleAsync(s => s.Id == subscriptionId, CancellationToken.None);
            fresh.Failed(exception.Message, clock.GetUtcNow(), Random.Shared.NextDouble());
            await db.SaveChangesAsync(CancellationToken.None);
            return new PullResult(pages, objects, false, exception.Message);
        }
    }

    private HttpClient Client(Peer peer)
    {
        var client = httpClients.CreateClient(HttpClientName);
        client.BaseAddress = new Uri(peer.ApiRootUrl);
        client.Timeout = TimeSpan.FromSeconds(60);
        var key = protection.CreateProtector(ProtectionPurpose).Unprotect(peer.ProtectedApiKey);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        client.DefaultRequestHeaders.Accept.ParseAdd(TaxiiMediaTypes.Taxii);
        return client;
    }

    private static async Task<RemotePage> FetchAsync(HttpClient client, PeerSubscription subscription, CancellationToken cancellationToken)
    {
        var url = $"collections/{Uri.EscapeDataString(subscription.RemoteCollectionId)}/objects/?limit={PageSize}"
            + (subscription.AddedAfter is null ? "" : $"&added_after={Uri.EscapeDataString(subscription.AddedAfter)}");
        using var response = await client.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The peer answered {(int)response.StatusCode} {response.ReasonPhrase} for {url}.");
        }
        var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
        if (!Envelope.TryReadObjects(document.RootElement, out var objects, out var problem))
        {
            document.Dispose();
            throw new InvalidOperationException($"The peer sent an unreadable envelope: {problem}");
        }
        var more = document.RootElement.TryGetProperty("more", out var flag) && flag.ValueKind == JsonValueKind.True;
        var last = response.Headers.TryGetValues("X-TAXII-Date-Added-Last", out var values) ? values.FirstOrDefault() : null;
        return new RemotePage(document, objects, more, last);
    }

    private sealed record RemotePage(JsonDocument Document, IReadOnlyList<JsonElement> Objects, bool More, string? LastAdded);
}
