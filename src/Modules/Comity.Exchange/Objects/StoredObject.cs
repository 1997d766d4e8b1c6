using System.IO.Hashing;
using System.Text;
using Comity.Exchange.Sharing;

namespace Comity.Exchange.Objects;

/// <summary>
/// One version of one STIX object in one collection: the submitted JSON exactly as it came, next to the
/// columns that filters, paging and TLP checks need, so that a page of objects is a single indexed query.
/// </summary>
public sealed class StoredObject
{
    private StoredObject()
    {
        StixId = "";
        Type = "";
        SpecVersion = "";
        Json = "";
    }

    internal StoredObject(Guid collectionId, IncomingObject incoming, long addedMicros, Guid producerOrganisationId)
    {
        CollectionId = collectionId;
        StixId = incoming.Id;
        IdKey = KeyOf(incoming.Id);
        Type = incoming.Type;
        SpecVersion = incoming.SpecVersion;
        VersionMicros = incoming.VersionMicros ?? addedMicros;
        AddedMicros = addedMicros;
        Tlp = incoming.Tlp;
        ProducerOrganisationId = producerOrganisationId;
        HasRecipients = incoming.Recipients.Count > 0;
        Json = incoming.Json;
    }

    /// <summary>Row key; also the tie-breaker nobody outside sees.</summary>
    public long Seq { get; private set; }

    public Guid CollectionId { get; private set; }

    public string StixId { get; private set; }

    /// <summary>
    /// A 64-bit hash of <see cref="StixId"/>, the key of the by-id index. STIX ids are random, so every insert lands on
    /// a different index page; eight-byte keys keep that index half the size of one on the id text and cut SQLite's cost
    /// per stored object. Queries by id match this key and then the id itself (hashes can collide).
    /// </summary>
    public long IdKey { get; private set; }

    public string Type { get; private set; }

    public string SpecVersion { get; private set; }

    /// <summary>The object's version (modified, else created, else date_added) in µs since the Unix epoch.</summary>
    public long VersionMicros { get; private set; }

    /// <summary>TAXII date_added in µs since the Unix epoch; unique and increasing within a collection.</summary>
    public long AddedMicros { get; private set; }

    public bool IsLatest { get; private set; }

    public bool IsFirst { get; private set; }

    public Tlp Tlp { get; private set; }

    /// <summary>The organisation that put this version here (for federated objects: the local peer subscription's centre).</summary>
    public Guid ProducerOrganisationId { get; private set; }

    /// <summary>Whether the object names its recipients (<c>x_comity_recipients</c>); AMBER without recipients goes to the collection's named members.</summary>
    public bool HasRecipients { get; private set; }

    public string Json { get; private set; }

    /// <summary>The <see cref="IdKey"/> of a STIX id; never 0, which marks rows stored before the key existed.</summary>
    public static long KeyOf(string stixId)
    {
        ArgumentNullException.ThrowIfNull(stixId);
        // Ids are short (300 characters at most in storage), so their UTF-8 fits on the stack: no allocation per object.
        var maxBytes = Encoding.UTF8.GetMaxByteCount(stixId.Length);
        Span<byte> utf8 = maxBytes <= 1024 ? stackalloc byte[maxBytes] : new byte[maxBytes];
        var key = unchecked((long)XxHash3.HashToUInt64(utf8[..Encoding.UTF8.GetBytes(stixId, utf8)]));
        return key == 0 ? 1 : key;
    }

    internal void AssignSeq(long seq) => Seq = seq;

    internal void SetFlags(bool isFirst, bool isLatest)
    {
        IsFirst = isFirst;
        IsLatest = isLatest;
    }
}

/// <summary>An organisation or person an object is addressed to (AMBER, AMBER+STRICT, RED).</summary>
public sealed class ObjectRecipient(long objectSeq, Guid recipientId)
{
    public long ObjectSeq { get; private set; } = objectSeq;

    /// <summary>A Comity organisation id or person id.</summary>
    public Guid RecipientId { get; private set; } = recipientId;
}
