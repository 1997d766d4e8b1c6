using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Comity.Tests.Identity;

[Collection(nameof(SqliteCollection))]
public sealed partial class SignInSecurity(SqliteAppFixture app)
{
    private async Task<string> NewPersonAsync(string password)
    {
        var admin = await app.ApiAsAsync(Role.PlatformAdministrator);
        var email = $"person.{Guid.NewGuid():N}@centre.example";
        var organisation = await app.OrganisationIdAsync("KE-CERT");
        var created = await admin.PostJsonAsync("/api/v1/identity/people", new { email, displayName = "Test Person", password, organisationId = organisation, role = "analyst" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return email;
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password_and_are_audited()
    {
        const string password = "a patient river carved this canyon";
        var email = await NewPersonAsync(password);
        var browser = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await AppFixture.PostFormAsync(browser, "/account/sign-in", new() { ["Email"] = email, ["Password"] = "wrong but long enough guess" });
            Assert.Contains("/account/sign-in", wrong.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        }
        var right = await AppFixture.PostFormAsync(browser, "/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("/account/sign-in", right.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).Distinct().ToListAsync());
        Assert.Contains("session.sign-in-failed", actions);
        Assert.Contains("session.locked-out", actions);
    }

    [Fact]
    public async Task A_person_turns_on_two_factor_sign_in_and_then_needs_the_code()
    {
        const string password = "seven owls watch the moonlit orchard";
        var email = await NewPersonAsync(password);
        var browser = app.Anonymous();
        await AppFixture.PostFormAsync(browser, "/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
        var setup = await AppFixture.PostFormAsync(browser, "/account/security?handler=StartTwoFactor", [], "/account/security");
        var html = await setup.Content.ReadAsStringAsync();
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        var key = KeyPattern().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var confirmed = await browser.PostAsync("/account/security?handler=ConfirmTwoFactor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["VerificationCode"] = Totp(key),
            ["__RequestVerificationToken"] = AppFixture.AntiforgeryToken(html),
        }));
        Assert.Contains("recovery codes", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var fresh = app.Anonymous();
        var challenged = await AppFixture.PostFormAsync(fresh, "/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal("/account/sign-in/two-factor", challenged.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Anonymous(followRedirects: false).GetAsync("/dashboard")).StatusCode);
        var wrongCode = await fresh.PostAsync(challenged.RequestMessage.RequestUri, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = "000000",
            ["__RequestVerificationToken"] = AppFixture.AntiforgeryToken(await challenged.Content.ReadAsStringAsync()),
        }));
        Assert.Contains("not right", await wrongCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var signedIn = await fresh.PostAsync(challenged.RequestMessage.RequestUri, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = Totp(key),
            ["__RequestVerificationToken"] = AppFixture.AntiforgeryToken(await wrongCode.Content.ReadAsStringAsync()),
        }));
        Assert.Equal("/dashboard", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_rate_limited()
    {
        await using var limited = new ComityApp(Provider.Sqlite, await ComityApp.NewDatabaseAsync(Provider.Sqlite),
            new Dictionary<string, string?> { ["RateLimits:SignInPerMinute"] = "3" });
        var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/account/sign-in")).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task An_api_key_stops_working_when_it_expires()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var host = new ComityApp(Provider.Sqlite, await ComityApp.NewDatabaseAsync(Provider.Sqlite), clock: clock);
        var fixture = AppFixture.Wrap(host);
        var key = await fixture.KeyForAsync(Role.Analyst, ApiScopes.IdentityRead);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/identity/me")).StatusCode);
        clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/identity/me")).StatusCode);
    }

    /// <summary>RFC 6238 TOTP (SHA-1, 30 s, 6 digits) computed independently of ASP.NET Core Identity.</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32(base32Key);
        var step = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }
#pragma warning disable CA5350 // authenticator apps use HMAC-SHA1, as RFC 6238 specifies
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.TrimEnd('=').Select(c => Convert.ToString(alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }

    [GeneratedRegex("<code class=\"secret\">([a-z0-9 ]+)</code>")]
    private static partial Regex KeyPattern();
}
