using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Comity.Exchange.Taxii;

/// <summary>Responses in TAXII's media type, written straight to the response body.</summary>
internal sealed class TaxiiResult(int statusCode, Action<Utf8JsonWriter>? write, IReadOnlyDictionary<string, string>? headers = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = TaxiiMediaTypes.Taxii;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }
        if (write is null)
        {
            return;
        }
        await using (var json = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { SkipValidation = true }))
        {
            write(json);
        }
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}

internal static class TaxiiResults
{
    public static IResult Ok(Action<Utf8JsonWriter> write, IReadOnlyDictionary<string, string>? headers = null) => new TaxiiResult(StatusCodes.Status200OK, write, headers);

    public static IResult Accepted(Action<Utf8JsonWriter> write) => new TaxiiResult(StatusCodes.Status202Accepted, write);

    public static IResult Empty() => new TaxiiResult(StatusCodes.Status200OK, null);

    /// <summary>A TAXII error message (section 3.6.1).</summary>
    public static IResult Error(int status, string title, string? description = null) => new TaxiiResult(status, json => WriteError(json, status, title, description));

    public static IResult NotFound(string what) => Error(StatusCodes.Status404NotFound, "Not found", what);

    public static IResult BadRequest(string description) => Error(StatusCodes.Status400BadRequest, "Bad request", description);

    public static void WriteError(Utf8JsonWriter json, int status, string title, string? description)
    {
        json.WriteStartObject();
        json.WriteString("title", title);
        if (description is not null)
        {
            json.WriteString("description", description);
        }
        json.WriteString("http_status", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }
}
