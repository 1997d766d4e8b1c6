using System.Threading.RateLimiting;
using Comity.Hygiene.Analytics;
using Comity.Hygiene.Breaches;
using Comity.Hygiene.Data;
using Comity.Hygiene.Demo;
using Comity.Hygiene.Passwords;
using Comity.Hygiene.Reports;
using Comity.Identity.Access;
using Comity.Kernel;
using Comity.Kernel.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Comity.Hygiene;

/// <summary>The Hygiene module's entry point: the public cyber-hygiene campaign site and what its managers and moderators use.</summary>
public static class HygieneModule
{
    public const string ScopeContent = "hygiene:content";
    public const string ScopeReports = "hygiene:reports";
    public const string ScopeAnalytics = "hygiene:analytics";

    /// <summary>Policy for the report queue pages: analysts and coordinators (of a CERT or centre; the pages check which).</summary>
    public const string ModeratorPolicy = "hygiene:moderator";

    /// <summary>Policy for the analytics dashboard: campaign managers and centre coordinators.</summary>
    public const string AnalyticsPolicy = "hygiene:analytics";

    /// <summary>Rate-limit policy of the password page: its POSTs per network address and minute (<c>Hygiene:PasswordChecksPerMinute</c>).</summary>
    public const string PasswordCheckRateLimit = "hygiene:password-check";

    public static IServiceCollection AddHygieneModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<HygieneDb>(HygieneDb.Module);
        services.AddSingleton(new ApiScope(ScopeContent, "Write, review and publish the public campaign's pages"));
        services.AddSingleton(new ApiScope(ScopeReports, "Moderate public scam reports and export accepted ones as STIX"));
        services.AddSingleton(new ApiScope(ScopeAnalytics, "Read the campaign's anonymous counters"));
        services.AddScoped<HygieneCallers>();
        services.AddSingleton<SpamGuard>();
        services.AddSingleton<CounterBuffer>();
        services.AddHostedService<CounterFlusher>();
        services.AddSingleton(sp => new BreachStores(BreachDirectory(sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath), sp.GetService<ILogger<BreachStores>>()));
        services.AddHostedService<BreachStoreRefresher>();
        services.AddSingleton(sp => new CheckPassword(sp.GetRequiredService<BreachStores>(), sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var perMinute = configuration.GetValue("Hygiene:PasswordChecksPerMinute", 30);
            // Only POSTs cost a check; reading the page is under the host's general anonymous limit. The address stays in memory.
            options.AddPolicy(PasswordCheckRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter($"password:{context.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("password:read"));
        });
        services.AddScoped<IDemoSeeder, HygieneDemoSeeder>();
        services.Configure<RouteOptions>(o => o.ConstraintMap["lang"] = typeof(LanguageRouteConstraint));
        services.Configure<Microsoft.AspNetCore.Builder.RequestLocalizationOptions>(o => o.RequestCultureProviders.Insert(0, new PathCultureProvider()));
        services.AddAuthorization(o =>
        {
            o.AddPolicy(ModeratorPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Analyst, Roles.CentreCoordinator));
            o.AddPolicy(AnalyticsPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.CampaignManager, Roles.CentreCoordinator));
        });
        // PostConfigure: MVC's own setup replaces the conventions collection when AddRazorPages runs after this.
        services.PostConfigure<RazorPagesOptions>(options =>
        {
            options.Conventions.AllowAnonymousToAreaFolder("Hygiene", "/Visitors");
            options.Conventions.AuthorizeAreaFolder("Hygiene", "/Manage/Content", Policies.CampaignManager);
            options.Conventions.AuthorizeAreaFolder("Hygiene", "/Manage/Reports", ModeratorPolicy);
            options.Conventions.AuthorizeAreaFolder("Hygiene", "/Manage/Analytics", AnalyticsPolicy);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapHygieneModule(this IEndpointRouteBuilder app)
    {
        HygieneEndpoints.Map(app.MapGroup("/api/v1/hygiene"));
        RangeEndpoint.Map(app);
        WordListEndpoint.Map(app);
        return app;
    }

    /// <summary>
    /// Where the breached-password stores live: <c>Hygiene:BreachDirectory</c>, else <c>breaches</c> under the data
    /// directory (<c>Data:Directory</c>, default <c>data</c> under the content root), beside the SQLite database.
    /// </summary>
    public static string BreachDirectory(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["Hygiene:BreachDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.GetFullPath(Path.Combine(contentRoot, configuration["Data:Directory"] ?? "data", "breaches"));
    }

    /// <summary>
    /// Whether a request is for the Pwned-Passwords range API (<c>/range/</c> and one segment): a text/plain answer for
    /// programs, so the host sends it none of its page headers (it sets <c>X-Content-Type-Options</c> itself) and does not
    /// trace it, since the path holds the prefix. Deeper paths are not: they end as the host's HTML 404 page, which needs
    /// the page headers.
    /// </summary>
    public static bool IsRangeApi(PathString path) =>
        path.StartsWithSegments("/range", StringComparison.OrdinalIgnoreCase, out var rest)
        && rest.Value is { Length: > 1 } segment && segment.IndexOf('/', 1) < 0;

    /// <summary>
    /// Responses worth compressing without risk: public campaign pages (no secrets in them, so no BREACH-style leak) and
    /// static files. Signed-in pages carry antiforgery tokens and stay uncompressed.
    /// </summary>
    public static bool IsCompressible(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        return Languages.FromPath(path) is not null || path.StartsWithSegments("/css") || path.StartsWithSegments("/js");
    }
}
