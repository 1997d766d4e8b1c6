using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Comity.Exchange.Taxii;

/// <summary>
/// Errors raised outside the TAXII handlers (authentication, authorization, unknown routes, body limits,
/// crashes) still reach TAXII clients as TAXII error messages in TAXII's media type.
/// </summary>
internal sealed class TaxiiErrorWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => TaxiiEndpoints.IsTaxiiPath(context.HttpContext.Request.Path);

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var status = context.ProblemDetails.Status ?? response.StatusCode;
        response.ContentType = TaxiiMediaTypes.Taxii;
        var title = context.ProblemDetails.Title ?? status switch
        {
            StatusCodes.Status401Unauthorized => "Authentication required",
            StatusCodes.Status403Forbidden => "Forbidden",
            StatusCodes.Status404NotFound => "Not found",
            StatusCodes.Status405MethodNotAllowed => "Method not allowed",
            _ => "Request failed",
        };
        var description = context.ProblemDetails.Detail ?? (status == StatusCodes.Status401Unauthorized
            ? "Authenticate with HTTP Basic (any user name, an API key as the password) or Authorization: Bearer <api key>."
            : null);
        await using var json = new Utf8JsonWriter(response.Body);
        TaxiiResults.WriteError(json, status, title, description);
    }
}
