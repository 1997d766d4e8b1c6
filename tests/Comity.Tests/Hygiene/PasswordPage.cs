using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Comity.Hygiene.Analytics;
using Comity.Hygiene.Breaches;
using Comity.Hygiene.Data;
using Comity.Hygiene.Passwords;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Comity.Tests.Hygiene;

/// <summary>The public password check without JavaScript: strength and breaches checked on the server, the password never echoed.</summary>
public abstract class PasswordPage(AppFixture app)
{
    /// <summary>A password of the demo corpus whose characters appear nowhere else on the page.</summary>
    private const string Breached = "Winter2025!";

    private static int DemoCount(string password) =>
        SampleCorpus.IllustrativeCount(SampleCorpus.CommonPasswords.Distinct(StringComparer.Ordinal).ToList().IndexOf(password));

    private static string Sha1Hex(string password) =>
#pragma warning disable CA5350 // the breach corpus is keyed by SHA-1
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(password)));
#pragma warning restore CA5350

    private static FormUrlEncodedContent Form(string password, string? country = null) => new(new Dictionary<string, string>
    {
        ["password"] = password,
        ["country"] = country ?? "",
    });

    private Task<long> PasswordChecksAsync(string language, string country) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<HygieneDb>();
        await app.App.Services.GetRequiredService<CounterBuffer>().FlushAsync(db, CancellationToken.None);
        return await db.Counters.Where(c => c.Event == Events.PasswordCheck && c.Language == language && c.Country == country && c.Page == "password")
            .SumAsync(c => c.Count);
    });

    [Fact]
    public async Task Without_javascript_a_breached_password_gets_its_score_crack_time_advice_and_breach_count_and_is_never_sent_back()
    {
        var visitor = app.Anonymous(followRedirects: false);
        var before = await PasswordChecksAsync("en", "KE");
        var response = await visitor.PostAsync("/en/password", Form(Breached, "ke"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var raw = await response.Content.ReadAsStringAsync();
        var html = WebUtility.HtmlDecode(raw);
        var estimate = PasswordStrength.Estimate(Breached);
        Assert.Contains($"data-score=\"{estimate.Score}\"", html, StringComparison.Ordinal);
        Assert.Contains(PasswordMessages.ScoreLabels[estimate.Score], html, StringComparison.Ordinal);
        Assert.Matches(@"<strong>(less than a second|seconds|minutes|hours|days|months|years|centuries)</strong>", html);
        Assert.InRange(estimate.Score, 0, 2);
        Assert.Contains($"<li>{PasswordMessages.English[estimate.Suggestions[0]]}</li>", html, StringComparison.Ordinal);
        Assert.Contains($"Seen {DemoCount(Breached):N0} times in data breaches.", html, StringComparison.Ordinal);
        // Neither the password, nor any part of it the estimator matched, nor its hash is in the page.
        Assert.DoesNotContain(Breached, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Winter2025", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Sha1Hex(Breached)[5..], raw, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"<input id=""password"" name=""password"" type=""password""(?![^>]*value=)[^>]*>", raw);
        Assert.Equal(before + 1, await PasswordChecksAsync("en", "KE"));
    }

    [Fact]
    public async Task A_strong_password_that_no_breach_holds_is_said_to_be_strong_and_not_found_in_arabic()
    {
        const string strong = "ferry-quokka-basalt-lantern-1987?";
        var response = await app.Anonymous().PostAsync("/ar/password", Form(strong));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Equal(4, PasswordStrength.Estimate(strong).Score);
        Assert.Contains("data-score=\"4\"", html, StringComparison.Ordinal);
        Assert.Contains("قوية", html, StringComparison.Ordinal);
        Assert.Contains("لم نجدها في اختراقات البيانات التي نعرفها.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("quokka", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_password_is_refused_and_counted_as_nothing()
    {
        var before = await PasswordChecksAsync("fr", "ZZ");
        var response = await app.Anonymous().PostAsync("/fr/password", Form(""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tapez un mot de passe à vérifier.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await PasswordChecksAsync("fr", "ZZ"));
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Origin", "https://attacker.example")]
    public async Task A_post_from_another_site_is_refused_without_needing_a_cookie(string header, string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/en/password") { Content = Form(Breached) };
        request.Headers.Add(header, value);
        var response = await app.Anonymous(followRedirects: false).SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Seen ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sameSite = new HttpRequestMessage(HttpMethod.Post, "/en/password") { Content = Form(Breached) };
        sameSite.Headers.Add("Sec-Fetch-Site", "same-origin");
        sameSite.Headers.Add("Origin", "null");
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().SendAsync(sameSite)).StatusCode);
    }

    [Fact]
    public async Task The_script_counts_a_check_made_in_the_browser_without_sending_anything_about_the_password()
    {
        var before = await PasswordChecksAsync("ru", "UG");
        var response = await app.Anonymous().PostAsync("/ru/password?handler=counted", new FormUrlEncodedContent(new Dictionary<string, string> { ["country"] = "UG" }));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(before + 1, await PasswordChecksAsync("ru", "UG"));
    }

    [Fact]
    public async Task The_page_and_its_scripts_are_served_and_the_word_lists_come_compressed_and_identical_to_the_embedded_ones()
    {
        var client = app.App.CreateDefaultClient();
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        foreach (var path in new[] { "/es/password", "/js/password-strength.js", "/js/password-check.js" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("br", response.Content.Headers.ContentEncoding);
        }
        var words = await client.GetAsync("/js/words/passwords.txt");
        Assert.Equal(HttpStatusCode.OK, words.StatusCode);
        Assert.Equal(["br"], words.Content.Headers.ContentEncoding);
        await using var brotli = new BrotliStream(await words.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var text = new StreamReader(brotli);
        var lines = (await text.ReadToEndAsync()).Split('\n');
        Assert.Equal(["123456", "password"], lines[..2]);
        var revalidate = new HttpRequestMessage(HttpMethod.Get, "/js/words/passwords.txt");
        revalidate.Headers.IfNoneMatch.Add(words.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(revalidate)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/js/words/klingon.txt")).StatusCode);
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class PasswordPageOnSqlite(SqliteAppFixture app) : PasswordPage(app);

[Collection(nameof(PostgresCollection))]
public sealed class PasswordPageOnPostgres(PostgresAppFixture app) : PasswordPage(app);

/// <summary>What the host keeps of a posted password: nothing in its logs or traces, even at the most verbose level.</summary>
public sealed class PasswordPageLeaks
{
    private const string Secret = "Tangerine-Osprey-4471-secret";

    [Fact]
    public async Task A_posted_password_reaches_no_log_line_or_trace_even_at_trace_level_and_posts_are_rate_limited()
    {
        var lines = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => lines.Enqueue($"{activity.DisplayName} {string.Join(" ", activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))}"),
        };
        ActivitySource.AddActivityListener(listener);
        await using var host = new ComityApp(Provider.Sqlite, await ComityApp.NewDatabaseAsync(Provider.Sqlite), new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            ["Hygiene:PasswordChecksPerMinute"] = "2",
        }, services: s => s.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(lines)));
        var visitor = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsync("/en/password", Form(Secret))).StatusCode);
        // Reading the page is never limited; a third post within the minute is.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/en/password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsync("/en/password", Form(Secret))).StatusCode);
        var limited = await visitor.PostAsync("/en/password", Form(Secret));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(lines.Count > 20, $"only {lines.Count} lines were captured; the capture is broken");
        Assert.Contains(lines, l => l.Contains("/en/password", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Tangerine", StringComparison.Ordinal) || l.Contains(Sha1Tail(), StringComparison.OrdinalIgnoreCase));
    }

    private static string Sha1Tail() =>
#pragma warning disable CA5350 // the breach corpus is keyed by SHA-1
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(Secret)))[5..];
#pragma warning restore CA5350

    private static FormUrlEncodedContent Form(string password) => new(new Dictionary<string, string> { ["password"] = password });

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"{category} scope {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {formatter(state, exception)} {exception}");
        }
    }
}
