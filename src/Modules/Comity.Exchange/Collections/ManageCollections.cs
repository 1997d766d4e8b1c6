using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Collections;

/// <summary>What a coordinator sends to create or change a collection.</summary>
public sealed record CollectionBody(
    string? ApiRoot,
    string? Title,
    string? Description,
    string? Alias,
    string? DefaultTlp,
    ReadAudience? ReadAudience,
    bool? CommunityCanWrite,
    List<GrantDetails>? Grants);

/// <summary>A collection as the API shows it.</summary>
public sealed record CollectionResponse(
    Guid Id,
    string ApiRoot,
    string Title,
    string? Description,
    string? Alias,
    string DefaultTlp,
    ReadAudience ReadAudience,
    bool CommunityCanWrite,
    bool CanRead,
    bool CanWrite,
    IReadOnlyList<GrantDetails> Grants)
{
    internal static CollectionResponse From(VisibleCollection v) => new(
        v.Collection.Id, v.Root.Slug, v.Collection.Title, v.Collection.Description, v.Collection.Alias, v.Collection.DefaultTlp.Label(),
        v.Collection.ReadAudience, v.Collection.CommunityCanWrite, v.Access.CanRead, v.Access.CanWrite,
        v.Collection.Grants.Select(g => new GrantDetails(g.OrganisationId, g.CanRead, g.CanWrite)).ToList());
}

/// <summary>Creating and changing collections: administrators anywhere, coordinators in their own centre's API root and the network's.</summary>
internal static class ManageCollections
{
    public static async Task<IReadOnlyList<CollectionResponse>> ListAsync(ExchangeCaller caller, ExchangeDb db, ApiRoots roots, CancellationToken cancellationToken) =>
        (await FindCollections.EverywhereAsync(db, roots, caller, cancellationToken)).Select(CollectionResponse.From).ToList();

    public static async Task<Outcome<CollectionResponse>> CreateAsync(ExchangeCaller caller, CollectionBody body, ExchangeDb db, ApiRoots roots,
        IOrganisationDirectory organisations, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var root = await roots.FindAsync(body.ApiRoot ?? "", cancellationToken);
        if (root is null)
        {
            return Outcome<CollectionResponse>.Invalid("apiRoot", "Choose one of this server's API roots.");
        }
        if (!caller.ManagesCollectionsOf(root))
        {
            return Outcome<CollectionResponse>.Forbidden();
        }
        var (validation, details) = await ValidateAsync(body, root, null, db, organisations, cancellationToken);
        if (!validation.IsValid)
        {
            return validation;
        }
        var collection = ExchangeCollection.Create(root.CentreId, details!, clock.GetUtcNow());
        db.Collections.Add(collection);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("exchange.collection.created", "collection", collection.Id.ToString(),
            $"{collection.Title} in {root.Slug}, default {collection.DefaultTlp.Label()}"), cancellationToken);
        return Outcome<CollectionResponse>.Ok(CollectionResponse.From(new(collection, root, caller.AccessTo(collection, root))));
    }

    public static async Task<Outcome<CollectionResponse>> UpdateAsync(ExchangeCaller caller, Guid id, CollectionBody body, ExchangeDb db, ApiRoots roots,
        IOrganisationDirectory organisations, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var collection = await db.Collections.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var root = collection is null ? null : await roots.ForCentreAsync(collection.CentreId, cancellationToken);
        if (collection is null || root is null)
        {
            return Outcome<CollectionResponse>.NotFound();
        }
        if (!caller.ManagesCollectionsOf(root))
        {
            return caller.AccessTo(collection, root) is { CanRead: false, CanWrite: false } ? Outcome<CollectionResponse>.NotFound() : Outcome<CollectionResponse>.Forbidden();
        }
        var (validation, details) = await ValidateAsync(body, root, id, db, organisations, cancellationToken);
        if (!validation.IsValid)
        {
            return validation;
        }
        collection.Update(details!, clock.GetUtcNow());
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("exchange.collection.updated", "collection", collection.Id.ToString(),
            $"{collection.Title}: default {collection.DefaultTlp.Label()}, readers {collection.ReadAudience}, community write {collection.CommunityCanWrite}, {collection.Grants.Count} named organisation(s)"),
            cancellationToken);
        return Outcome<CollectionResponse>.Ok(CollectionResponse.From(new(collection, root, caller.AccessTo(collection, root))));
    }

    private static async Task<(Validation, CollectionDetails?)> ValidateAsync(CollectionBody body, ApiRoot root, Guid? id, ExchangeDb db,
        IOrganisationDirectory organisations, CancellationToken cancellationToken)
    {
        var tlp = TlpMarkings.Parse(body.DefaultTlp);
        var alias = body.Alias?.Trim().ToLowerInvariant();
        var grants = body.Grants ?? [];
        var v = new Validation()
            .Required(body.Title, "title", ExchangeCollection.TitleMax)
            .MaxLength(body.Description, "description", ExchangeCollection.DescriptionMax)
            .MaxLength(alias, "alias", ExchangeCollection.AliasMax)
            .Require(tlp is not null, "defaultTlp", "Choose TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.")
            .Require(body.ReadAudience is null || Enum.IsDefined(body.ReadAudience.Value), "readAudience", "Choose Named, Community or Network.")
            .Require(grants.Count <= 500, "grants", "Name at most 500 organisations.");
        if (!string.IsNullOrEmpty(alias))
        {
            v.Require(alias.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && !Guid.TryParse(alias, out _), "alias",
                "An alias is lower-case letters, digits and hyphens, such as 'phishing-reports'.");
            v.Require(!await db.Collections.AnyAsync(c => c.Alias == alias && c.CentreId == root.CentreId && c.Id != id, cancellationToken), "alias",
                "Another collection of this API root already uses that alias.");
        }
        var named = grants.Select(g => g.OrganisationId).Distinct().ToList();
        var known = await organisations.NamesAsync(named, cancellationToken);
        v.Require(named.All(known.ContainsKey), "grants", "Every named organisation must be a member of the network.");
        if (!v.IsValid)
        {
            return (v, null);
        }
        return (v, new CollectionDetails(body.Title!, body.Description, alias, tlp!.Value, body.ReadAudience ?? ReadAudience.Community, body.CommunityCanWrite ?? false, grants));
    }
}
