using System.Text.Json;
using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange;

/// <summary>
/// How other modules put STIX objects into the exchange without touching its tables: a collection found (or created on
/// first use) by alias in the sharing community of an organisation, objects stored there as that organisation through
/// the same ingest use case TAXII clients go through (validation, TLP, versions, duplicates, audit), and a look-up of
/// what a collection already holds.
/// </summary>
public interface IExchangeIntake
{
    /// <summary>
    /// The collection with <paramref name="request"/>'s alias in the API root of <paramref name="organisationId"/>'s
    /// community: a regional centre's own root, else the root of the centre covering the organisation's home country,
    /// else the network's. Created on first use with <paramref name="request"/>'s settings; the organisation is named on
    /// it with the right to write. A coordinator may change the collection afterwards; the alias finds it again.
    /// </summary>
    Task<IntakeCollection> CollectionForAsync(Guid organisationId, IntakeCollectionRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="objects"/> in the collection as <paramref name="organisationId"/>, on behalf of
    /// <paramref name="userId"/>. Each object is validated on its own; exact duplicates count as stored.
    /// </summary>
    Task<IntakeResult> StoreAsync(Guid collectionId, Guid organisationId, Guid userId, IReadOnlyList<JsonElement> objects,
        CancellationToken cancellationToken);

    /// <summary>Whether the collection holds any version of the STIX object <paramref name="stixId"/>.</summary>
    Task<bool> HoldsAsync(Guid collectionId, string stixId, CancellationToken cancellationToken);
}

/// <summary>What a collection created on first use is called and who reads it.</summary>
/// <param name="Alias">Lower-case letters, digits and hyphens; the collection's TAXII alias.</param>
/// <param name="Title">Its title.</param>
/// <param name="Description">Its description.</param>
/// <param name="DefaultTlp">The marking given to objects that arrive without one.</param>
/// <param name="ReadAudience">Who may read it besides the organisations named on it (TLP still applies per object).</param>
public sealed record IntakeCollectionRequest(string Alias, string Title, string Description, Tlp DefaultTlp, ReadAudience ReadAudience);

/// <summary>A collection that an intake writes to.</summary>
/// <param name="Id">The collection's id.</param>
/// <param name="ApiRoot">The slug of its TAXII API root.</param>
/// <param name="Alias">Its alias.</param>
public sealed record IntakeCollection(Guid Id, string ApiRoot, string Alias);

/// <summary>What became of the objects of one <see cref="IExchangeIntake.StoreAsync"/>.</summary>
/// <param name="Stored">Objects now in the collection, new or already there.</param>
/// <param name="Refused">Objects refused.</param>
/// <param name="Problems">Why, one line per refused object.</param>
public sealed record IntakeResult(int Stored, int Refused, IReadOnlyList<string> Problems);

/// <summary>The exchange's side of <see cref="IExchangeIntake"/>.</summary>
internal sealed class ExchangeIntake(ExchangeDb db, ApiRoots roots, IOrganisationDirectory organisations, IngestObjects ingest, IAuditLog audit,
    TimeProvider clock) : IExchangeIntake
{
    private static readonly IReadOnlySet<Role> NoRoles = new HashSet<Role>();

    public async Task<IntakeCollection> CollectionForAsync(Guid organisationId, IntakeCollectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var organisation = await ActiveOrganisationAsync(organisationId, cancellationToken);
        var root = await RootOfAsync(organisation, cancellationToken);
        var alias = request.Alias.Trim().ToLowerInvariant();
        // No unique index on aliases: if two first uses raced, the oldest collection wins every later look-up.
        var collection = await db.Collections.Where(c => c.CentreId == root.CentreId && c.Alias == alias)
            .OrderBy(c => c.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var caller = new ExchangeCaller(Guid.Empty, organisation, NoRoles);
        if (collection is null)
        {
            collection = ExchangeCollection.Create(root.CentreId, new CollectionDetails(request.Title, request.Description, alias, request.DefaultTlp,
                request.ReadAudience, false, [new GrantDetails(organisation.Id, true, true)]), now);
            db.Collections.Add(collection);
            await db.SaveChangesAuditedAsync(audit, new AuditEvent("exchange.collection.created", "collection", collection.Id.ToString(),
                $"{collection.Title} in {root.Slug}, default {collection.DefaultTlp.Label()}, for {organisation.Name}"), cancellationToken);
        }
        else if (!caller.AccessTo(collection, root).CanWrite)
        {
            var grants = collection.Grants.Where(g => g.OrganisationId != organisation.Id)
                .Select(g => new GrantDetails(g.OrganisationId, g.CanRead, g.CanWrite))
                .Append(new GrantDetails(organisation.Id, true, true)).ToList();
            collection.Update(new CollectionDetails(collection.Title, collection.Description, collection.Alias, collection.DefaultTlp,
                collection.ReadAudience, collection.CommunityCanWrite, grants), now);
            await db.SaveChangesAuditedAsync(audit, new AuditEvent("exchange.collection.updated", "collection", collection.Id.ToString(),
                $"{organisation.Name} may now write {collection.Title}"), cancellationToken);
        }
        return new IntakeCollection(collection.Id, root.Slug, alias);
    }

    public async Task<IntakeResult> StoreAsync(Guid collectionId, Guid organisationId, Guid userId, IReadOnlyList<JsonElement> objects,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var organisation = await ActiveOrganisationAsync(organisationId, cancellationToken);
        var collection = await db.Collections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == collectionId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no exchange collection {collectionId}.");
        var root = await roots.ForCentreAsync(collection.CentreId, cancellationToken)
            ?? throw new InvalidOperationException($"The exchange collection {collectionId} belongs to no API root.");
        var caller = new ExchangeCaller(userId, organisation, NoRoles);
        if (!caller.AccessTo(collection, root).CanWrite)
        {
            return new IntakeResult(0, objects.Count, [$"{organisation.Name} may not write to {collection.Title}."]);
        }
        if (objects.Count > IngestObjects.MaxObjects)
        {
            return new IntakeResult(0, objects.Count, [$"At most {IngestObjects.MaxObjects} objects at a time."]);
        }
        var (status, _, refused) = await ingest.IngestAsync(collection, caller, objects, cancellationToken);
        return new IntakeResult(status.SuccessCount, status.FailureCount, refused.Select(f => f.Line).ToList());
    }

    public Task<bool> HoldsAsync(Guid collectionId, string stixId, CancellationToken cancellationToken) =>
        db.Objects.Where(o => o.CollectionId == collectionId).WithStixId(stixId).AnyAsync(cancellationToken);

    private async Task<OrganisationResponse> ActiveOrganisationAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await organisations.GetAsync(organisationId, cancellationToken) is { IsActive: true } organisation
            ? organisation
            : throw new InvalidOperationException($"Organisation {organisationId} is not an active member of the network.");

    private async Task<ApiRoot> RootOfAsync(OrganisationResponse organisation, CancellationToken cancellationToken)
    {
        var centre = organisation.Kind == OrganisationKind.RegionalCentre
            ? organisation
            : await organisations.CentreForCountryAsync(organisation.HomeCountry, cancellationToken);
        return await roots.ForCentreAsync(centre?.Id, cancellationToken)
            ?? await roots.ForCentreAsync(null, cancellationToken)
            ?? throw new InvalidOperationException("The network's API root is missing.");
    }
}
