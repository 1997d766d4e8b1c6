using Comity.Hygiene.Analytics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Visitors;

/// <summary>
/// A public campaign page: the language comes from the address, and each visit adds one to an anonymous counter.
/// Antiforgery is off because these forms carry nothing worth forging and the token would need a cookie.
/// </summary>
[IgnoreAntiforgeryToken]
public abstract class PublicPage(CounterBuffer counters) : PageModel
{
    /// <summary>The page's language: the route's {culture}, which the "lang" constraint limits to the six.</summary>
    public string Language => RouteData.Values["culture"] as string ?? "en";

    protected void Count(string page, string eventName = Events.View, string? country = null) =>
        counters.Count(country ?? Analytics.DailyCounter.UnknownCountry, Language, page, eventName);
}
