using Comity.Hygiene.Breaches;
using Comity.Hygiene.Content;
using Comity.Hygiene.Data;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Hygiene.Demo;

/// <summary>
/// Publishes the campaign's starting texts (a lesson per topic and one regional campaign page, in all six languages)
/// and builds a small sample breach corpus when no store is installed.
/// </summary>
internal sealed class HygieneDemoSeeder(HygieneDb db, BreachStores stores, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(stores.PathOf(HashKind.Sha1)) && !File.Exists(stores.PathOf(HashKind.Ntlm)))
        {
            Directory.CreateDirectory(stores.Directory);
            SampleCorpus.Build(stores.Directory, clock);
            stores.Refresh();
        }
        if (await db.Pages.AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        foreach (var text in CampaignTexts.Lessons.Concat(CampaignTexts.Campaigns))
        {
            var page = ContentPage.Create(text.Kind, text.Key, text.Language, text.Title, text.Summary, text.Body, null, now);
            page.PublishSeed(now);
            db.Pages.Add(page);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
