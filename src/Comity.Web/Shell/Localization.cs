using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Comity.Web.Shell;

/// <summary>The six UN languages. English is complete; the others fall back to English where a string is missing.</summary>
internal static class Localization
{
    public static readonly IReadOnlyList<(string Code, string NativeName)> Languages =
    [
        ("en", "English"),
        ("ar", "العربية"),
        ("zh", "中文"),
        ("fr", "Français"),
        ("ru", "Русский"),
        ("es", "Español"),
    ];

    public static bool IsRightToLeft(CultureInfo culture) => culture.TextInfo.IsRightToLeft;

    public static IServiceCollection AddComityLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Select(l => new CultureInfo(l.Code)).ToList();
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        return services;
    }

    /// <summary>POST /culture: remembers the chosen language in a cookie, the one the visitor asked for.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapPost("/culture", (HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            if (!Languages.Any(l => l.Code == culture))
            {
                return Results.BadRequest();
            }
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? returnUrl
                : "/";
            return Results.LocalRedirect(target);
        })
        // Switching language is harmless if forged; skipping the token keeps anonymous pages free of an antiforgery cookie.
        .DisableAntiforgery()
        .AllowAnonymous()
        .ExcludeFromDescription();
        return app;
    }
}
