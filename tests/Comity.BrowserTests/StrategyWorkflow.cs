using Microsoft.Playwright;

namespace Comity.BrowserTests;

/// <summary>
/// The strategy workspace in a real browser, without JavaScript as its forms promise: the demo focal point opens the
/// strategy in progress, ticks a checklist item and gives it an owner, reads the objectives, opens the printable outline and
/// downloads it as Markdown; axe checks every page on the way.
/// </summary>
public sealed class StrategyWorkflow(BrowserHost host)
{
    private const string Item = "Identify regional and international partners who could support the work and what each would bring.";


    [Fact]
    public async Task A_focal_point_ticks_an_item_sets_its_owner_and_takes_the_outline_away()
    {
        var page = await host.NewPageAsync(javaScript: false);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync("focalpoint@comity.example");
        await page.GetByLabel("Password").FillAsync("network-demo-passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.WaitForURLAsync("**/dashboard");

        await page.GotoAsync("/capacity");
        await page.GetByRole(AriaRole.Link, new() { Name = "National cybersecurity strategy", Exact = true }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page, javaScript: false);
        await page.GetByRole(AriaRole.Link, new() { Name = "Uganda national cybersecurity strategy 2027–2031 (demo)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The five phases" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, javaScript: false);

        await page.GetByRole(AriaRole.Link, new() { Name = "Initiation", Exact = true }).First.ClickAsync();
        var item = page.Locator("ol.checklist > li", new() { HasText = Item });
        await item.GetByRole(AriaRole.Checkbox).CheckAsync();
        await item.GetByLabel("Owner").FillAsync("Ministry of Foreign Affairs");
        await item.GetByLabel("Due date").FillAsync("2027-04-30");
        await item.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByText("The item is saved.")).ToBeVisibleAsync();
        item = page.Locator("ol.checklist > li", new() { HasText = Item });
        await Assertions.Expect(item.GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
        await Assertions.Expect(item.GetByLabel("Owner")).ToHaveValueAsync("Ministry of Foreign Affairs");
        await Accessibility.AssertNoViolationsAsync(page, javaScript: false);

        await page.GetByRole(AriaRole.Link, new() { Name = "Stocktaking and analysis" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Stage of each factor" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, javaScript: false);
        await page.GetByRole(AriaRole.Link, new() { Name = "Objectives and actions" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Objectives and actions", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, javaScript: false);

        await page.GetByRole(AriaRole.Link, new() { Name = "Outline document" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "4. Strategic objectives and action plan" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(Item)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, javaScript: false);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, "capacity-strategy-outline.png"), FullPage = false });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the outline (Markdown)" }).ClickAsync());
        Assert.Equal("strategy-UG-edition-1.md", download.SuggestedFilename);
        var markdown = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains($"- [x] {Item} (owner: Ministry of Foreign Affairs; due 2027-04-30)", markdown, StringComparison.Ordinal);
        Assert.Contains("## 4\\. Strategic objectives and action plan", markdown, StringComparison.Ordinal);
    }
}
