using System.Net;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Hygiene.Breaches;

/// <summary>The range API inside the real host: which of the host's middleware it goes through, and which it skips on purpose.</summary>
public sealed class RangeApiInTheHost
{
    [Fact]
    public async Task The_range_api_is_outside_the_anonymous_rate_limit_that_still_holds_for_pages()
    {
        await using var host = new ComityApp(Provider.Sqlite, await ComityApp.NewDatabaseAsync(Provider.Sqlite),
            new Dictionary<string, string?> { ["RateLimits:AnonymousPerMinute"] = "3" });
        var client = host.CreateClient();
        var range = new List<HttpStatusCode>();
        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var answer = await client.GetAsync("/range/7c4a8", TestContext.Current.CancellationToken);
            range.Add(answer.StatusCode);
            using var page = await client.GetAsync("/en", TestContext.Current.CancellationToken);
            pages.Add(page.StatusCode);
        }
        Assert.All(range, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Contains(HttpStatusCode.TooManyRequests, pages);
    }

    [Fact]
    public async Task The_range_api_sends_nosniff_but_not_the_page_headers_and_no_cookie()
    {
        await using var host = new ComityApp(Provider.Sqlite, await ComityApp.NewDatabaseAsync(Provider.Sqlite));
        var client = host.CreateClient();
        foreach (var path in new[] { "/range/7c4a8", "/range/nothex", "/range/7c4a8?mode=ntlm" })
        {
            using var answer = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));
            Assert.False(answer.Headers.Contains("Content-Security-Policy"), path);
            Assert.False(answer.Headers.Contains("Set-Cookie"), path);
        }
        foreach (var path in new[] { "/en", "/range/7c4a8/deeper" })
        {
            using var page = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(page.Headers.Contains("Content-Security-Policy"), path);
        }
    }
}
