using Comity.Hygiene.Analytics;
using Comity.Hygiene.Content;
using Comity.Hygiene.Data;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Visitors;

public sealed class HomeModel(HygieneDb db, CounterBuffer counters) : PublicPage(counters)
{
    public IReadOnlyList<PublishedPage> Lessons { get; private set; } = [];

    public IReadOnlyList<PublishedPage> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var lessons = await ReadContent.ListAsync(ContentKind.Lesson, Language, db, cancellationToken);
        // The topics' order is the order of impact, so the first action on the page is the one that protects most.
        Lessons = Topics.All.Select(t => lessons.FirstOrDefault(l => l.Key == t.Key)).OfType<PublishedPage>().ToList();
        Campaigns = await ReadContent.ListAsync(ContentKind.Campaign, Language, db, cancellationToken);
        Count("home");
    }
}
