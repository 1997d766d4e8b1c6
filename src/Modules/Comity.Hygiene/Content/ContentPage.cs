using System.Text.RegularExpressions;

namespace Comity.Hygiene.Content;

public enum ContentKind
{
    Lesson,
    Campaign,
}

/// <summary>Draft (being written) → InReview (waiting for a second campaign manager) → Published (the draft is live).</summary>
public enum ReviewStatus
{
    Draft,
    InReview,
    Published,
}

/// <summary>
/// One page of the campaign in one language. Visitors always read the published copy; editing changes only the draft,
/// which goes live when a reviewer who did not write it approves it.
/// </summary>
public sealed partial class ContentPage
{
    public const int KeyMax = 60;
    public const int TitleMax = 120;
    public const int SummaryMax = 300;
    public const int BodyMax = 20_000;

    private ContentPage()
    {
    }

    public Guid Id { get; private set; }

    public ContentKind Kind { get; private set; }

    /// <summary>The lesson's topic (<see cref="Topics"/>) or the campaign's area: a country code ("ke") or a region slug.</summary>
    public string Key { get; private set; } = "";

    public string Language { get; private set; } = "";

    public string DraftTitle { get; private set; } = "";

    public string DraftSummary { get; private set; } = "";

    public string DraftBody { get; private set; } = "";

    public ReviewStatus Status { get; private set; }

    /// <summary>Who last changed the draft; null for the demo seed.</summary>
    public Guid? DraftAuthorId { get; private set; }

    public DateTimeOffset DraftUpdatedAt { get; private set; }

    public string? PublishedTitle { get; private set; }

    public string? PublishedSummary { get; private set; }

    public string? PublishedBody { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid? ReviewerId { get; private set; }

    public bool IsLive => PublishedBody is not null;

    public static bool IsValidKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    public static ContentPage Create(ContentKind kind, string key, string language, string title, string summary, string body, Guid? author,
        DateTimeOffset now)
    {
        if (!IsValidKey(key) || !Languages.IsSupported(language))
        {
            throw new ArgumentException("A page needs a lower-case key and one of the six languages.");
        }
        var page = new ContentPage { Id = Guid.NewGuid(), Kind = kind, Key = key, Language = language };
        page.Edit(title, summary, body, author, now);
        return page;
    }

    /// <summary>Any edit, even of a page in review, makes it a draft again: a reviewer never approves text they did not see.</summary>
    public void Edit(string title, string summary, string body, Guid? author, DateTimeOffset now)
    {
        DraftTitle = title.Trim();
        DraftSummary = summary.Trim();
        DraftBody = body;
        DraftAuthorId = author;
        DraftUpdatedAt = now;
        Status = ReviewStatus.Draft;
    }

    public bool CanSubmit => Status == ReviewStatus.Draft;

    public void Submit(DateTimeOffset now)
    {
        if (!CanSubmit)
        {
            throw new InvalidOperationException("Only a draft can be sent for review.");
        }
        Status = ReviewStatus.InReview;
        DraftUpdatedAt = now;
    }

    /// <summary>The four-eyes rule: the author of the draft cannot approve it.</summary>
    public bool CanBeApprovedBy(Guid reviewer) => Status == ReviewStatus.InReview && DraftAuthorId != reviewer;

    public void Approve(Guid reviewer, DateTimeOffset now)
    {
        if (!CanBeApprovedBy(reviewer))
        {
            throw new InvalidOperationException("Only a page in review can be approved, and not by its author.");
        }
        Publish(reviewer, now);
    }

    public void SendBack(DateTimeOffset now)
    {
        if (Status != ReviewStatus.InReview)
        {
            throw new InvalidOperationException("Only a page in review can be sent back.");
        }
        Status = ReviewStatus.Draft;
        DraftUpdatedAt = now;
    }

    /// <summary>The demo seed publishes its own reviewed texts directly.</summary>
    internal void PublishSeed(DateTimeOffset now) => Publish(null, now);

    private void Publish(Guid? reviewer, DateTimeOffset now)
    {
        PublishedTitle = DraftTitle;
        PublishedSummary = DraftSummary;
        PublishedBody = DraftBody;
        PublishedAt = now;
        ReviewerId = reviewer;
        Status = ReviewStatus.Published;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,59}$")]
    private static partial Regex KeyPattern();
}
