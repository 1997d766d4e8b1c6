namespace Comity.Exchange.Objects;

/// <summary>The TAXII status resource of one POST to a collection's objects.</summary>
public sealed class IngestStatus
{
    private IngestStatus()
    {
        DetailsJson = "{}";
    }

    internal IngestStatus(Guid id, Guid collectionId, Guid organisationId, DateTimeOffset requestedAt, int total, int success, int failure, string detailsJson)
    {
        Id = id;
        CollectionId = collectionId;
        OrganisationId = organisationId;
        RequestedAt = requestedAt;
        TotalCount = total;
        SuccessCount = success;
        FailureCount = failure;
        DetailsJson = detailsJson;
    }

    public Guid Id { get; private set; }

    public Guid CollectionId { get; private set; }

    /// <summary>Only the organisation that posted may read the status: it lists object ids.</summary>
    public Guid OrganisationId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public int TotalCount { get; private set; }

    public int SuccessCount { get; private set; }

    public int FailureCount { get; private set; }

    /// <summary>The successes and failures lists, as the status resource writes them.</summary>
    public string DetailsJson { get; private set; }
}
