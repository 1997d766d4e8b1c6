using Comity.Hygiene.Analytics;
using Comity.Hygiene.Content;
using Comity.Hygiene.Data;
using Microsoft.AspNetCore.Mvc;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Visitors;

public sealed class LessonModel(HygieneDb db, CounterBuffer counters) : PublicPage(counters)
{
    public PublishedPage Lesson { get; private set; } = null!;

    public Topic? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(string topic, CancellationToken cancellationToken)
    {
        if (Topics.Find(topic) is not { } found || await ReadContent.PageAsync(ContentKind.Lesson, found.Key, Language, db, cancellationToken) is not { } lesson)
        {
            return NotFound();
        }
        Lesson = lesson;
        var index = Topics.All.ToList().IndexOf(found);
        Next = index + 1 < Topics.All.Count ? Topics.All[index + 1] : null;
        Count($"lesson:{found.Key}");
        return Page();
    }
}
