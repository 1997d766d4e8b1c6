using Microsoft.Playwright;

namespace Comity.BrowserTests;

public sealed class SignInAndDashboard(BrowserHost host)
{
    private const string Password = "network-demo-passphrase";

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
    }

    [Fact]
    public async Task A_demo_coordinator_signs_in_and_sees_the_dashboard()
    {
        var page = await host.NewPageAsync();
        var foreignRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreignRequests.Add(request.Url);
            }
        };
        await SignInAsync(page, "coordinator@comity.example");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welcome, Joseph Mwangi");
        await Assertions.Expect(page.GetByText("Countries your centre serves")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Uganda Ministry of ICT (demo)" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, "dashboard.png"), FullPage = true });
        Assert.Empty(foreignRequests);
    }

    [Fact]
    public async Task On_a_360_pixel_phone_without_javascript_an_administrator_signs_in_and_reads_the_audit_trail()
    {
        var page = await host.NewPageAsync(phone: true, javaScript: false);
        await SignInAsync(page, "admin@comity.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "session.signed-in" }).First).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow}px on a phone");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, "audit-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task Choosing_arabic_from_the_language_menu_lays_the_page_out_right_to_left()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Language").SelectOptionAsync("ar");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
    }

    [Fact]
    public async Task The_api_reference_renders_locally_under_the_content_security_policy()
    {
        var page = await host.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add($"request to {request.Url}");
            }
        };
        await page.GotoAsync("/api-reference/v1");
        await Assertions.Expect(page.GetByText("List organisations in the network").First).ToBeVisibleAsync();
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/account/sign-in", null)]
    [InlineData("/dashboard", "admin@comity.example")]
    [InlineData("/account/security", "admin@comity.example")]
    [InlineData("/account/api-keys", "admin@comity.example")]
    [InlineData("/admin/organisations", "admin@comity.example")]
    [InlineData("/admin/people", "admin@comity.example")]
    [InlineData("/admin/audit", "admin@comity.example")]
    [InlineData("/dashboard", "coordinator@comity.example")]
    [InlineData("/roster/requests", "coordinator@comity.example")]
    [InlineData("/roster/experts", "coordinator@comity.example")]
    [InlineData("/roster/requests/new", "focalpoint@comity.example")]
    [InlineData("/roster/mine", "expert@comity.example")]
    [InlineData("/account/notifications", "expert@comity.example")]
    public async Task Axe_finds_no_accessibility_violations(string path, string? account)
    {
        var page = await host.NewPageAsync();
        if (account is not null)
        {
            await SignInAsync(page, account);
        }
        await page.GotoAsync(path);
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
