using Microsoft.Playwright;

namespace Comity.BrowserTests;

/// <summary>
/// The self-assessment in a real browser: the focal point invites an account and an outside respondent, both answer (the
/// outsider attaching an evidence file), the focal point settles their disagreement, submits, downloads the evidence, reads
/// the chart and the gaps, and turns a gap into a roster request.
/// </summary>
public sealed class CapacityWorkflow(BrowserHost host)
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

    private static async Task AnswerStrategyAsync(IPage page, params string[] byStage)
    {
        for (var stage = 1; stage <= byStage.Length; stage++)
        {
            await page.Locator($"input[name='v:policy.strategy.{stage}'][value='{byStage[stage - 1]}']").CheckAsync();
        }
        await ClickAsync(page, "Save and finish");
    }


    [Fact]
    public async Task A_focal_point_runs_a_cycle_with_two_respondents_submits_and_turns_a_gap_into_a_roster_request()
    {
        var focalPoint = await SignedInAsync("focalpoint@comity.example");
        await focalPoint.GetByRole(AriaRole.Link, new() { Name = "Self-assessment", Exact = true }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(focalPoint);
        await focalPoint.GetByRole(AriaRole.Link, new() { Name = "Uganda self-assessment, second round (demo)" }).ClickAsync();

        await focalPoint.GetByLabel("E-mail", new() { Exact = true }).FillAsync("expert@comity.example");
        await focalPoint.GetByLabel("Stakeholder group").SelectOptionAsync("Academia");
        await ClickAsync(focalPoint, "Invite");
        await Assertions.Expect(focalPoint.GetByText("The respondent has a Comity account")).ToBeVisibleAsync();
        await focalPoint.GetByLabel("E-mail", new() { Exact = true }).FillAsync("policy-officer@ministry.example");
        await focalPoint.GetByLabel("Stakeholder group").SelectOptionAsync("Government");
        await ClickAsync(focalPoint, "Invite");
        var link = await focalPoint.GetByLabel("Answering link").InputValueAsync();
        var cycleUrl = focalPoint.Url.Split('#')[0];
        await Accessibility.AssertNoViolationsAsync(focalPoint);

        var outsider = await host.NewPageAsync();
        await outsider.GotoAsync(link);
        await Accessibility.AssertNoViolationsAsync(outsider);
        // The outsider backs the first statement with a file: it travels with the answers in the same form.
        var first = outsider.Locator("fieldset", new() { Has = outsider.Locator("input[name='v:policy.strategy.1']") });
        await first.GetByText("Evidence and comment").ClickAsync();
        await first.GetByLabel("Attach evidence files").SetInputFilesAsync(new FilePayload
        {
            Name = "national-strategy.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray(),
        });
        await outsider.Locator("input[name='v:policy.strategy.1'][value='Met']").CheckAsync();
        await ClickAsync(outsider, "Save my answers");
        await Assertions.Expect(outsider.GetByText("Your answers are saved.")).ToBeVisibleAsync();
        await Assertions.Expect(outsider.GetByRole(AriaRole.Link, new() { Name = "national-strategy.pdf" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(outsider);
        await AnswerStrategyAsync(outsider, "Met", "Met", "Met", "NotMet", "NotMet");
        await Assertions.Expect(outsider.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();

        var expert = await SignedInAsync("expert@comity.example");
        await expert.GotoAsync("/capacity");
        await expert.GetByRole(AriaRole.Link, new() { Name = "Uganda self-assessment, second round (demo)" }).ClickAsync();
        await AnswerStrategyAsync(expert, "Met", "Met", "Partly", "NotMet", "NotMet");
        await Assertions.Expect(expert.GetByText("Your answers are saved and sent. Thank you.")).ToBeVisibleAsync();

        await focalPoint.GotoAsync(cycleUrl);
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Heading, new() { Name = "Disagreements" })).ToBeVisibleAsync();
        await focalPoint.GetByLabel("Settled answer").SelectOptionAsync("Met");
        await focalPoint.GetByLabel("Why").FillAsync("The strategy's budget lines are in the finance act.");
        await ClickAsync(focalPoint, "Settle");
        await ClickAsync(focalPoint, "Submit the assessment");
        await Assertions.Expect(focalPoint.GetByText("The assessment is submitted; its results are final.")).ToBeVisibleAsync();
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Img, new() { Name = "Stage of each factor" })).ToBeVisibleAsync();
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Row, new() { Name = "National cybersecurity strategy 3 — Established" })).ToBeVisibleAsync();
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Heading, new() { Name = "Gaps, nearest first" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(focalPoint);
        var evidence = await focalPoint.RunAndWaitForDownloadAsync(() => focalPoint.GetByRole(AriaRole.Link, new() { Name = "national-strategy.pdf" }).ClickAsync());
        Assert.Equal("national-strategy.pdf", evidence.SuggestedFilename);
        await focalPoint.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, "capacity-results.png"), FullPage = false });

        await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Ask the roster for help with this gap" }).First.ClickAsync();
        await focalPoint.WaitForURLAsync("**/roster/requests/*");
        await Assertions.Expect(focalPoint.GetByText("Draft", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(focalPoint.GetByText("Drafted from the capacity self-assessment")).ToBeVisibleAsync();
        await focalPoint.GotoAsync(cycleUrl);
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Link, new() { Name = "Roster request:" }).First).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("/capacity/model", "focalpoint@comity.example")]
    [InlineData("/capacity/model/edit", "admin@comity.example")]
    public async Task Capacity_pages_have_no_accessibility_violations(string path, string account)
    {
        var page = await SignedInAsync(account);
        await page.GotoAsync(path);
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
