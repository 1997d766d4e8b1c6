using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Collections;

/// <summary>A collection together with its API root and what the caller may do with it.</summary>
public sealed record VisibleCollection(ExchangeCollection Collection, ApiRoot Root, CollectionAccess Access);

/// <summary>The collections a caller may read or write. Others are reported as missing, never as forbidden: their existence is not the caller's business.</summary>
internal static class FindCollections
{
    public static async Task<IReadOnlyList<VisibleCollection>> InRootAsync(ExchangeDb db, ApiRoot root, ExchangeCaller caller, CancellationToken cancellationToken)
    {
        var collections = await db.Collections.AsNoTracking().Where(c => c.CentreId == root.CentreId).OrderBy(c => c.Title).ToListAsync(cancellationToken);
        return Visible(collections, root, caller).ToList();
    }

    /// <summary>The caller's collections in every API root, root by root, in one query.</summary>
    public static async Task<IReadOnlyList<VisibleCollection>> EverywhereAsync(ExchangeDb db, ApiRoots roots, ExchangeCaller caller, CancellationToken cancellationToken)
    {
        var all = await roots.AllAsync(cancellationToken);
        var collections = await db.Collections.AsNoTracking().OrderBy(c => c.Title).ToListAsync(cancellationToken);
        return all.SelectMany(root => Visible(collections.Where(c => c.CentreId == root.CentreId), root, caller)).ToList();
    }

    private static IEnumerable<VisibleCollection> Visible(IEnumerable<ExchangeCollection> collections, ApiRoot root, ExchangeCaller caller) =>
        collections.Select(c => new VisibleCollection(c, root, caller.AccessTo(c, root)))
            .Where(v => v.Access.CanRead || v.Access.CanWrite || caller.ManagesCollectionsOf(root));

    /// <summary>Finds a collection of <paramref name="root"/> by id or alias.</summary>
    public static async Task<VisibleCollection?> GetAsync(ExchangeDb db, ApiRoot root, string idOrAlias, ExchangeCaller caller, CancellationToken cancellationToken)
    {
        var alias = idOrAlias.Trim().ToLowerInvariant();
        var collection = Guid.TryParse(idOrAlias, out var id)
            ? await db.Collections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.CentreId == root.CentreId, cancellationToken)
            : await db.Collections.AsNoTracking().SingleOrDefaultAsync(c => c.Alias == alias && c.CentreId == root.CentreId, cancellationToken);
        if (collection is null)
        {
            return null;
        }
        var visible = new VisibleCollection(collection, root, caller.AccessTo(collection, root));
        return visible.Access.CanRead || visible.Access.CanWrite || caller.ManagesCollectionsOf(root) ? visible : null;
    }
}
