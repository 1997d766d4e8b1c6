using Comity.Identity.Access;
using Comity.Identity.ApiKeys;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.Demo;
using Comity.Identity.Geography;
using Comity.Identity.Notifications;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Comity.Kernel;
using Comity.Kernel.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Comity.Identity;

/// <summary>The Identity module's entry point: organisations, people, roles, API keys, audit and reference geography.</summary>
public static class IdentityModule
{
    /// <summary>The authentication scheme that picks API keys for machine paths and the sign-in cookie elsewhere.</summary>
    public const string Scheme = "Comity";

    /// <summary>The rate-limit policy the host defines for sign-in attempts.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>Paths whose callers are programs: they authenticate with API keys and never get a sign-in redirect.</summary>
    public static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/taxii2", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddModuleDbContext<IdentityDb>(IdentityDb.Module);
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();
        services.AddScoped<IPeopleDirectory, PeopleDirectory>();
        services.Configure<SmtpSettings>(configuration.GetSection("Smtp"));
        services.AddSingleton<MailSignal>();
        services.AddScoped<INotifications, NotificationService>();
        services.TryAddSingleton<IPasswordBlocklist, CommonPasswordBlocklist>();
        services.Configure<PasswordLengthOptions>(configuration.GetSection("Identity:Passwords"));
        foreach (var scope in ApiScopes.Identity)
        {
            services.AddSingleton(scope);
        }
        services.AddScoped<IDemoSeeder, IdentityDemoSeeder>();

        services.AddIdentityCore<ComityUser>(options =>
            {
                // Length, blocklist and context checks live in NistPasswordValidator; composition rules are off (SP 800-63B).
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredLength = 1;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Identity:Lockout:MaxFailedAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Identity:Lockout:Minutes", 15));
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<IdentityDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ComityClaimsFactory>()
            .AddPasswordValidator<NistPasswordValidator>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
                options.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or API key", options =>
                options.ForwardDefaultSelector = context =>
                    IsMachinePath(context.Request.Path) ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "comity.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/error/403";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddDataProtection().SetApplicationName("Comity").PersistKeysToDbContext<IdentityDb>();

        services.AddSingleton<IAuthorizationHandler, ScopeRequirementHandler>();
        services.AddAuthorization(options => options.AddRolePolicies());
        // PostConfigure: MVC's own setup replaces the conventions collection when AddRazorPages runs after this.
        services.PostConfigure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeAreaFolder("Identity", "/Admin", Policies.PlatformAdministrator);
            options.Conventions.AuthorizeAreaFolder("Identity", "/Account");
            options.Conventions.AllowAnonymousToAreaPage("Identity", "/Account/SignIn");
            options.Conventions.AllowAnonymousToAreaPage("Identity", "/Account/SignInTwoFactor");
            options.Conventions.AddAreaPageRoute("Identity", "/Admin/Organisations/Edit", "admin/organisations/new");
        });
        return services;
    }

    /// <summary>
    /// Sends notifications by e-mail from this process when Smtp:Host is configured. The web host calls it; the CLI
    /// does not, so a one-off command never sends mail.
    /// </summary>
    public static IServiceCollection AddNotificationMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(configuration["Smtp:Host"]))
        {
            services.AddHostedService<NotificationMailer>();
        }
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/identity");
        OrganisationEndpoints.Map(api);
        PeopleEndpoints.Map(api);
        ApiKeyEndpoints.Map(api);
        AuditEndpoints.Map(api);
        GeographyEndpoints.Map(api);
        NotificationEndpoints.Map(api);
        return app;
    }
}
