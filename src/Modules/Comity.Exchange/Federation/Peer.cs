namespace Comity.Exchange.Federation;

/// <summary>Another Comity centre (or any TAXII 2.1 server) this centre pulls threat intelligence from.</summary>
public sealed class Peer
{
    public const int NameMax = 200;
    public const int UrlMax = 500;

    private readonly List<PeerSubscription> subscriptions = [];

    private Peer()
    {
        Name = "";
        ApiRootUrl = "";
        ProtectedApiKey = "";
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The peer's TAXII API root, ending in a slash: https://peer.example/taxii2/network/.</summary>
    public string ApiRootUrl { get; private set; }

    /// <summary>The API key the peer issued to us, encrypted with this instance's data-protection keys.</summary>
    public string ProtectedApiKey { get; private set; }

    /// <summary>The local organisation (a centre) on whose behalf objects are pulled; it becomes their producer here.</summary>
    public Guid OrganisationId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<PeerSubscription> Subscriptions => subscriptions;

    public static Peer Register(string name, string apiRootUrl, string protectedApiKey, Guid organisationId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        ApiRootUrl = apiRootUrl.EndsWith('/') ? apiRootUrl : apiRootUrl + "/",
        ProtectedApiKey = protectedApiKey,
        OrganisationId = organisationId,
        CreatedAt = now,
    };

    public PeerSubscription Subscribe(string remoteCollectionId, Guid localCollectionId, TimeSpan interval, DateTimeOffset now)
    {
        var subscription = new PeerSubscription(Guid.CreateVersion7(now), Id, remoteCollectionId, localCollectionId, interval, now);
        subscriptions.Add(subscription);
        return subscription;
    }
}

/// <summary>One remote collection pulled into one local collection, resuming from the last date_added it saw.</summary>
public sealed class PeerSubscription
{
    private PeerSubscription()
    {
        RemoteCollectionId = "";
    }

    internal PeerSubscription(Guid id, Guid peerId, string remoteCollectionId, Guid localCollectionId, TimeSpan interval, DateTimeOffset now)
    {
        Id = id;
        PeerId = peerId;
        RemoteCollectionId = remoteCollectionId;
        LocalCollectionId = localCollectionId;
        IntervalSeconds = (int)interval.TotalSeconds;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }

    public Guid PeerId { get; private set; }

    public string RemoteCollectionId { get; private set; }

    public Guid LocalCollectionId { get; private set; }

    public int IntervalSeconds { get; private set; }

    /// <summary>The peer's X-TAXII-Date-Added-Last of the last page stored here; the next pull asks for what came after.</summary>
    public string? AddedAfter { get; private set; }

    public long ObjectsPulled { get; private set; }

    public DateTimeOffset? LastSuccessAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Which node holds the pull until when; two nodes never pull one subscription at once.</summary>
    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    internal void Advance(string addedAfter, int objects)
    {
        AddedAfter = addedAfter;
        ObjectsPulled += objects;
    }

    internal void Succeeded(DateTimeOffset now)
    {
        LastAttemptAt = now;
        LastSuccessAt = now;
        LastError = null;
        ConsecutiveFailures = 0;
        NextAttemptAt = now.AddSeconds(IntervalSeconds);
        LeaseOwner = null;
        LeaseUntil = null;
    }

    /// <summary>Backs off exponentially (30 s, 1 min, 2 min … at most 1 h) with jitter so peers are not hammered in step.</summary>
    internal void Failed(string error, DateTimeOffset now, double jitter)
    {
        LastAttemptAt = now;
        LastError = error.Length > 500 ? error[..500] : error;
        ConsecutiveFailures++;
        var delay = Math.Min(30 * Math.Pow(2, Math.Min(ConsecutiveFailures - 1, 10)), 3600);
        NextAttemptAt = now.AddSeconds(delay * (0.8 + (0.4 * jitter)));
        LeaseOwner = null;
        LeaseUntil = null;
    }

    internal void PullNow(DateTimeOffset now) => NextAttemptAt = now;
}
