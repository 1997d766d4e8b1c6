using Comity.Exchange.Data;
using Comity.Exchange.Objects;

namespace Comity.Exchange.Sharing;

/// <summary>
/// The TLP 2.0 rule, in one place, for every read path. On top of the right to read the collection:
/// CLEAR — everyone who may read it; GREEN — its community and the organisations named on it;
/// AMBER — the producer, the recipients the object names, or (when it names none) the organisations
/// named on the collection; AMBER+STRICT — the producer and the named recipients only;
/// RED — the producer and the named recipients (organisations or individual people) only.
/// </summary>
internal static class Visibility
{
    /// <summary>The objects of one collection that <paramref name="caller"/> may see, as a query the database runs.</summary>
    public static IQueryable<StoredObject> VisibleTo(this IQueryable<StoredObject> objects, ExchangeDb db, ExchangeCaller caller, CollectionAccess access)
    {
        if (!access.CanRead)
        {
            return objects.Where(_ => false);
        }
        var organisation = caller.OrganisationId;
        var person = caller.UserId;
        var community = access.InCommunity || access.IsNamed;
        var named = access.IsNamed;
        return objects.Where(o =>
            o.Tlp == Tlp.Clear
            || (o.Tlp == Tlp.Green && community)
            || o.ProducerOrganisationId == organisation
            || (o.Tlp == Tlp.Amber && !o.HasRecipients && named)
            || (o.HasRecipients && db.Recipients.Any(r => r.ObjectSeq == o.Seq
                && (r.RecipientId == organisation || (o.Tlp == Tlp.Red && r.RecipientId == person)))));
    }

    /// <summary>The same rule for one object already in memory (lookup results, federation, exports).</summary>
    public static bool Allows(ExchangeCaller caller, CollectionAccess access, Tlp tlp, Guid producer, IReadOnlyCollection<Guid> recipients)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(recipients);
        if (!access.CanRead)
        {
            return false;
        }
        return tlp == Tlp.Clear
            || (tlp == Tlp.Green && (access.InCommunity || access.IsNamed))
            || producer == caller.OrganisationId
            || (tlp == Tlp.Amber && recipients.Count == 0 && access.IsNamed)
            || recipients.Contains(caller.OrganisationId)
            || (tlp == Tlp.Red && recipients.Contains(caller.UserId));
    }
}
