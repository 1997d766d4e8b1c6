using Comity.Hygiene.Analytics;
using Comity.Hygiene.Content;
using Comity.Hygiene.Data;
using Comity.Identity.Geography;
using Microsoft.AspNetCore.Mvc;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Visitors;

/// <summary>A region's or a country's campaign page; a two-letter key is a country, which is then counted as the visitor's.</summary>
public sealed class CampaignModel(HygieneDb db, CounterBuffer counters) : PublicPage(counters)
{
    public PublishedPage Campaign { get; private set; } = null!;

    public string? Country { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (!ContentPage.IsValidKey(key) || await ReadContent.PageAsync(ContentKind.Campaign, key, Language, db, cancellationToken) is not { } campaign)
        {
            return NotFound();
        }
        Campaign = campaign;
        Country = key.Length == 2 && Countries.Exists(key) ? key.ToUpperInvariant() : null;
        Count($"campaign:{key}", country: Country);
        return Page();
    }
}
