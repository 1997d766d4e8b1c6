using Microsoft.Playwright;

namespace Comity.BrowserTests;

/// <summary>
/// The Exchange pages in a real browser, on a 360-pixel phone without JavaScript: an analyst writes an indicator,
/// finds it by searching, opens it, and axe finds no WCAG violation on the pages on the way.
/// </summary>
public sealed class ExchangeWorkflow(BrowserHost host)
{
    private const string Password = "network-demo-passphrase";


    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px on a phone");
    }

    [Fact]
    public async Task On_a_phone_an_analyst_creates_an_indicator_finds_it_and_opens_it()
    {
        var page = await host.NewPageAsync(phone: true, javaScript: false);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync("analyst@comity.example");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.WaitForURLAsync("**/dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Threat intelligence", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Threat intelligence");
        await Accessibility.AssertNoViolationsAsync(page, javaScript: false);
        await page.GetByRole(AriaRole.Link, new() { Name = "New indicator", Exact = true }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page, javaScript: false);

        var name = $"Phishing kit host {Guid.NewGuid():N}";
        await page.GetByLabel("Collection").SelectOptionAsync(new SelectOptionValue { Label = "Network indicators (Network)" });
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Description").FillAsync("Serves a credential-harvesting kit aimed at bank customers.");
        await page.GetByLabel("STIX pattern").FillAsync("[domain-name:value = 'login-bank.example' OR ipv4-addr:value = '203.0.113.9'");
        await page.GetByLabel("malicious-activity").CheckAsync();
        await page.GetByLabel("Labels").FillAsync("phishing, banking");
        await page.GetByLabel("TLP:GREEN").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Share the indicator" }).ClickAsync();

        // The unclosed bracket comes back beside the field, with its position; the rest of the form is kept.
        await Assertions.Expect(page.Locator("#pattern-error")).ToContainTextAsync("column");
        await Assertions.Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(name);
        await page.GetByLabel("STIX pattern").FillAsync("[domain-name:value = 'login-bank.example'] OR [ipv4-addr:value = '203.0.113.9']");
        await page.GetByRole(AriaRole.Button, new() { Name = "Share the indicator" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByText("TLP:GREEN").First).ToBeVisibleAsync();

        await page.GotoAsync("/exchange/objects");
        await page.GetByLabel("Name or description contains").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page, javaScript: false);
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByText("phishing, banking").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, javaScript: false);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, "exchange-indicator-phone.png"), FullPage = true });
        await AssertNoSidewaysScrollAsync(page);

        await page.GotoAsync("/exchange/lookup");
        await page.GetByLabel("Observables, one per line").FillAsync("www.login-bank.example\n203.0.113.9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = name }).First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, javaScript: false);
    }

    [Fact]
    public async Task A_coordinator_registers_a_peer_subscribes_a_collection_and_reads_its_health()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync("coordinator@comity.example");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.WaitForURLAsync("**/dashboard");

        await page.GotoAsync("/exchange");
        await page.GetByRole(AriaRole.Link, new() { Name = "Federation", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Federation");
        await Accessibility.AssertNoViolationsAsync(page);

        const string name = "West Africa regional centre";
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("The peer's TAXII API root").FillAsync("http://127.0.0.1:9/taxii2/network/");
        await page.GetByLabel("API key the peer issued to your centre").FillAsync("cmty_issued_by_the_peer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the peer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The peer is registered.");

        await page.GetByLabel("Peer", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = name });
        await page.GetByLabel("The peer's collection id").FillAsync("network-indicators");
        await page.GetByLabel("Pull every (minutes)").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe", Exact = true }).ClickAsync();
        var peer = page.GetByRole(AriaRole.Region, new() { Name = name });
        await Assertions.Expect(peer.GetByText("Waiting for the first pull")).ToBeVisibleAsync();

        // The peer is unreachable: pulling now reports the failure on the page, with the error, and schedules a retry.
        await peer.GetByRole(AriaRole.Button, new() { Name = "Pull now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The pull failed");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = name }).GetByText("Failing")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, "exchange-federation.png"), FullPage = false });
    }
}
