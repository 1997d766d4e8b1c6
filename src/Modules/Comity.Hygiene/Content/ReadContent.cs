using Comity.Hygiene.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Hygiene.Content;

/// <summary>A published page as visitors see it; <see cref="Language"/> differs from the asked one when it fell back to English.</summary>
public sealed record PublishedPage(string Key, string Language, string Title, string Summary, string Html);

public static class ReadContent
{
    /// <summary>The published page in <paramref name="language"/>, or in English when that language has none yet.</summary>
    public static async Task<PublishedPage?> PageAsync(ContentKind kind, string key, string language, HygieneDb db, CancellationToken cancellationToken)
    {
        var candidates = await db.Pages.AsNoTracking()
            .Where(p => p.Kind == kind && p.Key == key && (p.Language == language || p.Language == "en") && p.PublishedBody != null)
            .ToListAsync(cancellationToken);
        var page = candidates.FirstOrDefault(p => p.Language == language) ?? candidates.FirstOrDefault();
        return page is null ? null : new PublishedPage(page.Key, page.Language, page.PublishedTitle!, page.PublishedSummary!,
            MarkdownText.ToHtml(page.PublishedBody!));
    }

    /// <summary>Every published page of <paramref name="kind"/> in <paramref name="language"/> (English where missing), without bodies.</summary>
    public static async Task<IReadOnlyList<PublishedPage>> ListAsync(ContentKind kind, string language, HygieneDb db, CancellationToken cancellationToken)
    {
        var rows = await db.Pages.AsNoTracking()
            .Where(p => p.Kind == kind && (p.Language == language || p.Language == "en") && p.PublishedBody != null)
            .Select(p => new { p.Key, p.Language, p.PublishedTitle, p.PublishedSummary })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Key)
            .Select(g => g.FirstOrDefault(r => r.Language == language) ?? g.First())
            .Select(r => new PublishedPage(r.Key, r.Language, r.PublishedTitle!, r.PublishedSummary!, ""))
            .ToList();
    }
}
