using Comity.Hygiene.Analytics;
using Comity.Hygiene.Data;
using Comity.Identity.Geography;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Manage.Analytics;

/// <summary>The campaign's reach for campaign managers and centres: counts only, each under ten suppressed.</summary>
public sealed class IndexModel(HygieneDb db, TimeProvider clock) : PageModel
{
    public AnalyticsReport Report { get; private set; } = null!;

    public string Chart { get; private set; } = "";

    public async Task OnGetAsync(string? country, int? days, CancellationToken cancellationToken)
    {
        var span = Math.Clamp(days ?? 30, 7, 366);
        var to = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Report = await ReadAnalytics.ReadAsync(to.AddDays(1 - span), to, Countries.Exists(country) ? country!.ToUpperInvariant() : null, db, cancellationToken);
        Chart = ReadAnalytics.BarChart(Report.ViewsPerDay, "Page views per day",
            $"Bar chart of page views per day from {Report.From:yyyy-MM-dd} to {Report.To:yyyy-MM-dd}; days under {ReadAnalytics.Threshold} views have no bar. The same figures are in the table below.");
    }
}
