using Comity.Roster.Experts;
using Comity.Roster.Skills;

namespace Comity.Roster.Requests;

public enum RequestStatus
{
    Draft,
    Submitted,
    Triaged,
    Matching,
    Offered,
    Staffed,
    InProgress,
    Completed,
    Cancelled,
}

public enum DeploymentModality
{
    Remote,
    OnSite,
    Either,
}

public enum Urgency
{
    Routine,
    Priority,
    Urgent,
}

public sealed record RequiredSkill(string Skill, Proficiency MinimumLevel);

public sealed record RequiredLanguage(string Language, Cefr MinimumLevel);

/// <summary>
/// A country's request for expert help, filed by its focal point to the regional centre that serves it.
/// Status moves forward through the lifecycle; each move is a method that checks it is allowed.
/// </summary>
public sealed class AssistanceRequest
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 8000;

    private AssistanceRequest()
    {
        Title = "";
        Description = "";
        Country = "";
        TopicArea = "";
    }

    public Guid Id { get; private set; }

    public Guid CentreId { get; private set; }

    public Guid RequestingOrganisationId { get; private set; }

    public Guid FiledBy { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public string Country { get; private set; }

    public string TopicArea { get; private set; }

    public List<RequiredSkill> RequiredSkills { get; private set; } = [];

    public List<RequiredLanguage> RequiredLanguages { get; private set; } = [];

    public DateOnly EarliestStart { get; private set; }

    public DateOnly LatestEnd { get; private set; }

    public int DurationDays { get; private set; }

    public DeploymentModality Modality { get; private set; }

    public int TeamSize { get; private set; }

    public Urgency Urgency { get; private set; }

    /// <summary>The requesting side's usual offset from UTC, for the matcher's time-zone term.</summary>
    public double UtcOffsetHours { get; private set; }

    /// <summary>A reference to the capacity gap this request answers, when it came from a self-assessment.</summary>
    public string? CapacityGap { get; private set; }

    /// <summary>By default experts of the requesting country's nationality, or employed there, are not proposed.</summary>
    public bool AllowSameNationality { get; private set; }

    public bool AllowSameEmployerCountry { get; private set; }

    public List<Guid> PinnedExperts { get; private set; } = [];

    public List<Guid> ExcludedExperts { get; private set; } = [];

    public RequestStatus Status { get; private set; }

    public Guid? ReferredFromCentreId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static AssistanceRequest File(Guid centreId, Guid organisationId, Guid userId, RequestDetails details, bool submit, DateTimeOffset now)
    {
        var request = new AssistanceRequest
        {
            Id = Guid.CreateVersion7(now),
            CentreId = centreId,
            RequestingOrganisationId = organisationId,
            FiledBy = userId,
            CreatedAt = now,
            Status = submit ? RequestStatus.Submitted : RequestStatus.Draft,
        };
        request.Apply(details, now);
        return request;
    }

    /// <summary>Changes the details; allowed until the centre starts matching.</summary>
    public bool TryEdit(RequestDetails details, DateTimeOffset now)
    {
        if (Status is not (RequestStatus.Draft or RequestStatus.Submitted or RequestStatus.Triaged))
        {
            return false;
        }
        Apply(details, now);
        return true;
    }

    public bool TrySubmit(DateTimeOffset now) => Move(RequestStatus.Draft, RequestStatus.Submitted, now);

    public bool TryTriage(DateTimeOffset now) => Move(RequestStatus.Submitted, RequestStatus.Triaged, now);

    /// <summary>Proposals exist; matching may be run again any number of times.</summary>
    public bool TryStartMatching(DateTimeOffset now) =>
        Status == RequestStatus.Matching || Move(RequestStatus.Triaged, RequestStatus.Matching, now);

    public bool TryOffer(DateTimeOffset now) => Move(RequestStatus.Matching, RequestStatus.Offered, now);

    /// <summary>An expert declined: the request goes back to matching.</summary>
    public bool TryReopenMatching(DateTimeOffset now) =>
        Move(RequestStatus.Offered, RequestStatus.Matching, now) || Move(RequestStatus.Staffed, RequestStatus.Matching, now);

    public bool TryStaff(DateTimeOffset now) => Move(RequestStatus.Offered, RequestStatus.Staffed, now);

    public bool TryStart(DateTimeOffset now) => Move(RequestStatus.Staffed, RequestStatus.InProgress, now);

    public bool TryComplete(DateTimeOffset now) => Move(RequestStatus.InProgress, RequestStatus.Completed, now);

    public bool TryCancel(DateTimeOffset now)
    {
        if (Status is RequestStatus.Completed or RequestStatus.Cancelled or RequestStatus.InProgress)
        {
            return false;
        }
        Status = RequestStatus.Cancelled;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Hands a request to another centre, which triages it afresh.</summary>
    public bool TryReferTo(Guid centreId, DateTimeOffset now)
    {
        if (Status is not (RequestStatus.Submitted or RequestStatus.Triaged or RequestStatus.Matching) || centreId == CentreId)
        {
            return false;
        }
        ReferredFromCentreId = CentreId;
        CentreId = centreId;
        Status = RequestStatus.Submitted;
        PinnedExperts = [];
        ExcludedExperts = [];
        UpdatedAt = now;
        return true;
    }

    public void SetPinsAndExclusions(IEnumerable<Guid> pinned, IEnumerable<Guid> excluded, DateTimeOffset now)
    {
        PinnedExperts = [.. pinned.Distinct()];
        ExcludedExperts = [.. excluded.Distinct().Except(PinnedExperts)];
        UpdatedAt = now;
    }

    private bool Move(RequestStatus from, RequestStatus to, DateTimeOffset now)
    {
        if (Status != from)
        {
            return false;
        }
        Status = to;
        UpdatedAt = now;
        return true;
    }

    private void Apply(RequestDetails details, DateTimeOffset now)
    {
        Title = details.Title.Trim();
        Description = details.Description.Trim();
        Country = details.Country.Trim().ToUpperInvariant();
        TopicArea = details.TopicArea;
        RequiredSkills = [.. details.RequiredSkills.DistinctBy(s => s.Skill)];
        RequiredLanguages = [.. details.RequiredLanguages.DistinctBy(l => l.Language)];
        EarliestStart = details.EarliestStart;
        LatestEnd = details.LatestEnd;
        DurationDays = details.DurationDays;
        Modality = details.Modality;
        TeamSize = details.TeamSize;
        Urgency = details.Urgency;
        UtcOffsetHours = details.UtcOffsetHours;
        CapacityGap = string.IsNullOrWhiteSpace(details.CapacityGap) ? null : details.CapacityGap.Trim();
        AllowSameNationality = details.AllowSameNationality;
        AllowSameEmployerCountry = details.AllowSameEmployerCountry;
        UpdatedAt = now;
    }
}

public sealed record RequestDetails(
    string Title,
    string Description,
    string Country,
    string TopicArea,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    IReadOnlyList<RequiredLanguage> RequiredLanguages,
    DateOnly EarliestStart,
    DateOnly LatestEnd,
    int DurationDays,
    DeploymentModality Modality,
    int TeamSize,
    Urgency Urgency,
    double UtcOffsetHours,
    string? CapacityGap,
    bool AllowSameNationality,
    bool AllowSameEmployerCountry);
