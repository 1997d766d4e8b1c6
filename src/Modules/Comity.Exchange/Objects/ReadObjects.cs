using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Objects;

/// <summary>Which versions of each object a query wants: TAXII's match[version].</summary>
internal sealed record VersionFilter(bool First, bool Last, bool All, IReadOnlyList<long> Exact)
{
    public static VersionFilter Latest { get; } = new(false, true, false, []);
}

/// <summary>The filters of a TAXII objects, manifest or versions request, already parsed.</summary>
internal sealed record ObjectQuery(
    long? AddedAfterMicros,
    int Limit,
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> Types,
    VersionFilter Versions,
    IReadOnlyList<string> SpecVersions);

/// <summary>One row of a page: enough for an envelope, a manifest or a versions list.</summary>
internal sealed record ObjectRow(string StixId, long AddedMicros, long VersionMicros, string? Json);

/// <summary>A page in date_added order; <see cref="More"/> when the query has further rows.</summary>
internal sealed record ObjectPage(IReadOnlyList<ObjectRow> Rows, bool More)
{
    public long? FirstAdded => Rows.Count > 0 ? Rows[0].AddedMicros : null;

    public long? LastAdded => Rows.Count > 0 ? Rows[^1].AddedMicros : null;
}

/// <summary>
/// The read path shared by TAXII, the API and the pages: one indexed keyset query per page, with the TLP
/// rule applied by the database so that nothing the caller may not see ever leaves it.
/// </summary>
internal static class ReadObjects
{
    public const int DefaultPageSize = 1000;
    public const int MaxPageSize = 10_000;

    public static async Task<ObjectPage> PageAsync(ExchangeDb db, Guid collectionId, ExchangeCaller caller, CollectionAccess access,
        ObjectQuery query, bool withJson, CancellationToken cancellationToken)
    {
        var rows = Filtered(db, collectionId, caller, access, query).OrderBy(o => o.AddedMicros).Take(query.Limit + 1);
        var list = withJson
            ? await rows.Select(o => new ObjectRow(o.StixId, o.AddedMicros, o.VersionMicros, o.Json)).ToListAsync(cancellationToken)
            : await rows.Select(o => new ObjectRow(o.StixId, o.AddedMicros, o.VersionMicros, null)).ToListAsync(cancellationToken);
        var more = list.Count > query.Limit;
        if (more)
        {
            list.RemoveAt(list.Count - 1);
        }
        return new ObjectPage(list, more);
    }

    /// <summary>Whether an object id exists in the collection in a version the caller may see.</summary>
    public static Task<bool> AnyVisibleAsync(ExchangeDb db, Guid collectionId, ExchangeCaller caller, CollectionAccess access, string id,
        CancellationToken cancellationToken) =>
        db.Objects.AsNoTracking().Where(o => o.CollectionId == collectionId).WithStixId(id).VisibleTo(db, caller, access).AnyAsync(cancellationToken);

    public static IQueryable<StoredObject> Filtered(ExchangeDb db, Guid collectionId, ExchangeCaller caller, CollectionAccess access, ObjectQuery query)
    {
        var objects = db.Objects.AsNoTracking().Where(o => o.CollectionId == collectionId);
        if (query.AddedAfterMicros is { } after)
        {
            objects = objects.Where(o => o.AddedMicros > after);
        }
        if (query.Ids.Count == 1)
        {
            objects = objects.WithStixId(query.Ids[0]);
        }
        else if (query.Ids.Count > 1)
        {
            objects = objects.WithStixIds(query.Ids);
        }
        if (query.Types.Count > 0)
        {
            var types = query.Types;
            objects = objects.Where(o => types.Contains(o.Type));
        }
        if (query.SpecVersions.Count > 0)
        {
            var specs = query.SpecVersions;
            objects = objects.Where(o => specs.Contains(o.SpecVersion));
        }
        objects = WithVersions(objects, query.Versions);
        return objects.VisibleTo(db, caller, access);
    }

    private static IQueryable<StoredObject> WithVersions(IQueryable<StoredObject> objects, VersionFilter versions)
    {
        if (versions.All)
        {
            return objects;
        }
        var (first, last, exact) = (versions.First, versions.Last, versions.Exact);
        return (first, last, exact.Count) switch
        {
            (false, true, 0) => objects.Where(o => o.IsLatest),
            (true, false, 0) => objects.Where(o => o.IsFirst),
            (true, true, 0) => objects.Where(o => o.IsFirst || o.IsLatest),
            _ => objects.Where(o => (first && o.IsFirst) || (last && o.IsLatest) || exact.Contains(o.VersionMicros)),
        };
    }
}
