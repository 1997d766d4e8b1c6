namespace Comity.Exchange.Objects;

/// <summary>
/// The one way to find stored objects by STIX id: through the by-id index's hash key, then the id itself, since
/// two ids may share a key. A query on the id alone would scan the collection.
/// </summary>
internal static class ObjectsById
{
    public static IQueryable<StoredObject> WithStixId(this IQueryable<StoredObject> objects, string stixId)
    {
        var key = StoredObject.KeyOf(stixId);
        return objects.Where(o => o.IdKey == key && o.StixId == stixId);
    }

    public static IQueryable<StoredObject> WithStixIds(this IQueryable<StoredObject> objects, IReadOnlyCollection<string> stixIds)
    {
        var keys = stixIds.Select(StoredObject.KeyOf).Distinct().ToList();
        return objects.Where(o => keys.Contains(o.IdKey) && stixIds.Contains(o.StixId));
    }
}
