using Microsoft.Playwright;

namespace Comity.BrowserTests;

/// <summary>
/// The roster from end to end in a real browser: a focal point asks for help, the coordinator triages and matches
/// and approves, the expert accepts, the deployment runs, the expert reports and the country rates it.
/// </summary>
public sealed class RosterWorkflow(BrowserHost host)
{
    private const string Password = "network-demo-passphrase";

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        return page;
    }

    private static Task ClickAsync(IPage page, string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    [Fact]
    public async Task A_request_is_filed_matched_approved_accepted_deployed_reported_and_rated()
    {
        var focalPoint = await SignedInAsync("focalpoint@comity.example");
        await focalPoint.GetByRole(AriaRole.Link, new() { Name = "Expert help", Exact = true }).ClickAsync();
        await focalPoint.GetByRole(AriaRole.Link, new() { Name = "Ask for expert help", Exact = true }).First.ClickAsync();
        await focalPoint.GetByLabel("Title").FillAsync("Forensic laboratory for the police");
        await focalPoint.GetByLabel("What you need, and why").FillAsync("Set up the national digital forensics laboratory and train its examiners.");
        await focalPoint.GetByLabel("Topic area").SelectOptionAsync("forensics");
        await focalPoint.GetByLabel("Skill 1", new() { Exact = true }).SelectOptionAsync("forensic-lab");
        await focalPoint.Locator("#skill-level-0").SelectOptionAsync("Advanced");
        await focalPoint.GetByLabel("Skill 2", new() { Exact = true }).SelectOptionAsync("computer-forensics");
        await focalPoint.GetByLabel("Where").SelectOptionAsync("OnSite");
        await focalPoint.GetByLabel("Your time zone (hours from UTC)").FillAsync("3");
        await ClickAsync(focalPoint, "Send to the regional centre");
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forensic laboratory for the police");
        await Assertions.Expect(focalPoint.GetByText("Submitted", new() { Exact = true })).ToBeVisibleAsync();
        var requestUrl = focalPoint.Url;

        var coordinator = await SignedInAsync("coordinator@comity.example");
        await coordinator.GotoAsync(requestUrl);
        await ClickAsync(coordinator, "Accept for matching");
        await ClickAsync(coordinator, "Find experts");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Proposal" })).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Cell, new() { Name = "Ama Mensah", Exact = true })).ToBeVisibleAsync();
        await coordinator.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, "roster-proposal.png"), FullPage = true });
        // The side-by-side comparison: candidates in columns, criteria in rows, and nothing axe objects to.
        var comparison = coordinator.GetByRole(AriaRole.Region, new() { Name = "Compare the candidates" });
        await Assertions.Expect(comparison.GetByRole(AriaRole.Columnheader, new() { Name = "Ama Mensah" })).ToBeVisibleAsync();
        await Assertions.Expect(comparison.GetByRole(AriaRole.Rowheader, new() { Name = "Free in the window" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await comparison.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, "roster-compare.png") });
        await ClickAsync(coordinator, "Approve and send offers");
        await Assertions.Expect(coordinator.GetByText("Offers have gone to the proposed experts.")).ToBeVisibleAsync();

        var expert = await SignedInAsync("expert@comity.example");
        await expert.GetByRole(AriaRole.Link, new() { Name = "My deployments", Exact = true }).First.ClickAsync();
        await ClickAsync(expert, "Accept");
        await Assertions.Expect(expert.GetByText("You accepted the offer.")).ToBeVisibleAsync();
        await expert.GetByRole(AriaRole.Link, new() { Name = "Notifications" }).First.ClickAsync();
        await Assertions.Expect(expert.GetByRole(AriaRole.Link, new() { Name = "Offer: Forensic laboratory for the police" })).ToBeVisibleAsync();
        await expert.GotoAsync("/roster/mine");

        await coordinator.GotoAsync(requestUrl);
        await ClickAsync(coordinator, "Start the deployment");
        await Assertions.Expect(coordinator.GetByText("The deployment has started.")).ToBeVisibleAsync();

        await expert.ReloadAsync();
        await expert.GetByLabel("After-action report").FillAsync("Laboratory commissioned; four examiners trained; procedures adopted.");
        await ClickAsync(expert, "File the report");
        await Assertions.Expect(expert.GetByText("Your after-action report is filed.")).ToBeVisibleAsync();

        await focalPoint.GotoAsync(requestUrl);
        await focalPoint.GetByLabel("Your rating").SelectOptionAsync("5");
        await focalPoint.GetByLabel("Feedback").FillAsync("Exactly the help we needed.");
        await ClickAsync(focalPoint, "Rate and close");
        await Assertions.Expect(focalPoint.GetByText("Completed", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Cell, new() { Name = "5 / 5" })).ToBeVisibleAsync();
    }
}
