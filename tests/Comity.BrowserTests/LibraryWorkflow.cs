using Microsoft.Playwright;

namespace Comity.BrowserTests;

/// <summary>
/// The library in a real browser: a coordinator searches in French, opens a document, uploads a Markdown file and finds it;
/// every library page passes the accessibility checks, in English and in Arabic.
/// </summary>
public sealed class LibraryWorkflow(BrowserHost host)
{
    private const string Password = "network-demo-passphrase";

    private async Task<IPage> SignedInAsync(string email, string? locale = null)
    {
        var page = await host.NewPageAsync(locale: locale);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        return page;
    }


    [Fact]
    public async Task A_coordinator_searches_opens_a_document_uploads_a_markdown_file_and_finds_it()
    {
        var page = await SignedInAsync("coordinator@comity.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Library", Exact = true }).ClickAsync();
        await page.GetByLabel("Words to find").FillAsync("preuves électroniques");
        await page.GetByLabel("Words written in").SelectOptionAsync("fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var first = page.Locator("ol.library-hits > li").First;
        await Assertions.Expect(first.GetByRole(AriaRole.Link)).ToHaveTextAsync("Guide pratique de la preuve électronique");
        await Assertions.Expect(first.Locator("mark").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, "library-search.png"), FullPage = false });

        await first.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Guide pratique de la preuve électronique", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "More like this" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Electronic evidence from the scene to the court" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the original" }).ClickAsync());
        Assert.EndsWith(".md", download.SuggestedFilename, StringComparison.Ordinal);

        await page.GotoAsync("/library");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a document" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        var file = Path.Combine(Path.GetTempPath(), $"seizure-{Guid.NewGuid():N}.md");
        await File.WriteAllTextAsync(file, "# Seizing a drone\n\nPhotograph the drone, remove its battery and keep the controller with its flight logs.\n");
        await page.GetByLabel("File (PDF, HTML or Markdown)").SetInputFilesAsync(file);
        await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync("guide");
        await page.GetByLabel("Language of the document").SelectOptionAsync("en");
        await page.GetByLabel("Countries it is about").FillAsync("KE");
        await page.GetByLabel("Electronic evidence").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the library" }).ClickAsync();
        await Assertions.Expect(page.GetByText("The document is in the library and can be searched now.")).ToBeVisibleAsync();
        // No title was typed: the file's own heading names it.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Seizing a drone", Level = 1 })).ToBeVisibleAsync();

        await page.GotoAsync("/library");
        await page.GetByLabel("Words to find").FillAsync("drones flight logs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("ol.library-hits > li").First.GetByRole(AriaRole.Link)).ToHaveTextAsync("Seizing a drone");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Kenya" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Kenya" })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("ol.library-hits > li").First.GetByRole(AriaRole.Link)).ToHaveTextAsync("Seizing a drone");
    }

    [Theory]
    [InlineData("/library/toolkits", "coordinator@comity.example", null)]
    [InlineData("/library/toolkits/new?topic=ransomware", "coordinator@comity.example", null)]
    [InlineData("/library?q=%D8%A7%D9%84%D9%81%D8%AF%D9%8A%D8%A9", "expert@comity.example", "ar")]
    public async Task Library_pages_have_no_accessibility_violations(string path, string account, string? language)
    {
        var page = await SignedInAsync(account);
        if (language is not null)
        {
            await page.GotoAsync("/");
            await page.GetByLabel("Language").SelectOptionAsync(language);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        }
        await page.GotoAsync(path);
        await Accessibility.AssertNoViolationsAsync(page);
        if (path == "/library/toolkits")
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Responding to ransomware" }).ClickAsync();
            await Accessibility.AssertNoViolationsAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Edit the toolkit" }).ClickAsync();
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }
}
