using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Comity.BrowserTests;

/// <summary>The one axe check of the browser tests: WCAG 2.2 A and AA, no violation allowed.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>
    /// Runs axe on the page as the visitor sees it now. axe is a script, and a page whose context has JavaScript
    /// turned off never answers a script (Playwright waits forever), so such a page's current HTML is checked in a
    /// JavaScript-enabled twin context with the same cookies, served from the same origin so styles and contrast hold.
    /// </summary>
    public static async Task AssertNoViolationsAsync(IPage page, bool javaScript = true)
    {
        if (javaScript)
        {
            await AssertAsync(page, page.Url);
            return;
        }
        var html = await page.ContentAsync();
        await using var twin = await page.Context.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = new Uri(page.Url).GetLeftPart(UriPartial.Authority),
            StorageState = await page.Context.StorageStateAsync(),
            ViewportSize = page.ViewportSize is { } size ? new ViewportSize { Width = size.Width, Height = size.Height } : null,
            Locale = "en-GB",
        });
        twin.SetDefaultTimeout(BrowserHost.ActionTimeout);
        var twinPage = await twin.NewPageAsync();
        await twinPage.GotoAsync("/health/live");
        await twinPage.SetContentAsync(html);
        await AssertAsync(twinPage, page.Url);
    }

    private static async Task AssertAsync(IPage page, string shownUrl)
    {
        var result = await page.RunAxe(Wcag);
        Assert.True(result.Violations.Length == 0, $"{shownUrl}: " + string.Join(Environment.NewLine,
            result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))})")));
    }
}
