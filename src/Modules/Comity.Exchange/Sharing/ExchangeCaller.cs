using System.Security.Claims;
using Comity.Exchange.Collections;
using Comity.Identity.Access;
using Comity.Identity.Organisations;

namespace Comity.Exchange.Sharing;

/// <summary>Who reads or writes: a person (directly or through their API key) acting for one organisation.</summary>
public sealed record ExchangeCaller(Guid UserId, OrganisationResponse Organisation, IReadOnlySet<Role> Roles)
{
    public Guid OrganisationId => Organisation.Id;

    /// <summary>Coordinators manage the collections of their own centre's API root; administrators every root's.</summary>
    public bool ManagesCollectionsOf(ApiRoot root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Roles.Contains(Role.PlatformAdministrator)
            || (Roles.Contains(Role.CentreCoordinator) && (root.IsNetwork || root.CentreId == OrganisationId));
    }

    /// <summary>What this caller may do with a collection of <paramref name="root"/>.</summary>
    public CollectionAccess AccessTo(ExchangeCollection collection, ApiRoot root)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(root);
        var inCommunity = root.Includes(Organisation);
        var grant = collection.Grants.FirstOrDefault(g => g.OrganisationId == OrganisationId);
        return new CollectionAccess(
            CanRead: (grant?.CanRead ?? false) || collection.ReadAudience == ReadAudience.Network
                || (collection.ReadAudience == ReadAudience.Community && inCommunity),
            CanWrite: (grant?.CanWrite ?? false) || (collection.CommunityCanWrite && inCommunity),
            InCommunity: inCommunity,
            IsNamed: grant is { CanRead: true });
    }
}

/// <summary>
/// A caller's standing on one collection. <see cref="IsNamed"/>: the organisation is listed on the
/// collection by name, which makes it a recipient of AMBER objects that name no recipients of their own.
/// </summary>
public readonly record struct CollectionAccess(bool CanRead, bool CanWrite, bool InCommunity, bool IsNamed);

/// <summary>Resolves the signed-in principal into an <see cref="ExchangeCaller"/>.</summary>
public sealed class ExchangeCallers(IOrganisationDirectory organisations)
{
    /// <summary>Null when the principal acts for no active organisation: such a caller reads nothing.</summary>
    public async Task<ExchangeCaller?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.UserId() is not { } userId || user.OrganisationId() is not { } organisationId)
        {
            return null;
        }
        var organisation = await organisations.GetAsync(organisationId, cancellationToken);
        return organisation is { IsActive: true }
            ? new ExchangeCaller(userId, organisation, Roles.All.Where(user.Has).ToHashSet())
            : null;
    }
}
