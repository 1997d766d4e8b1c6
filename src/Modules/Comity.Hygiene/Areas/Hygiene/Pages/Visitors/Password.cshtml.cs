using Comity.Hygiene.Analytics;
using Comity.Hygiene.Passwords;
using Comity.Identity.Geography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Visitors;

/// <summary>
/// The password check. Without JavaScript the form posts the password, which is estimated and looked up in the breach
/// store in this process, then dropped: it is not bound to a property, not in model state, and the request's form is
/// emptied before the page renders, so neither the page nor an error page, log or trace can carry it. With JavaScript
/// the form never posts the password; the page's script estimates it and asks the range API for its hash's prefix only,
/// then tells the server that a check happened (<see cref="OnPostCounted"/>) so the campaign can count it.
/// </summary>
[RequestSizeLimit(MaxBodyBytes)]
[EnableRateLimiting(HygieneModule.PasswordCheckRateLimit)]
public sealed class PasswordModel(CheckPassword checker, CounterBuffer counters) : PublicPage(counters)
{
    /// <summary>A password of at most 256 characters (up to 4 UTF-8 bytes each, form-encoded) and a country code.</summary>
    public const long MaxBodyBytes = 8 * 1024;

    public const string PasswordField = "password";

    public PasswordCheckResult? Result { get; private set; }

    public string? Country { get; private set; }

    /// <summary>A key of the page's messages when the form was refused, otherwise null.</summary>
    public string? Problem { get; private set; }

    public void OnGet(string? country)
    {
        Country = CountryOrNull(country);
        Count("password", country: Country);
    }

    public async Task<IActionResult> OnPostAsync(string? country, CancellationToken cancellationToken)
    {
        Country = CountryOrNull(country);
        if (IsCrossSite())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var password = await TakePasswordAsync(cancellationToken);
        if (string.IsNullOrEmpty(password))
        {
            Problem = "Type a password to check.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Result = checker.Check(password);
        Count("password", Events.PasswordCheck, Country);
        // The answer depends on what was posted: no shared cache may keep it.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>The script's note that it checked a password in the browser. It carries no data about the password.</summary>
    public IActionResult OnPostCounted(string? country)
    {
        if (IsCrossSite())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Count("password", Events.PasswordCheck, CountryOrNull(country));
        return StatusCode(StatusCodes.Status204NoContent);
    }

    private static string? CountryOrNull(string? country) => Countries.Exists(country) ? country!.ToUpperInvariant() : null;

    /// <summary>
    /// Reads the password from the form and replaces the request's form with an empty one, so nothing later in the
    /// pipeline (an exception page, a diagnostic listener, a tag helper) can read it back.
    /// </summary>
    private async Task<string?> TakePasswordAsync(CancellationToken cancellationToken)
    {
        if (!Request.HasFormContentType)
        {
            return null;
        }
        var form = await Request.ReadFormAsync(cancellationToken);
        var password = form[PasswordField].ToString();
        HttpContext.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        return password;
    }

    /// <summary>
    /// Cross-site request forgery without a cookie: public pages set none, so instead of an antiforgery token the form
    /// refuses posts that the browser marks as coming from another site (Sec-Fetch-Site, else Origin).
    /// </summary>
    private bool IsCrossSite()
    {
        var headers = Request.Headers;
        if (headers["Sec-Fetch-Site"].ToString() is { Length: > 0 } site)
        {
            return site is not ("same-origin" or "none");
        }
        if (headers.Origin.ToString() is { Length: > 0 } origin && origin != "null")
        {
            return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || !string.Equals(uri.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
