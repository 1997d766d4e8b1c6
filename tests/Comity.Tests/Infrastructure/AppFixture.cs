using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Comity.Identity.Access;
using Comity.Identity.ApiKeys;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.Demo;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Infrastructure;

/// <summary>
/// One running host per provider, shared by a test collection. Clients act as the demo account of a role:
/// through an API key for the API, or through the sign-in form for pages.
/// </summary>
public abstract partial class AppFixture(Provider provider) : IAsyncLifetime
{
    private readonly ConcurrentDictionary<Role, string> keys = new();

    public Provider Provider { get; } = provider;

    public ComityApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new ComityApp(Provider, await ComityApp.NewDatabaseAsync(Provider));
        App.CreateClient().Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Wraps a host that a test started itself, with its own settings or clock.</summary>
    public static AppFixture Wrap(ComityApp app) => new WrappedFixture(app);

    public HttpClient Anonymous(bool followRedirects = true) =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });

    /// <summary>A client whose requests carry the demo account's API key for <paramref name="role"/>, with every scope.</summary>
    public async Task<HttpClient> ApiAsAsync(Role role)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await KeyForAsync(role));
        return client;
    }

    public async Task<string> KeyForAsync(Role role, params string[] scopes)
    {
        if (scopes.Length == 0 && keys.TryGetValue(role, out var cached))
        {
            return cached;
        }
        var key = await KeyForUserAsync(DemoNetwork.Accounts.Single(a => a.Role == role).Email, scopes);
        return scopes.Length == 0 ? keys.GetOrAdd(role, key) : key;
    }

    /// <summary>A new API key for the account with <paramref name="email"/>; no scopes given means every scope.</summary>
    public Task<string> KeyForUserAsync(string email, params string[] scopes) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<IdentityDb>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var all = services.GetServices<ApiScope>().ToList();
        var granted = scopes.Length == 0 ? all.Select(s => s.Name).ToList() : [.. scopes];
        var outcome = await ManageApiKeys.CreateAsync(user.Id, user.ActiveOrganisationId, new CreateApiKeyRequest("test key", granted, 30), all, db,
            services.GetRequiredService<IAuditLog>(), services.GetRequiredService<TimeProvider>(), CancellationToken.None);
        return outcome.Value!.Key;
    });

    /// <summary>A cookie client signed in through the real form as the demo account for <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignInAsync(Role role, bool followRedirects = true)
    {
        var client = Anonymous(followRedirects);
        var response = await PostFormAsync(client, "/account/sign-in", new()
        {
            ["Email"] = DemoNetwork.Accounts.Single(a => a.Role == role).Email,
            ["Password"] = DemoNetwork.Password,
        });
        if (followRedirects)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.EndsWith("/dashboard", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        }
        return client;
    }

    /// <summary>GETs the form page, then posts <paramref name="fields"/> with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>The id of the (demo) organisation with this short name.</summary>
    public Task<Guid> OrganisationIdAsync(string shortName) =>
        WithDbAsync(db => db.Organisations.Where(o => o.ShortName == shortName).Select(o => o.Id).SingleAsync());

    public Task<T> WithDbAsync<T>(Func<IdentityDb, Task<T>> action) => WithScopeAsync(services => action(services.GetRequiredService<IdentityDb>()));

    private sealed class WrappedFixture : AppFixture
    {
        public WrappedFixture(ComityApp app)
            : base(app.Provider) => App = app;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteAppFixture() : AppFixture(Provider.Sqlite);

public sealed class PostgresAppFixture() : AppFixture(Provider.Postgres);

[CollectionDefinition(nameof(SqliteCollection))]
public sealed class SqliteCollection : ICollectionFixture<SqliteAppFixture>;

[CollectionDefinition(nameof(PostgresCollection))]
public sealed class PostgresCollection : ICollectionFixture<PostgresAppFixture>;
