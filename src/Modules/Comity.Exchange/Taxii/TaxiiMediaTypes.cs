using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Comity.Exchange.Taxii;

/// <summary>TAXII 2.1 content negotiation: 406 for an Accept header without the TAXII media type, 415 for a POST body in another one.</summary>
internal static class TaxiiMediaTypes
{
    public const string Taxii = "application/taxii+json;version=2.1";
    public const string Stix = "application/stix+json;version=2.1";

    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!Accepts(request.Headers.Accept))
        {
            return TaxiiResults.Error(StatusCodes.Status406NotAcceptable, "Not acceptable",
                $"This server answers in {Taxii}; send it in the Accept header.");
        }
        if (HttpMethods.IsPost(request.Method) && !IsTaxii(request.ContentType))
        {
            return TaxiiResults.Error(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Send the envelope as {Taxii}.");
        }
        return await next(context);
    }

    private static bool Accepts(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return false;
        }
        return types.Any(t => IsTaxii(t));
    }

    private static bool IsTaxii(string? contentType) => MediaTypeHeaderValue.TryParse(contentType, out var type) && IsTaxii(type);

    private static bool IsTaxii(MediaTypeHeaderValue type)
    {
        if (!type.MediaType.Equals("application/taxii+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var version = type.Parameters.FirstOrDefault(p => p.Name.Equals("version", StringComparison.OrdinalIgnoreCase))?.Value.Value;
        return version is null or "2.1";
    }
}
