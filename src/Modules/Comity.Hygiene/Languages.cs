using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Comity.Hygiene;

/// <summary>
/// The campaign's six UN languages. Public pages carry the language in the first path segment (/ar/check), so a
/// visitor's choice needs no cookie, links can be shared in a language, and caches keep one copy per language.
/// </summary>
public static class Languages
{
    public static IReadOnlyList<string> Codes { get; } = ["en", "ar", "zh", "fr", "ru", "es"];

    public static IReadOnlyDictionary<string, string> NativeNames { get; } = new Dictionary<string, string>
    {
        ["en"] = "English",
        ["ar"] = "العربية",
        ["zh"] = "中文",
        ["fr"] = "Français",
        ["ru"] = "Русский",
        ["es"] = "Español",
    };

    public static bool IsSupported(string? code) => code is not null && Codes.Contains(code);

    public static bool IsRightToLeft(string code) => new CultureInfo(code).TextInfo.IsRightToLeft;

    /// <summary>The language named by the path's first segment, if it is one of the six.</summary>
    public static string? FromPath(PathString path)
    {
        var value = path.Value;
        if (value is null || value.Length < 3)
        {
            return null;
        }
        var end = value.IndexOf('/', 1);
        var segment = end < 0 ? value[1..] : value[1..end];
        return IsSupported(segment) ? segment : null;
    }

    /// <summary>The same page in another language: swaps the first path segment.</summary>
    public static string Switch(PathString path, QueryString query, string code)
    {
        var value = path.Value ?? "/";
        var end = value.IndexOf('/', 1);
        var rest = FromPath(path) is null ? "" : end < 0 ? "" : value[end..];
        return $"/{code}{rest}{query}";
    }
}

/// <summary>Takes the culture from the path (/fr/…) before any cookie or Accept-Language header.</summary>
internal sealed class PathCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(Languages.FromPath(httpContext.Request.Path) is { } code ? new ProviderCultureResult(code) : null);
}

/// <summary>Route constraint "lang": one of the six language codes.</summary>
internal sealed class LanguageRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && Languages.IsSupported(value as string);
}
