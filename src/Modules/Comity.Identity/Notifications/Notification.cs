namespace Comity.Identity.Notifications;

/// <summary>Where a notification's e-mail copy stands.</summary>
public enum EmailState
{
    /// <summary>No e-mail goes out: SMTP is not configured, or the person has no address.</summary>
    None,
    Pending,
    Sent,

    /// <summary>Every attempt failed; the notification is still in the inbox.</summary>
    Failed,
}

/// <summary>
/// A message to one person, shown in their inbox and, when SMTP is configured, also sent by e-mail. The row is the
/// outbox too: any web node's mailer may claim a pending e-mail through a lease, so two nodes never send it twice.
/// </summary>
public sealed class Notification
{
    public const int SubjectMax = 200;
    public const int BodyMax = 4000;
    public const int LinkMax = 500;
    public const int ErrorMax = 500;

    private Notification()
    {
        Subject = "";
        Body = "";
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    /// <summary>A path on this site (starting with one slash) where the person acts on the notification.</summary>
    public string? Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public EmailState Email { get; private set; }

    public int EmailAttempts { get; private set; }

    public DateTimeOffset? EmailNextAttemptAt { get; private set; }

    /// <summary>Until when one mailer holds the e-mail; another node may take it over once the lease has run out.</summary>
    public DateTimeOffset? EmailLeaseUntil { get; private set; }

    public string? EmailError { get; private set; }

    public static Notification Create(Guid userId, string subject, string body, string? link, bool email, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(body);
        if (link is not null && (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal) || link.Length > LinkMax))
        {
            throw new ArgumentException("A notification links to a path on this site.", nameof(link));
        }
        return new Notification
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Subject = Clip(subject.Trim(), SubjectMax),
            Body = Clip(body.Trim(), BodyMax),
            Link = link,
            CreatedAt = now,
            Email = email ? EmailState.Pending : EmailState.None,
            EmailNextAttemptAt = email ? now : null,
        };
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    public void EmailSent()
    {
        Email = EmailState.Sent;
        EmailAttempts++;
        EmailLeaseUntil = null;
        EmailNextAttemptAt = null;
        EmailError = null;
    }

    /// <summary>Records a failed attempt: tries again after <paramref name="retryAfter"/>, or gives up after <paramref name="maxAttempts"/>.</summary>
    public void EmailFailed(string error, int maxAttempts, TimeSpan retryAfter, DateTimeOffset now)
    {
        EmailAttempts++;
        EmailError = Clip(error, ErrorMax);
        EmailLeaseUntil = null;
        if (EmailAttempts >= maxAttempts)
        {
            Email = EmailState.Failed;
            EmailNextAttemptAt = null;
        }
        else
        {
            EmailNextAttemptAt = now + retryAfter;
        }
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
