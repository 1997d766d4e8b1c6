using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Federation;

public sealed record PeerBody(string? Name, string? ApiRootUrl, string? ApiKey);

public sealed record SubscriptionBody(string? RemoteCollectionId, Guid? LocalCollectionId, int? IntervalMinutes);

/// <summary>A subscription's health as the status page shows it; lag is the time since the last successful pull.</summary>
public sealed record SubscriptionResponse(Guid Id, string RemoteCollectionId, Guid LocalCollectionId, int IntervalMinutes, string? AddedAfter,
    long ObjectsPulled, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastAttemptAt, string? LastError, int ConsecutiveFailures,
    DateTimeOffset NextAttemptAt, string Health, TimeSpan? Lag);

public sealed record PeerResponse(Guid Id, string Name, string ApiRootUrl, Guid OrganisationId, IReadOnlyList<SubscriptionResponse> Subscriptions);

/// <summary>Coordinators register the peers their centre pulls from; administrators see every centre's.</summary>
internal static class ManagePeers
{
    public static async Task<IReadOnlyList<PeerResponse>> ListAsync(ExchangeCaller caller, ExchangeDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var everyone = caller.Roles.Contains(Role.PlatformAdministrator);
        var peers = await db.Peers.AsNoTracking().Where(p => everyone || p.OrganisationId == caller.OrganisationId).OrderBy(p => p.Name)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return peers.Select(p => ToResponse(p, now)).ToList();
    }

    public static async Task<Outcome<PeerResponse>> RegisterAsync(ExchangeCaller caller, PeerBody body, ExchangeDb db, IDataProtectionProvider protection,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var url = body.ApiRootUrl?.Trim();
        var v = new Validation()
            .Required(body.Name, "name", Peer.NameMax)
            .Required(url, "apiRootUrl", Peer.UrlMax)
            .Required(body.ApiKey, "apiKey", 1000)
            .Require(url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))),
                "apiRootUrl", "Give the peer's TAXII API root as an https:// URL, such as https://peer.example/taxii2/network/.");
        if (!v.IsValid)
        {
            return v;
        }
        var now = clock.GetUtcNow();
        var peer = Peer.Register(body.Name!, url!, protection.CreateProtector(FederationPuller.ProtectionPurpose).Protect(body.ApiKey!.Trim()),
            caller.OrganisationId, now);
        db.Peers.Add(peer);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("exchange.peer.registered", "peer", peer.Id.ToString(), $"{peer.Name} at {peer.ApiRootUrl}"),
            cancellationToken);
        return Outcome<PeerResponse>.Ok(ToResponse(peer, now));
    }

    public static async Task<Outcome<PeerResponse>> SubscribeAsync(ExchangeCaller caller, Guid peerId, SubscriptionBody body, ExchangeDb db,
        ApiRoots roots, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var peer = await db.Peers.SingleOrDefaultAsync(p => p.Id == peerId, cancellationToken);
        if (peer is null || !Manages(caller, peer))
        {
            return Outcome<PeerResponse>.NotFound();
        }
        var collection = body.LocalCollectionId is { } id ? await db.Collections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        var root = collection is null ? null : await roots.ForCentreAsync(collection.CentreId, cancellationToken);
        var v = new Validation()
            .Required(body.RemoteCollectionId, "remoteCollectionId", 200)
            .Require(root is not null && caller.ManagesCollectionsOf(root), "localCollectionId", "Choose a collection of an API root you manage.")
            .Require(body.IntervalMinutes is null or >= 1 and <= 1440, "intervalMinutes", "Pull every 1 to 1,440 minutes.");
        if (!v.IsValid)
        {
            return v;
        }
        var now = clock.GetUtcNow();
        var subscription = peer.Subscribe(body.RemoteCollectionId!.Trim(), collection!.Id, TimeSpan.FromMinutes(body.IntervalMinutes ?? 15), now);
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("exchange.peer.subscribed", "peer", peer.Id.ToString(),
            $"{peer.Name}: collection {subscription.RemoteCollectionId} into {collection.Title}"), cancellationToken);
        return Outcome<PeerResponse>.Ok(ToResponse(peer, now));
    }

    public static async Task<Outcome<PullResult>> PullNowAsync(ExchangeCaller caller, Guid peerId, Guid subscriptionId, ExchangeDb db,
        FederationPuller puller, CancellationToken cancellationToken)
    {
        var peer = await db.Peers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == peerId, cancellationToken);
        if (peer is null || !Manages(caller, peer) || peer.Subscriptions.All(s => s.Id != subscriptionId))
        {
            return Outcome<PullResult>.NotFound();
        }
        var result = await puller.PullAsync(subscriptionId, maxPages: 100, $"request/{caller.UserId}", cancellationToken);
        return result is null ? Outcome<PullResult>.Conflict("A pull of this subscription is already running.") : Outcome<PullResult>.Ok(result);
    }

    private static bool Manages(ExchangeCaller caller, Peer peer) =>
        caller.Roles.Contains(Role.PlatformAdministrator) || peer.OrganisationId == caller.OrganisationId;

    private static PeerResponse ToResponse(Peer peer, DateTimeOffset now) => new(peer.Id, peer.Name, peer.ApiRootUrl, peer.OrganisationId,
        peer.Subscriptions.Select(s => new SubscriptionResponse(s.Id, s.RemoteCollectionId, s.LocalCollectionId, s.IntervalSeconds / 60, s.AddedAfter,
            s.ObjectsPulled, s.LastSuccessAt, s.LastAttemptAt, s.LastError, s.ConsecutiveFailures, s.NextAttemptAt,
            Health(s, now), s.LastSuccessAt is { } success ? now - success : null)).ToList());

    /// <summary>Healthy when the last attempt succeeded and the schedule is kept; failing after an error; never pulled before the first success.</summary>
    private static string Health(PeerSubscription s, DateTimeOffset now) => s switch
    {
        { ConsecutiveFailures: > 0 } => "failing",
        { LastSuccessAt: null } => "waiting",
        _ when now - s.LastSuccessAt > TimeSpan.FromSeconds(s.IntervalSeconds * 3L) => "late",
        _ => "healthy",
    };
}
