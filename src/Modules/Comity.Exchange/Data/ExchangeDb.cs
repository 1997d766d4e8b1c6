using Comity.Exchange.Collections;
using Comity.Exchange.Federation;
using Comity.Exchange.Objects;
using Comity.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Data;

/// <summary>The Exchange module's data: collections, stored STIX objects, their recipients and ingest statuses.</summary>
public sealed class ExchangeDb(DbContextOptions<ExchangeDb> options) : DbContext(options)
{
    public const string Module = "exchange";

    public DbSet<ExchangeCollection> Collections => Set<ExchangeCollection>();

    public DbSet<CollectionGrant> Grants => Set<CollectionGrant>();

    public DbSet<StoredObject> Objects => Set<StoredObject>();

    public DbSet<ObjectRecipient> Recipients => Set<ObjectRecipient>();

    public DbSet<IngestStatus> Statuses => Set<IngestStatus>();

    public DbSet<Peer> Peers => Set<Peer>();

    public DbSet<PeerSubscription> Subscriptions => Set<PeerSubscription>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.UseComityConventions(DatabaseFacadeInfo.Of(this));
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ExchangeModel.ConfigureCollections(modelBuilder);
        ExchangeModel.ConfigureObjects(modelBuilder);
        ExchangeModel.ConfigureFederation(modelBuilder);
    }
}
