namespace Comity.Roster.Deployments;

public enum DeploymentStatus
{
    Offered,
    Accepted,
    Declined,
    Withdrawn,
    Deployed,
    Completed,
    Closed,
}

/// <summary>
/// One expert on one request, from the offer to the closing evaluation: offered → accepted (or declined with a
/// reason) → deployed → completed with the expert's after-action report → closed with the country's rating.
/// </summary>
public sealed class Deployment
{
    public const int ReasonMax = 1000;
    public const int ReportMax = 20000;

    private Deployment()
    {
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid ExpertId { get; private set; }

    public DeploymentStatus Status { get; private set; }

    /// <summary>The matching score when the coordinator approved the proposal, kept for later review.</summary>
    public double Score { get; private set; }

    public DateTimeOffset OfferedAt { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    public DateTimeOffset? DeployedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? AfterActionReport { get; private set; }

    /// <summary>The requesting country's rating, 1 (poor) to 5 (excellent).</summary>
    public int? Rating { get; private set; }

    public string? Feedback { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public static Deployment Offer(Guid requestId, Guid expertId, double score, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), RequestId = requestId, ExpertId = expertId, Score = score, OfferedAt = now, Status = DeploymentStatus.Offered };

    public bool TryAccept(DateTimeOffset now) => Respond(DeploymentStatus.Accepted, null, now);

    public bool TryDecline(string reason, DateTimeOffset now) => Respond(DeploymentStatus.Declined, reason, now);

    /// <summary>Withdraws an open or accepted offer because a team member declined or the request was cancelled.</summary>
    public bool TryWithdraw(DateTimeOffset now)
    {
        if (Status is not (DeploymentStatus.Offered or DeploymentStatus.Accepted))
        {
            return false;
        }
        Status = DeploymentStatus.Withdrawn;
        RespondedAt ??= now;
        return true;
    }

    public bool TryDeploy(DateTimeOffset now)
    {
        if (Status != DeploymentStatus.Accepted)
        {
            return false;
        }
        Status = DeploymentStatus.Deployed;
        DeployedAt = now;
        return true;
    }

    public bool TryComplete(string report, DateTimeOffset now)
    {
        if (Status != DeploymentStatus.Deployed)
        {
            return false;
        }
        Status = DeploymentStatus.Completed;
        AfterActionReport = report.Trim();
        CompletedAt = now;
        return true;
    }

    public bool TryClose(int rating, string? feedback, DateTimeOffset now)
    {
        if (Status != DeploymentStatus.Completed)
        {
            return false;
        }
        Status = DeploymentStatus.Closed;
        Rating = rating;
        Feedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
        ClosedAt = now;
        return true;
    }

    private bool Respond(DeploymentStatus to, string? reason, DateTimeOffset now)
    {
        if (Status != DeploymentStatus.Offered)
        {
            return false;
        }
        Status = to;
        DeclineReason = reason?.Trim();
        RespondedAt = now;
        return true;
    }
}
