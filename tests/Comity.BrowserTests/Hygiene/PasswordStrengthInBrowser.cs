using Microsoft.Playwright;

namespace Comity.BrowserTests.Hygiene;

/// <summary>
/// Runs password-strength.js in Debian's Chromium on the shared fixture (compare-browser.html) and on the page wiring.
/// Files are served from the repository through Playwright routing, so no web server is needed.
/// </summary>
public sealed class PasswordStrengthInBrowser
{
    private const string Origin = "http://comity.test";
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string RepoRoot = FindRepoRoot();

    [Fact]
    public async Task The_browser_script_agrees_with_the_server_on_every_fixture_password()
    {
        await using var session = await OpenAsync();
        await session.Page.GotoAsync($"{Origin}/tests/Comity.Tests/Hygiene/Passwords/compare-browser.html");
        var summary = session.Page.Locator("#summary");
        await Assertions.Expect(summary).Not.ToHaveTextAsync("Running…", new() { Timeout = 60_000 });
        var text = await summary.TextContentAsync() ?? "";
        Assert.Matches(@"^\d+ passed, 0 failed", text);
        Assert.True(int.Parse(text.Split(' ')[0], provider: null) >= 300, text);
    }

    [Fact]
    public async Task Dictionaries_load_only_when_the_field_gets_focus_and_texts_come_from_the_page()
    {
        await using var session = await OpenAsync();
        var fetched = new List<string>();
        session.Page.Request += (_, r) =>
        {
            if (r.Url.EndsWith(".txt", StringComparison.Ordinal))
            {
                fetched.Add(r.Url);
            }
        };
        await session.Page.SetContentAsync($"""
            <script src="{Origin}/src/Modules/Comity.Hygiene/wwwroot/js/password-strength.js"></script>
            <input id="pw" type="password" data-password-strength="out" data-dict-base="{Origin}/src/Modules/Comity.Hygiene/Passwords/Data/">
            <div id="out" data-score-0="S0" data-msg-topten="TOP" data-msg-anotherword="MORE"><meter max="5"></meter><p data-warning></p><ul></ul></div>
            """);
        await session.Page.WaitForTimeoutAsync(300);
        Assert.Empty(fetched);
        await session.Page.FocusAsync("#pw");
        await session.Page.FillAsync("#pw", "password");
        await Assertions.Expect(session.Page.Locator("[data-warning]")).ToHaveTextAsync("S0 TOP");
        await Assertions.Expect(session.Page.Locator("ul li")).ToHaveTextAsync("MORE");
        Assert.Equal(9, fetched.Count);
    }

    private static async Task<Session> OpenAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing; ./test.sh installs it with apt-get install chromium.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        await page.RouteAsync($"{Origin}/**", async route =>
        {
            var relative = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
            var file = Path.GetFullPath(Path.Combine(RepoRoot, relative));
            if (!file.StartsWith(RepoRoot, StringComparison.Ordinal) || !File.Exists(file))
            {
                await route.FulfillAsync(new() { Status = 404 });
                return;
            }
            var type = Path.GetExtension(file) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".json" => "application/json",
                _ => "text/plain; charset=utf-8",
            };
            await route.FulfillAsync(new() { Status = 200, ContentType = type, BodyBytes = await File.ReadAllBytesAsync(file) });
        });
        return new Session(playwright, browser, page);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "src", "Modules", "Comity.Hygiene")))
        {
            dir = dir.Parent;
        }
        return (dir ?? throw new InvalidOperationException("repository root not found")).FullName + Path.DirectorySeparatorChar;
    }

    private sealed record Session(IPlaywright Playwright, IBrowser Browser, IPage Page) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            Playwright.Dispose();
        }
    }
}
