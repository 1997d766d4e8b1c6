using Comity.Exchange.Sharing;

namespace Comity.Exchange.Collections;

/// <summary>A TAXII collection inside one API root, with who may read and write it and the TLP given to unmarked objects.</summary>
public sealed class ExchangeCollection
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 2000;
    public const int AliasMax = 100;

    private readonly List<CollectionGrant> grants = [];

    private ExchangeCollection()
    {
        Title = "";
    }

    public Guid Id { get; private set; }

    /// <summary>The centre whose API root holds the collection; null for the network-wide root.</summary>
    public Guid? CentreId { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public string? Alias { get; private set; }

    /// <summary>The marking applied to objects that arrive without a TLP marking.</summary>
    public Tlp DefaultTlp { get; private set; }

    /// <summary>Who may read besides the organisations named on the collection.</summary>
    public ReadAudience ReadAudience { get; private set; }

    /// <summary>Every organisation of the API root's community may write.</summary>
    public bool CommunityCanWrite { get; private set; }

    /// <summary>
    /// The date_added (µs since the Unix epoch) last handed out. Each object gets a strictly larger one, so
    /// <c>added_after</c> never skips an object that shares a timestamp with the last one a client saw.
    /// </summary>
    public long LastAddedMicros { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Organisations named on the collection, beyond (or instead of) its community.</summary>
    public IReadOnlyList<CollectionGrant> Grants => grants;

    public static ExchangeCollection Create(Guid? centreId, CollectionDetails details, DateTimeOffset now)
    {
        var collection = new ExchangeCollection { Id = Guid.CreateVersion7(now), CentreId = centreId, CreatedAt = now };
        collection.Update(details, now);
        return collection;
    }

    public void Update(CollectionDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        Title = details.Title.Trim();
        Description = string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim();
        Alias = string.IsNullOrWhiteSpace(details.Alias) ? null : details.Alias.Trim().ToLowerInvariant();
        DefaultTlp = details.DefaultTlp;
        ReadAudience = details.ReadAudience;
        CommunityCanWrite = details.CommunityCanWrite;
        var wanted = details.Grants.GroupBy(g => g.OrganisationId).ToDictionary(g => g.Key, g => g.Last());
        grants.RemoveAll(g => !wanted.ContainsKey(g.OrganisationId));
        foreach (var (organisationId, grant) in wanted)
        {
            var existing = grants.Find(g => g.OrganisationId == organisationId);
            if (existing is null)
            {
                grants.Add(new CollectionGrant(Id, organisationId, grant.CanRead, grant.CanWrite));
            }
            else
            {
                existing.Set(grant.CanRead, grant.CanWrite);
            }
        }
        UpdatedAt = now;
    }
}

/// <summary>
/// Who may read a collection beyond the organisations named on it. Reading a collection is not reading
/// everything in it: TLP decides per object (GREEN stays within the community even in a network-readable collection).
/// </summary>
public enum ReadAudience
{
    /// <summary>Only the organisations named on the collection.</summary>
    Named,

    /// <summary>Every organisation of the API root's community.</summary>
    Community,

    /// <summary>Every organisation of the network.</summary>
    Network,
}

/// <summary>An organisation's rights on one collection.</summary>
public sealed class CollectionGrant(Guid collectionId, Guid organisationId, bool canRead, bool canWrite)
{
    public Guid CollectionId { get; private set; } = collectionId;

    public Guid OrganisationId { get; private set; } = organisationId;

    public bool CanRead { get; private set; } = canRead;

    public bool CanWrite { get; private set; } = canWrite;

    internal void Set(bool read, bool write)
    {
        CanRead = read;
        CanWrite = write;
    }
}

/// <summary>What a coordinator sets on a collection.</summary>
public sealed record CollectionDetails(
    string Title,
    string? Description,
    string? Alias,
    Tlp DefaultTlp,
    ReadAudience ReadAudience,
    bool CommunityCanWrite,
    IReadOnlyList<GrantDetails> Grants);

/// <summary>One organisation's rights, as set by a coordinator.</summary>
public sealed record GrantDetails(Guid OrganisationId, bool CanRead, bool CanWrite);
