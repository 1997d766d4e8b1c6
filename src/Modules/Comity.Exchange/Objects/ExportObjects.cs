using System.Security.Claims;
using System.Text.Json;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Comity.Exchange.Taxii;
using Comity.Identity.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Objects;

/// <summary>
/// A collection's objects as one STIX 2.1 bundle, filtered like TAXII (type, added_after, limit). TLP applies as on
/// every read path, and TLP:RED never leaves in bulk: it is for the eyes of its named recipients, one object at a time.
/// </summary>
internal static class ExportObjects
{
    public const int MaxExport = 50_000;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/collections/{id:guid}/bundle", Export).WithTags("Exchange: collections")
            .RequireAccess(ExchangeModule.ScopeRead, Role.Analyst, Role.CentreCoordinator, Role.PlatformAdministrator)
            .WithSummary("Export the objects you may see as a STIX 2.1 bundle (latest versions; TLP:RED is never exported)");

    internal static async Task<IResult> Export(Guid id, HttpContext http, ClaimsPrincipal user, ExchangeCallers callers, ApiRoots roots, ExchangeDb db,
        CancellationToken cancellationToken, string? type = null, string? addedAfter = null, int? limit = null)
    {
        var caller = await callers.ForAsync(user, cancellationToken);
        var collection = await db.Collections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var root = collection is null ? null : await roots.ForCentreAsync(collection.CentreId, cancellationToken);
        if (caller is null || collection is null || root is null || !caller.AccessTo(collection, root).CanRead)
        {
            return TypedResults.NotFound();
        }
        long? after = null;
        if (addedAfter is not null)
        {
            if (!StixTimestamps.TryParseMicros(addedAfter, out var micros))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["addedAfter"] = ["Give a timestamp such as 2026-01-31T00:00:00Z."] });
            }
            after = micros;
        }
        var types = type?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var query = new ObjectQuery(after, Math.Clamp(limit ?? MaxExport, 1, MaxExport), [], types, VersionFilter.Latest, []);
        var rows = await ReadObjects.Filtered(db, collection.Id, caller, caller.AccessTo(collection, root), query)
            .Where(o => o.Tlp != Tlp.Red)
            .OrderBy(o => o.AddedMicros).Take(query.Limit).Select(o => o.Json).ToListAsync(cancellationToken);
        http.Response.ContentType = TaxiiMediaTypes.Stix;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{collection.Alias ?? collection.Id.ToString()}.json\"";
        await using (var json = new Utf8JsonWriter(http.Response.BodyWriter))
        {
            json.WriteStartObject();
            json.WriteString("type", "bundle");
            json.WriteString("id", $"bundle--{Guid.NewGuid()}");
            json.WriteStartArray("objects");
            foreach (var row in rows)
            {
                json.WriteRawValue(row, skipInputValidation: true);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return TypedResults.Empty;
    }
}
