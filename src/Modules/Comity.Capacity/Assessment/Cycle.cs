using System.Security.Cryptography;
using System.Text;

namespace Comity.Capacity.Assessment;

public enum CycleStatus
{
    Open,
    Submitted,
}

public enum StakeholderGroup
{
    Government,
    CriticalInfrastructureAndPrivateSector,
    LawEnforcementAndJustice,
    Academia,
    CivilSociety,
    InternationalPartners,
}

public enum AnswerValue
{
    Met,
    Partly,
    NotMet,
    Unknown,
}

/// <summary>One national self-assessment on one model version. Once submitted it is frozen, with its stages stored.</summary>
public sealed class AssessmentCycle
{
    public const int TitleMax = 200;

    private AssessmentCycle()
    {
        Country = "";
        Title = "";
    }

    public Guid Id { get; private set; }

    public string Country { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ModelVersionId { get; private set; }

    public string Title { get; private set; }

    public CycleStatus Status { get; private set; }

    /// <summary>Whether this cycle's stages may count towards the regional median other countries see.</summary>
    public bool ConsentsToRegionalMedian { get; private set; }

    public Guid OpenedBy { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Factor code → stage (0 = below start-up) as JSON, fixed at submission.</summary>
    public string StagesJson { get; private set; } = "{}";

    public IReadOnlyDictionary<string, int> Stages =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>(StagesJson) ?? [];

    public List<Respondent> Respondents { get; private set; } = [];

    public List<ConsolidatedAnswer> Consolidated { get; private set; } = [];

    public List<GapRequest> GapRequests { get; private set; } = [];

    public bool IsOpen => Status == CycleStatus.Open;

    public static AssessmentCycle Open(string country, Guid organisationId, Guid modelVersionId, string title, bool consent, Guid openedBy,
        DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            Country = country,
            OrganisationId = organisationId,
            ModelVersionId = modelVersionId,
            Title = title,
            ConsentsToRegionalMedian = consent,
            OpenedBy = openedBy,
            OpenedAt = now,
            Status = CycleStatus.Open,
        };

    public void SetConsent(bool consent) => ConsentsToRegionalMedian = consent;

    public void Consolidate(string indicator, AnswerValue value, string? note)
    {
        EnsureOpen();
        if (Consolidated.FirstOrDefault(c => c.Indicator == indicator) is { } existing)
        {
            existing.Set(value, note);
        }
        else
        {
            Consolidated.Add(new ConsolidatedAnswer(Id, indicator, value, note));
        }
    }

    public void Submit(IReadOnlyDictionary<string, int> stages, DateTimeOffset now)
    {
        EnsureOpen();
        StagesJson = System.Text.Json.JsonSerializer.Serialize(stages);
        Status = CycleStatus.Submitted;
        SubmittedAt = now;
        foreach (var respondent in Respondents)
        {
            respondent.Close();
        }
    }

    public void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("A submitted assessment is frozen.");
        }
    }
}

/// <summary>Someone invited to answer: an existing Comity account, or an e-mail address with a one-time answering link.</summary>
public sealed class Respondent
{
    public const int EmailMax = 254;
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(30);

    private Respondent()
    {
        Email = "";
    }

    public Guid Id { get; private set; }

    public Guid CycleId { get; private set; }

    public string Email { get; private set; }

    public StakeholderGroup Group { get; private set; }

    public Guid? UserId { get; private set; }

    /// <summary>SHA-256 of the answering link's token; the token itself is shown once and never stored.</summary>
    public string? TokenHash { get; private set; }

    public DateTimeOffset? TokenExpiresAt { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public List<Answer> Answers { get; private set; } = [];

    public bool CanAnswer(DateTimeOffset now) => FinishedAt is null && (UserId is not null || TokenExpiresAt > now);

    /// <summary>Invites an account (no link) or an address (a link whose token is returned once).</summary>
    public static (Respondent Respondent, string? Token) Invite(Guid cycleId, string email, StakeholderGroup group, Guid? userId,
        DateTimeOffset now)
    {
        var respondent = new Respondent
        {
            Id = Guid.CreateVersion7(now),
            CycleId = cycleId,
            Email = email,
            Group = group,
            UserId = userId,
            InvitedAt = now,
        };
        if (userId is not null)
        {
            return (respondent, null);
        }
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        respondent.TokenHash = Hash(token);
        respondent.TokenExpiresAt = now + LinkLifetime;
        return (respondent, token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public void Record(string indicator, AnswerValue value, List<string> evidence, string? comment, DateTimeOffset now)
    {
        if (FinishedAt is not null)
        {
            throw new InvalidOperationException("This respondent has finished answering.");
        }
        if (Answers.FirstOrDefault(a => a.Indicator == indicator) is { } existing)
        {
            existing.Set(value, evidence, comment, now);
        }
        else
        {
            Answers.Add(new Answer(Id, indicator, value, evidence, comment, now));
        }
    }

    /// <summary>Ends answering: the link stops working, so it is used once.</summary>
    public void Finish(DateTimeOffset now)
    {
        FinishedAt ??= now;
        TokenHash = null;
    }

    internal void Close()
    {
        TokenHash = null;
        TokenExpiresAt = null;
    }
}

public sealed class Answer
{
    public const int CommentMax = 2000;
    public const int EvidenceMax = 5;
    public const int EvidenceUrlMax = 500;

    private Answer()
    {
        Indicator = "";
    }

    internal Answer(Guid respondentId, string indicator, AnswerValue value, List<string> evidence, string? comment, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        RespondentId = respondentId;
        Indicator = indicator;
        Set(value, evidence, comment, now);
    }

    public Guid Id { get; private set; }

    public Guid RespondentId { get; private set; }

    public string Indicator { get; private set; }

    public AnswerValue Value { get; private set; }

    public List<string> Evidence { get; private set; } = [];

    public string? Comment { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    internal void Set(AnswerValue value, List<string> evidence, string? comment, DateTimeOffset now)
    {
        Value = value;
        Evidence = evidence;
        Comment = comment;
        UpdatedAt = now;
    }
}

/// <summary>The focal point's settled answer for an indicator, which wins over the respondents' answers.</summary>
public sealed class ConsolidatedAnswer
{
    public const int NoteMax = 2000;

    private ConsolidatedAnswer()
    {
        Indicator = "";
    }

    internal ConsolidatedAnswer(Guid cycleId, string indicator, AnswerValue value, string? note)
    {
        Id = Guid.NewGuid();
        CycleId = cycleId;
        Indicator = indicator;
        Value = value;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid CycleId { get; private set; }

    public string Indicator { get; private set; }

    public AnswerValue Value { get; private set; }

    public string? Note { get; private set; }

    internal void Set(AnswerValue value, string? note)
    {
        Value = value;
        Note = note;
    }
}

/// <summary>A roster request drafted from a gap of this cycle.</summary>
public sealed class GapRequest
{
    private GapRequest()
    {
        Factor = "";
    }

    public GapRequest(Guid cycleId, string factor, Guid requestId, Guid createdBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        CycleId = cycleId;
        Factor = factor;
        RequestId = requestId;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid CycleId { get; private set; }

    public string Factor { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
