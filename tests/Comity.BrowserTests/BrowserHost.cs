using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Comity.BrowserTests.BrowserHost))]

namespace Comity.BrowserTests;

/// <summary>
/// The real host on Kestrel over a fresh SQLite file with the demo network, and Debian's Chromium driven by
/// Playwright. The browser is never downloaded: it must be /usr/bin/chromium (./test.sh installs it).
/// </summary>
public sealed class BrowserHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string database = Path.Combine(Path.GetTempPath(), $"comity-browser-{Guid.NewGuid():N}.db");
    private IPlaywright? playwright;

    public const float ActionTimeout = 90_000;
    private const float ExpectTimeout = 30_000;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: artifacts/screenshots under the repository root.</summary>
    public static string ScreenshotFolder { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../artifacts/screenshots"));

    public async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing; ./test.sh installs it with apt-get install chromium.");
        }
        // Generous waits: CI machines are slower and busier than a developer's, and two tests share its two cores.
        Assertions.SetDefaultExpectTimeout(ExpectTimeout);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        await base.DisposeAsync();
        File.Delete(database);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:Comity", $"Data Source={database}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:AnonymousPerMinute", "100000");
        builder.UseSetting("Hygiene:ReportsPerHourWithoutProof", "100000");
        builder.UseSetting("Hygiene:PasswordChecksPerMinute", "100000");
        // Each host its own breach store: the demo seed writes a sample corpus there.
        builder.UseSetting("Hygiene:BreachDirectory", Path.Combine(Path.GetTempPath(), $"comity-breaches-{Guid.NewGuid():N}"));
        builder.UseSetting("Library:IndexDirectory", Path.Combine(Path.GetTempPath(), $"comity-library-{Guid.NewGuid():N}"));
    }

    /// <summary>A new browser context (its own cookies) at a phone or desktop size, with or without JavaScript.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false, bool javaScript = true, string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 360, Height = 740 } : new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScript,
            Locale = locale ?? "en-GB",
        });
        context.SetDefaultTimeout(ActionTimeout);
        return await context.NewPageAsync();
    }
}
