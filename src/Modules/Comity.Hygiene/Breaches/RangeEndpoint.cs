using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Comity.Hygiene.Breaches;

/// <summary>
/// <c>GET /range/{prefix}</c> as the Pwned Passwords API serves it, so existing clients work when pointed here:
/// 200 with <c>SUFFIX:COUNT</c> lines for every valid 5-hex prefix (either case), <c>?mode=ntlm</c> for NT hashes,
/// <c>Add-Padding: true</c> for count-0 padding lines, 400 with a short text for anything else.
/// Needs <see cref="BreachStores"/> registered as a singleton. Never logs the prefix.
/// </summary>
internal static class RangeEndpoint
{
    public const string Pattern = "/range/{prefix}";

    /// <summary>Same wording as the HIBP origin, for clients that show it.</summary>
    public const string BadPrefixMessage = "The hash prefix was not in a valid format";

    public const string MissingStoreMessage = "The breached-password corpus is not installed on this server yet.";

    /// <summary>A day in shared caches; the ETag makes revalidation cheap after an import changes the store.</summary>
    public const string CacheControl = "public, max-age=86400";

    private const string NoSniff = "nosniff";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // Resolved once, not per request: RequestServices would open a DI scope for every range request.
        var services = endpoints.ServiceProvider;
        BreachStores? stores = null;
        RequestDelegate handle = context => Handle(context, stores ??= services.GetRequiredService<BreachStores>());
        // Short-circuit: once routing has matched, run at once and skip the host's later middleware (authentication,
        // rate limiting, authorization, antiforgery, body limits). The API is anonymous, takes no body and sets no cookie;
        // it is deliberately outside the per-address anonymous limit (docs/hygiene.md says why).
        endpoints.MapGet(Pattern, handle).WithDisplayName("Pwned Passwords range").ShortCircuit();
        endpoints.MapMethods(Pattern, [HttpMethods.Options], Preflight).WithDisplayName("Pwned Passwords range preflight").ShortCircuit();
    }

    public static Task Handle(HttpContext context, BreachStores stores)
    {
        var request = context.Request;
        var response = context.Response;
        // The one security header a text/plain API answer needs; the host's page headers (CSP, framing) are not sent here.
        response.Headers.XContentTypeOptions = NoSniff;
        if (!TryParsePrefix(request.RouteValues["prefix"] as string, out var bucket))
        {
            return Text(response, StatusCodes.Status400BadRequest, BadPrefixMessage);
        }
        // Request.Query parses the query string into a dictionary; most requests have none.
        var kind = request.QueryString.HasValue && IsNtlm(request.Query["mode"]) ? HashKind.Ntlm : HashKind.Sha1;
        if (!stores.TryAcquire(kind, out var lease))
        {
            // A 200 with no lines would tell every client "not breached" and be cached for a day; 503 is what the
            // HIBP downloader and most clients treat as "try again", and nothing caches it.
            stores.NoteMissing(kind);
            response.Headers.RetryAfter = "300";
            return Text(response, StatusCodes.Status503ServiceUnavailable, MissingStoreMessage);
        }
        var padded = string.Equals(request.Headers["Add-Padding"], "true", StringComparison.OrdinalIgnoreCase);
        using (lease)
        {
            var headers = response.Headers;
            var etag = ETag(lease.File.Header.BuildId, kind, bucket, padded);
            headers.ETag = etag;
            headers.CacheControl = CacheControl;
            headers.Vary = "Add-Padding";
            headers.AccessControlAllowOrigin = "*";
            if (request.Headers.IfNoneMatch.Count > 0 && MatchesETag(request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
            // The body goes into the response pipe before the headers are sent (the server keeps it until the flush),
            // so its length is known from the one formatting pass and no measuring pass over the bucket is needed.
            var bytes = RangeFormatter.Write(response.BodyWriter, lease.File.Bucket(bucket), kind, padded, Random.Shared);
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "text/plain";
            response.ContentLength = bytes;
        }
        return FlushAsync(response);
    }

    /// <summary>Exactly five hex digits, either case; the bucket is their value.</summary>
    public static bool TryParsePrefix(string? prefix, out int bucket)
    {
        bucket = 0;
        if (prefix is not { Length: HashKinds.PrefixHexLength })
        {
            return false;
        }
        foreach (var c in prefix)
        {
            var v = c < 128 ? Hex.Value((byte)c) : -1;
            if (v < 0)
            {
                return false;
            }
            bucket = (bucket << 4) | v;
        }
        return true;
    }

    private static Task Preflight(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = NoSniff;
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlAllowMethods = "GET";
        headers.AccessControlAllowHeaders = "Add-Padding";
        headers.AccessControlMaxAge = "86400";
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static bool IsNtlm(StringValues mode) => string.Equals(mode, "ntlm", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>"{build id:x16}{s|n}{bucket:X5}"</c>, weak (<c>W/</c>) when padded: formatted in place, one allocation.</summary>
    private static string ETag(long buildId, HashKind kind, int bucket, bool padded) =>
        string.Create(padded ? 26 : 24, (buildId, kind, bucket, padded), static (span, state) =>
        {
            if (state.padded)
            {
                "W/".CopyTo(span);
                span = span[2..];
            }
            span[0] = '"';
            state.buildId.TryFormat(span[1..17], out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
            span[17] = state.kind == HashKind.Ntlm ? 'n' : 's';
            state.bucket.TryFormat(span[18..23], out _, "X5", System.Globalization.CultureInfo.InvariantCulture);
            span[23] = '"';
        });

    /// <summary>Weak comparison, as RFC 9110 asks for If-None-Match: the W/ marker is ignored on both sides.</summary>
    private static bool MatchesETag(StringValues ifNoneMatch, string etag)
    {
        var ours = etag.AsSpan(etag.StartsWith("W/", StringComparison.Ordinal) ? 2 : 0);
        foreach (var value in ifNoneMatch)
        {
            var text = value.AsSpan();
            foreach (var range in text.Split(','))
            {
                var candidate = text[range].Trim();
                if (candidate is "*" || (candidate.StartsWith("W/") ? candidate[2..] : candidate).SequenceEqual(ours))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static Task Text(HttpResponse response, int status, string message)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.ContentLength = message.Length;
        return response.WriteAsync(message);
    }

    private static Task FlushAsync(HttpResponse response)
    {
        var flush = response.BodyWriter.FlushAsync();
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }
}
