using System.Security.Claims;
using System.Text.Json;
using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Taxii;

/// <summary>The TAXII 2.1 server: discovery, API roots, collections, objects, manifests, versions and statuses.</summary>
internal static class TaxiiEndpoints
{
    public const string Prefix = "/taxii2";

    /// <summary>The API root's advertised max_content_length, enforced on POST.</summary>
    public const long MaxContentLength = 16 * 1024 * 1024;

    private static readonly Role[] Readers = [Role.Analyst, Role.CentreCoordinator, Role.PlatformAdministrator];
    private static readonly Role[] Writers = [Role.Analyst, Role.CentreCoordinator];

    public static bool IsTaxiiPath(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static void Map(IEndpointRouteBuilder app)
    {
        var taxii = app.MapGroup(Prefix).AddEndpointFilter(TaxiiMediaTypes.Filter).ExcludeFromDescription();
        taxii.MapGet("/", Discovery).RequireAccess(ExchangeModule.ScopeRead, Readers);
        taxii.MapGet("/{root}/", RootInformation).RequireAccess(ExchangeModule.ScopeRead, Readers);
        taxii.MapGet("/{root}/status/{statusId}/", Status).RequireAccess(ExchangeModule.ScopeRead, Readers);
        taxii.MapGet("/{root}/collections/", Collections).RequireAccess(ExchangeModule.ScopeRead, Readers);
        taxii.MapGet("/{root}/collections/{collection}/", Collection).RequireAccess(ExchangeModule.ScopeRead, Readers);
        taxii.MapGet("/{root}/collections/{collection}/manifest/", Manifest).RequireAccess(ExchangeModule.ScopeRead, Readers);
        taxii.MapGet("/{root}/collections/{collection}/objects/", GetObjects).RequireAccess(ExchangeModule.ScopeRead, Readers);
        taxii.MapPost("/{root}/collections/{collection}/objects/", AddObjects).RequireAccess(ExchangeModule.ScopeWrite, Writers)
            .WithMetadata(new RequestSizeLimitAttribute(MaxContentLength));
        taxii.MapGet("/{root}/collections/{collection}/objects/{objectId}/", GetObject).RequireAccess(ExchangeModule.ScopeRead, Readers);
        taxii.MapDelete("/{root}/collections/{collection}/objects/{objectId}/", DeleteObject).RequireAccess(ExchangeModule.ScopeWrite, Writers);
        taxii.MapGet("/{root}/collections/{collection}/objects/{objectId}/versions/", Versions).RequireAccess(ExchangeModule.ScopeRead, Readers);
    }

    private static async Task<IResult> Discovery(HttpContext http, ApiRoots roots, CancellationToken cancellationToken)
    {
        var all = await roots.AllAsync(cancellationToken);
        var baseUrl = BaseUrl(http.Request);
        return TaxiiResults.Ok(json =>
        {
            json.WriteStartObject();
            json.WriteString("title", "Comity TAXII server");
            json.WriteString("description", "Threat intelligence shared between the centres, CERTs and police units of the Comity network. Objects are filtered by the Traffic Light Protocol.");
            json.WriteString("default", $"{baseUrl}/{ApiRoot.NetworkSlug}/");
            json.WriteStartArray("api_roots");
            foreach (var root in all)
            {
                json.WriteStringValue($"{baseUrl}/{root.Slug}/");
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static async Task<IResult> RootInformation(string root, ApiRoots roots, CancellationToken cancellationToken)
    {
        if (await roots.FindAsync(root, cancellationToken) is not { } apiRoot)
        {
            return TaxiiResults.NotFound($"There is no API root '{root}'.");
        }
        return TaxiiResults.Ok(json =>
        {
            json.WriteStartObject();
            json.WriteString("title", apiRoot.Title);
            json.WriteString("description", apiRoot.Description);
            json.WriteStartArray("versions");
            json.WriteStringValue(TaxiiMediaTypes.Taxii);
            json.WriteEndArray();
            json.WriteNumber("max_content_length", MaxContentLength);
            json.WriteEndObject();
        });
    }

    private static async Task<IResult> Status(string root, string statusId, ClaimsPrincipal user, ApiRoots roots, ExchangeCallers callers,
        ExchangeDb db, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(user, cancellationToken);
        if (caller is null || await roots.FindAsync(root, cancellationToken) is null || !Guid.TryParse(statusId, out var id))
        {
            return TaxiiResults.NotFound("There is no such status.");
        }
        var status = await db.Statuses.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == caller.OrganisationId, cancellationToken);
        return status is null ? TaxiiResults.NotFound("There is no such status.") : TaxiiResults.Ok(json => StatusDetails.WriteResource(json, status));
    }

    private static async Task<IResult> Collections(string root, ClaimsPrincipal user, ApiRoots roots, ExchangeCallers callers, ExchangeDb db,
        CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(user, cancellationToken);
        if (caller is null || await roots.FindAsync(root, cancellationToken) is not { } apiRoot)
        {
            return TaxiiResults.NotFound($"There is no API root '{root}'.");
        }
        var visible = await FindCollections.InRootAsync(db, apiRoot, caller, cancellationToken);
        return TaxiiResults.Ok(json =>
        {
            json.WriteStartObject();
            if (visible.Count > 0)
            {
                json.WriteStartArray("collections");
                foreach (var collection in visible)
                {
                    WriteCollection(json, collection);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        });
    }

    private static async Task<IResult> Collection(string root, string collection, ClaimsPrincipal user, ApiRoots roots, ExchangeCallers callers,
        ExchangeDb db, CancellationToken cancellationToken)
    {
        var found = await ResolveAsync(root, collection, user, roots, callers, db, cancellationToken);
        return found.Error ?? TaxiiResults.Ok(json => WriteCollection(json, found.Collection!));
    }

    private static async Task<IResult> GetObjects(string root, string collection, HttpContext http, ApiRoots roots, ExchangeCallers callers,
        ExchangeDb db, CancellationToken cancellationToken)
    {
        var found = await ResolveAsync(root, collection, http.User, roots, callers, db, cancellationToken);
        if (found.Error is not null)
        {
            return found.Error;
        }
        if (!found.Collection!.Access.CanRead)
        {
            return Forbidden("read");
        }
        if (TaxiiQuery.Parse(http.Request.Query, out var error) is not { } query)
        {
            return TaxiiResults.BadRequest(error!);
        }
        var page = await ReadObjects.PageAsync(db, found.Collection.Collection.Id, found.Caller!, found.Collection.Access, query, withJson: true, cancellationToken);
        return TaxiiResults.Ok(json => WriteEnvelope(json, page), DateHeaders(page));
    }

    private static async Task<IResult> GetObject(string root, string collection, string objectId, HttpContext http, ApiRoots roots,
        ExchangeCallers callers, ExchangeDb db, CancellationToken cancellationToken)
    {
        var found = await ResolveAsync(root, collection, http.User, roots, callers, db, cancellationToken);
        if (found.Error is not null)
        {
            return found.Error;
        }
        if (!found.Collection!.Access.CanRead)
        {
            return Forbidden("read");
        }
        if (TaxiiQuery.Parse(http.Request.Query, out var error) is not { } query)
        {
            return TaxiiResults.BadRequest(error!);
        }
        var (collectionId, caller, access) = (found.Collection.Collection.Id, found.Caller!, found.Collection.Access);
        if (!await ReadObjects.AnyVisibleAsync(db, collectionId, caller, access, objectId, cancellationToken))
        {
            return TaxiiResults.NotFound($"There is no object '{objectId}' in this collection.");
        }
        var page = await ReadObjects.PageAsync(db, collectionId, caller, access, query with { Ids = [objectId], Types = [] }, withJson: true, cancellationToken);
        return TaxiiResults.Ok(json => WriteEnvelope(json, page), DateHeaders(page));
    }

    private static async Task<IResult> Manifest(string root, string collection, HttpContext http, ApiRoots roots, ExchangeCallers callers,
        ExchangeDb db, CancellationToken cancellationToken)
    {
        var found = await ResolveAsync(root, collection, http.User, roots, callers, db, cancellationToken);
        if (found.Error is not null)
        {
            return found.Error;
        }
        if (!found.Collection!.Access.CanRead)
        {
            return Forbidden("read");
        }
        if (TaxiiQuery.Parse(http.Request.Query, out var error) is not { } query)
        {
            return TaxiiResults.BadRequest(error!);
        }
        var page = await ReadObjects.PageAsync(db, found.Collection.Collection.Id, found.Caller!, found.Collection.Access, query, withJson: false, cancellationToken);
        return TaxiiResults.Ok(json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("more", page.More);
            if (page.More)
            {
                json.WriteString("next", TaxiiQuery.EncodeCursor(page.LastAdded!.Value));
            }
            if (page.Rows.Count > 0)
            {
                json.WriteStartArray("objects");
                foreach (var row in page.Rows)
                {
                    json.WriteStartObject();
                    json.WriteString("id", row.StixId);
                    json.WriteString("date_added", ExchangeModel.TaxiiTimestamp(row.AddedMicros));
                    json.WriteString("version", StixVersions.Format(row.VersionMicros));
                    json.WriteString("media_type", TaxiiMediaTypes.Stix);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }, DateHeaders(page));
    }

    private static async Task<IResult> Versions(string root, string collection, string objectId, HttpContext http, ApiRoots roots,
        ExchangeCallers callers, ExchangeDb db, CancellationToken cancellationToken)
    {
        var found = await ResolveAsync(root, collection, http.User, roots, callers, db, cancellationToken);
        if (found.Error is not null)
        {
            return found.Error;
        }
        if (!found.Collection!.Access.CanRead)
        {
            return Forbidden("read");
        }
        if (TaxiiQuery.Parse(http.Request.Query, out var error) is not { } query)
        {
            return TaxiiResults.BadRequest(error!);
        }
        var (collectionId, caller, access) = (found.Collection.Collection.Id, found.Caller!, found.Collection.Access);
        if (!await ReadObjects.AnyVisibleAsync(db, collectionId, caller, access, objectId, cancellationToken))
        {
            return TaxiiResults.NotFound($"There is no object '{objectId}' in this collection.");
        }
        var all = new VersionFilter(false, false, true, []);
        var page = await ReadObjects.PageAsync(db, collectionId, caller, access, query with { Ids = [objectId], Types = [], Versions = all }, withJson: false, cancellationToken);
        return TaxiiResults.Ok(json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("more", page.More);
            if (page.More)
            {
                json.WriteString("next", TaxiiQuery.EncodeCursor(page.LastAdded!.Value));
            }
            json.WriteStartArray("versions");
            foreach (var row in page.Rows)
            {
                json.WriteStringValue(StixVersions.Format(row.VersionMicros));
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }, DateHeaders(page));
    }

    private static async Task<IResult> AddObjects(string root, string collection, HttpContext http, ApiRoots roots, ExchangeCallers callers,
        ExchangeDb db, IngestObjects ingest, CancellationToken cancellationToken)
    {
        var found = await ResolveAsync(root, collection, http.User, roots, callers, db, cancellationToken);
        if (found.Error is not null)
        {
            return found.Error;
        }
        if (!found.Collection!.Access.CanWrite)
        {
            return Forbidden("write to");
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, default, cancellationToken);
        }
        catch (JsonException exception)
        {
            return TaxiiResults.BadRequest($"The body is not JSON: {exception.Message}");
        }
        using (document)
        {
            if (!Envelope.TryReadObjects(document.RootElement, out var objects, out var problem))
            {
                return TaxiiResults.Error(StatusCodes.Status422UnprocessableEntity, "Unprocessable envelope", problem);
            }
            var result = await ingest.IngestAsync(found.Collection.Collection, found.Caller!, objects, cancellationToken);
            return TaxiiResults.Accepted(json => StatusDetails.WriteResource(json, result.Status));
        }
    }

    private static async Task<IResult> DeleteObject(string root, string collection, string objectId, HttpContext http, ApiRoots roots,
        ExchangeCallers callers, ExchangeDb db, IAuditLog audit, CancellationToken cancellationToken)
    {
        var found = await ResolveAsync(root, collection, http.User, roots, callers, db, cancellationToken);
        if (found.Error is not null)
        {
            return found.Error;
        }
        if (TaxiiQuery.Parse(http.Request.Query, out var error) is not { } query)
        {
            return TaxiiResults.BadRequest(error!);
        }
        // Without match[version], a delete removes every version of the object.
        var versions = http.Request.Query.ContainsKey("match[version]") ? query.Versions : new VersionFilter(false, false, true, []);
        var outcome = await DeleteObjects.DeleteAsync(db, audit, found.Collection!, found.Caller!, objectId, versions, query.SpecVersions, cancellationToken);
        return outcome switch
        {
            DeleteOutcome.Deleted => TaxiiResults.Empty(),
            DeleteOutcome.Forbidden => Forbidden("delete from"),
            _ => TaxiiResults.NotFound($"There is no object '{objectId}' in this collection."),
        };
    }

    private static IResult Forbidden(string action) =>
        TaxiiResults.Error(StatusCodes.Status403Forbidden, "Forbidden", $"Your organisation may not {action} this collection.");

    private static async Task<Resolved> ResolveAsync(string root, string collection, ClaimsPrincipal user, ApiRoots roots, ExchangeCallers callers,
        ExchangeDb db, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(user, cancellationToken);
        if (caller is null || await roots.FindAsync(root, cancellationToken) is not { } apiRoot)
        {
            return new(null, null, TaxiiResults.NotFound($"There is no API root '{root}'."));
        }
        var found = await FindCollections.GetAsync(db, apiRoot, collection, caller, cancellationToken);
        return found is null
            ? new(null, null, TaxiiResults.NotFound($"There is no collection '{collection}' in API root '{root}'."))
            : new(caller, found, null);
    }

    private sealed record Resolved(ExchangeCaller? Caller, VisibleCollection? Collection, IResult? Error);

    private static void WriteCollection(Utf8JsonWriter json, VisibleCollection visible)
    {
        var collection = visible.Collection;
        json.WriteStartObject();
        json.WriteString("id", collection.Id.ToString());
        json.WriteString("title", collection.Title);
        if (collection.Description is not null)
        {
            json.WriteString("description", collection.Description);
        }
        if (collection.Alias is not null)
        {
            json.WriteString("alias", collection.Alias);
        }
        json.WriteBoolean("can_read", visible.Access.CanRead);
        json.WriteBoolean("can_write", visible.Access.CanWrite);
        json.WriteStartArray("media_types");
        json.WriteStringValue(TaxiiMediaTypes.Stix);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEnvelope(Utf8JsonWriter json, ObjectPage page)
    {
        json.WriteStartObject();
        json.WriteBoolean("more", page.More);
        if (page.More)
        {
            json.WriteString("next", TaxiiQuery.EncodeCursor(page.LastAdded!.Value));
        }
        if (page.Rows.Count > 0)
        {
            json.WriteStartArray("objects");
            foreach (var row in page.Rows)
            {
                // The stored text is the submitted object, returned byte for byte.
                json.WriteRawValue(row.Json!, skipInputValidation: true);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static Dictionary<string, string>? DateHeaders(ObjectPage page) => page.Rows.Count == 0 ? null : new()
    {
        ["X-TAXII-Date-Added-First"] = ExchangeModel.TaxiiTimestamp(page.FirstAdded!.Value),
        ["X-TAXII-Date-Added-Last"] = ExchangeModel.TaxiiTimestamp(page.LastAdded!.Value),
    };

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Prefix}";
}
