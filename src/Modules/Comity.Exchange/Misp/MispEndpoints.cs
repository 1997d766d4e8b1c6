using System.Security.Claims;
using System.Text.Json;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Comity.Identity.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Misp;

/// <summary>What a MISP import did: the ingest status of the converted objects and what could not be mapped.</summary>
public sealed record MispImportResponse(Guid StatusId, int Objects, int Stored, int Refused, IReadOnlyList<string> Refusals, IReadOnlyList<string> Warnings);

/// <summary>Imports a MISP JSON event (as MISP's API and feeds write it) into a collection, through the same ingest as TAXII.</summary>
internal static class MispEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/collections/{id:guid}/misp", Import).WithTags("Exchange: collections")
            .RequireAccess(ExchangeModule.ScopeWrite, Role.Analyst, Role.CentreCoordinator)
            .WithSummary("Import a MISP JSON event as STIX 2.1 objects (unmapped attributes are listed, never silently dropped)")
            .WithMetadata(new RequestSizeLimitAttribute(16 * 1024 * 1024));

    private static async Task<IResult> Import(Guid id, HttpRequest request, ClaimsPrincipal user, ExchangeCallers callers, ApiRoots roots, ExchangeDb db,
        IngestObjects ingest, TimeProvider clock, CancellationToken cancellationToken, string? defaultTlp = null)
    {
        var caller = await callers.ForAsync(user, cancellationToken);
        var collection = await db.Collections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var root = collection is null ? null : await roots.ForCentreAsync(collection.CentreId, cancellationToken);
        if (caller is null || collection is null || root is null || caller.AccessTo(collection, root) is { CanRead: false, CanWrite: false })
        {
            return TypedResults.NotFound();
        }
        if (!caller.AccessTo(collection, root).CanWrite)
        {
            return TypedResults.Forbid();
        }
        var tlp = defaultTlp is null ? collection.DefaultTlp : TlpMarkings.Parse(defaultTlp);
        if (tlp is null)
        {
            return Invalid("defaultTlp", "Choose clear, green, amber, amber+strict or red.");
        }
        MispConversion conversion;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
            conversion = MispImport.Convert(document.RootElement, new MispImportOptions { DefaultTlp = tlp.Value, Time = clock });
        }
        catch (JsonException exception)
        {
            return Invalid("body", $"The body is not JSON: {exception.Message}");
        }
        catch (ArgumentException exception)
        {
            return Invalid("body", exception.Message);
        }
        var documents = conversion.Objects.Select(o => JsonDocument.Parse(o)).ToList();
        try
        {
            var (status, _, refused) = await ingest.IngestAsync(collection, caller, documents.Select(d => d.RootElement).ToList(), cancellationToken);
            return TypedResults.Ok(new MispImportResponse(status.Id, status.TotalCount, status.SuccessCount, status.FailureCount,
                refused.Select(f => f.Line).ToList(),
                conversion.Warnings.Select(w => $"{w.Uuid} ({w.Kind}): {w.Message}").ToList()));
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The MISP event could not be imported.");
}
