using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Comity.Web.Shell;

/// <summary>
/// Refuses bodies over the endpoint's limit (its <see cref="IRequestSizeLimitMetadata"/>, else 1 MB) with 413 before
/// anything reads them, and sets the server's streaming limit to the same figure for bodies without a length.
/// </summary>
internal static class RequestLimits
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultMaxBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException($"The body is {context.Request.ContentLength} bytes; this endpoint accepts at most {limit}.",
                StatusCodes.Status413PayloadTooLarge);
        }
        await next(context);
    });
}
