namespace Comity.Hygiene.Reports;

public enum ReportStatus
{
    Pending,
    Accepted,
    Rejected,
}

/// <summary>TLP 2.0 levels a moderator may give an accepted public report: it is meant to be shared widely.</summary>
public enum Tlp
{
    Clear,
    Green,
}

/// <summary>
/// What a member of the public reported. It holds only what the scam showed them (a link, the sender's address or
/// number, the text); nothing about the reporter, and no network address.
/// </summary>
public sealed class ScamReport
{
    public const int LinkMax = 2000;
    public const int EmailMax = 254;
    public const int PhoneMax = 32;
    public const int MessageMax = 5000;

    private ScamReport()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string Country { get; private set; } = "";

    public string Language { get; private set; } = "";

    public string? Link { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? Message { get; private set; }

    public bool HasScreenshot { get; private set; }

    /// <summary>Whether the browser solved the proof of work; reports without it came from the no-JavaScript path.</summary>
    public bool SolvedProofOfWork { get; private set; }

    /// <summary>The national CERT or regional centre whose queue holds the report; null when no one covers the country.</summary>
    public Guid? QueueOrganisationId { get; private set; }

    public ReportStatus Status { get; private set; }

    public Tlp? Tlp { get; private set; }

    public Guid? ModeratorId { get; private set; }

    public DateTimeOffset? ModeratedAt { get; private set; }

    internal static ScamReport Receive(ScamReportFields fields, Guid? queue, bool solvedProofOfWork, bool hasScreenshot, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        ReceivedAt = now,
        Country = fields.Country,
        Language = fields.Language,
        Link = fields.Link,
        Email = fields.Email,
        Phone = fields.Phone,
        Message = fields.Message,
        HasScreenshot = hasScreenshot,
        SolvedProofOfWork = solvedProofOfWork,
        QueueOrganisationId = queue,
        Status = ReportStatus.Pending,
    };

    public void Accept(Tlp tlp, Guid moderator, DateTimeOffset now)
    {
        EnsurePending();
        Status = ReportStatus.Accepted;
        Tlp = tlp;
        ModeratorId = moderator;
        ModeratedAt = now;
    }

    public void Reject(Guid moderator, DateTimeOffset now)
    {
        EnsurePending();
        Status = ReportStatus.Rejected;
        ModeratorId = moderator;
        ModeratedAt = now;
    }

    private void EnsurePending()
    {
        if (Status != ReportStatus.Pending)
        {
            throw new InvalidOperationException("This report has already been moderated.");
        }
    }
}

/// <summary>A report's validated, normalised fields.</summary>
internal sealed record ScamReportFields(string Country, string Language, string? Link, string? Email, string? Phone, string? Message);

/// <summary>The screenshot, kept apart so that queues and exports never load it.</summary>
public sealed class ReportScreenshot
{
    public const int MaxBytes = 2 * 1024 * 1024;

    private ReportScreenshot()
    {
    }

    public Guid ReportId { get; private set; }

    public string ContentType { get; private set; } = "";

    public byte[] Bytes { get; private set; } = [];

    internal static ReportScreenshot For(Guid reportId, string contentType, byte[] bytes) =>
        new() { ReportId = reportId, ContentType = contentType, Bytes = bytes };
}

public enum ItemKind
{
    Url,
    Domain,
    Email,
    Phone,
}

/// <summary>
/// A scam artefact a queue has accepted at least once: each further accepted report that names it raises its count
/// instead of adding a new item (sightings, once the exchange module exists).
/// </summary>
public sealed class ScamItem
{
    private ScamItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public ItemKind Kind { get; private set; }

    public string Value { get; private set; } = "";

    public int Count { get; private set; }

    public Tlp Tlp { get; private set; }

    public DateTimeOffset FirstSeen { get; private set; }

    public DateTimeOffset LastSeen { get; private set; }

    internal static ScamItem First(Guid organisation, ItemKind kind, string value, Tlp tlp, DateTimeOffset seen) => new()
    {
        Id = Guid.NewGuid(), OrganisationId = organisation, Kind = kind, Value = value, Count = 1, Tlp = tlp, FirstSeen = seen, LastSeen = seen,
    };

    /// <summary>Another accepted report names this item; the item keeps the stricter of the two markings.</summary>
    internal void SeenAgain(Tlp tlp, DateTimeOffset seen)
    {
        Count++;
        LastSeen = seen > LastSeen ? seen : LastSeen;
        Tlp = tlp > Tlp ? tlp : Tlp;
    }
}
