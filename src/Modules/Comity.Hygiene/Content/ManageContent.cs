using Comity.Hygiene.Data;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Hygiene.Content;

public sealed record SaveContentRequest(string? Kind, string? Key, string? Language, string? Title, string? Summary, string? Body);

public sealed record ContentResponse(Guid Id, string Kind, string Key, string Language, string Title, string Summary, string Body, string Status,
    Guid? DraftAuthorId, DateTimeOffset DraftUpdatedAt, bool IsLive, DateTimeOffset? PublishedAt);

/// <summary>Campaign managers write a page per language, send it for review, and a second manager publishes it.</summary>
public static class ManageContent
{
    public static ContentResponse ToResponse(this ContentPage p) => new(p.Id, p.Kind.ToString().ToLowerInvariant(), p.Key, p.Language, p.DraftTitle,
        p.DraftSummary, p.DraftBody, p.Status.ToString(), p.DraftAuthorId, p.DraftUpdatedAt, p.IsLive, p.PublishedAt);

    public static async Task<IReadOnlyList<ContentResponse>> ListAsync(string? language, HygieneDb db, CancellationToken cancellationToken)
    {
        var query = db.Pages.AsNoTracking();
        if (Languages.IsSupported(language))
        {
            query = query.Where(p => p.Language == language);
        }
        var pages = await query.ToListAsync(cancellationToken);
        return pages.OrderBy(p => p.Kind).ThenBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => Languages.Codes.ToList().IndexOf(p.Language))
            .Select(p => p.ToResponse()).ToList();
    }

    public static async Task<ContentResponse?> GetAsync(Guid id, HygieneDb db, CancellationToken cancellationToken) =>
        (await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken))?.ToResponse();

    /// <summary>Creates the page for (kind, key, language) or changes its draft; the page becomes a draft either way.</summary>
    public static async Task<Outcome<ContentResponse>> SaveAsync(SaveContentRequest request, Guid author, HygieneDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var v = new Validation();
        var kind = Enum.TryParse<ContentKind>(request.Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : (ContentKind?)null;
        v.Require(kind is not null, "kind", "Choose lesson or campaign.");
        v.Require(ContentPage.IsValidKey(request.Key), "key", "Use 2–60 lower-case letters, digits or hyphens.");
        v.Require(kind != ContentKind.Lesson || Topics.Find(request.Key) is not null, "key",
            $"A lesson's key is one of the topics: {string.Join(", ", Topics.All.Select(t => t.Key))}.");
        v.Require(Languages.IsSupported(request.Language), "language", $"Choose one of: {string.Join(", ", Languages.Codes)}.");
        v.Required(request.Title, "title", ContentPage.TitleMax);
        v.Required(request.Summary, "summary", ContentPage.SummaryMax);
        v.Required(request.Body, "body", ContentPage.BodyMax);
        if (!v.IsValid)
        {
            return v;
        }
        var now = clock.GetUtcNow();
        var page = await db.Pages.SingleOrDefaultAsync(p => p.Kind == kind && p.Key == request.Key && p.Language == request.Language, cancellationToken);
        if (page is null)
        {
            page = ContentPage.Create(kind!.Value, request.Key!, request.Language!, request.Title!, request.Summary!, request.Body!, author, now);
            db.Pages.Add(page);
        }
        else
        {
            page.Edit(request.Title!, request.Summary!, request.Body!, author, now);
        }
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("hygiene.content.saved", "hygiene-page", page.Id.ToString(),
            $"{page.Kind} {page.Key} ({page.Language})"), cancellationToken);
        return Outcome<ContentResponse>.Ok(page.ToResponse());
    }

    public static Task<Outcome<ContentResponse>> SubmitAsync(Guid id, HygieneDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        ChangeAsync(id, "hygiene.content.submitted", page => page.CanSubmit ? null : "Only a draft can be sent for review.",
            page => page.Submit(clock.GetUtcNow()), db, audit, cancellationToken);

    public static Task<Outcome<ContentResponse>> ApproveAsync(Guid id, Guid reviewer, HygieneDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        ChangeAsync(id, "hygiene.content.published", page => page.Status != ReviewStatus.InReview ? "Only a page in review can be published."
                : page.CanBeApprovedBy(reviewer) ? null : "Another campaign manager must review your own text.",
            page => page.Approve(reviewer, clock.GetUtcNow()), db, audit, cancellationToken);

    public static Task<Outcome<ContentResponse>> SendBackAsync(Guid id, HygieneDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        ChangeAsync(id, "hygiene.content.sent-back", page => page.Status == ReviewStatus.InReview ? null : "Only a page in review can be sent back.",
            page => page.SendBack(clock.GetUtcNow()), db, audit, cancellationToken);

    private static async Task<Outcome<ContentResponse>> ChangeAsync(Guid id, string action, Func<ContentPage, string?> refusal,
        Action<ContentPage> change, HygieneDb db, IAuditLog audit, CancellationToken cancellationToken)
    {
        var page = await db.Pages.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return Outcome<ContentResponse>.NotFound();
        }
        if (refusal(page) is { } reason)
        {
            return Outcome<ContentResponse>.Conflict(reason);
        }
        change(page);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent(action, "hygiene-page", page.Id.ToString(), $"{page.Kind} {page.Key} ({page.Language})"),
            cancellationToken);
        return Outcome<ContentResponse>.Ok(page.ToResponse());
    }
}
