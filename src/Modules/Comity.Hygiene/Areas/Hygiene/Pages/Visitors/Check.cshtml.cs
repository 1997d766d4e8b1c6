using Comity.Hygiene.Analytics;
using Comity.Identity.Geography;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Visitors;

/// <summary>The self-check's questions: a GET form, so the answers become the plan's address and nothing is stored.</summary>
public sealed class CheckModel(CounterBuffer counters) : PublicPage(counters)
{
    public string? Country { get; private set; }

    public void OnGet(string? country)
    {
        Country = Countries.Exists(country) ? country!.ToUpperInvariant() : null;
        Count("check", country: Country);
    }
}
