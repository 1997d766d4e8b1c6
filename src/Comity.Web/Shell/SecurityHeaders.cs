using System.Security.Cryptography;

namespace Comity.Web.Shell;

/// <summary>Headers that keep pages from running injected script, being framed or leaking referrers.</summary>
internal static class SecurityHeaders
{
    /// <summary>Path of the API reference (Scalar): its single-page app sets inline styles, so only there styles may be inline.</summary>
    public const string ApiReferencePath = "/api-reference";

    private const string NonceKey = "comity.csp-nonce";

    /// <summary>A per-request nonce that a page's own inline script may carry; nothing else inline runs.</summary>
    public static string ScriptNonce(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is not string nonce)
        {
            context.Items[NonceKey] = nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        }
        return nonce;
    }

    public static string ContentSecurityPolicy(HttpContext context)
    {
        var styles = context.Request.Path.StartsWithSegments(ApiReferencePath) ? "'self' 'unsafe-inline'" : "'self'";
        var scripts = context.Items.ContainsKey(NonceKey) ? $"'self' 'nonce-{context.ScriptNonce()}'" : "'self'";
        return $"default-src 'self'; script-src {scripts}; style-src {styles}; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /// <summary>
    /// Page headers on every response except the Pwned-Passwords range API's: those are text/plain answers for programs,
    /// where CSP and framing rules mean nothing; the endpoint sends <c>X-Content-Type-Options: nosniff</c> itself, and
    /// skipping the rest saves a callback, a CSP string and about 300 header bytes on its most frequent request.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Comity.Hygiene.HygieneModule.IsRangeApi(context.Request.Path))
        {
            await next();
            return;
        }
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(context);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next();
    });
}
