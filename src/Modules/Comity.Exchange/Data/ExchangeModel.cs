using Comity.Exchange.Collections;
using Comity.Exchange.Federation;
using Comity.Exchange.Objects;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Data;

/// <summary>
/// Table mappings. The object tables use snake_case column names because the bulk writers address
/// them in plain SQL (SQLite prepared inserts, PostgreSQL binary COPY).
/// </summary>
internal static class ExchangeModel
{
    public const string ObjectsTable = "exchange_objects";
    public const string RecipientsTable = "exchange_object_recipients";

    public static void ConfigureCollections(ModelBuilder builder)
    {
        builder.Entity<ExchangeCollection>(collection =>
        {
            collection.ToTable("exchange_collections");
            collection.HasKey(c => c.Id);
            collection.Property(c => c.Id).HasColumnName("id");
            collection.Property(c => c.Title).HasMaxLength(ExchangeCollection.TitleMax);
            collection.Property(c => c.Description).HasMaxLength(ExchangeCollection.DescriptionMax);
            collection.Property(c => c.Alias).HasMaxLength(ExchangeCollection.AliasMax);
            collection.Property(c => c.LastAddedMicros).HasColumnName("last_added_micros");
            collection.HasIndex(c => c.CentreId);
            collection.HasMany(c => c.Grants).WithOne().HasForeignKey(g => g.CollectionId).OnDelete(DeleteBehavior.Cascade);
            collection.Navigation(c => c.Grants).AutoInclude();
        });
        builder.Entity<CollectionGrant>(grant =>
        {
            grant.ToTable("exchange_collection_grants");
            grant.HasKey(g => new { g.CollectionId, g.OrganisationId });
            grant.HasIndex(g => g.OrganisationId);
        });
    }

    public static void ConfigureObjects(ModelBuilder builder)
    {
        builder.Entity<StoredObject>(o =>
        {
            o.ToTable(ObjectsTable);
            o.HasKey(x => x.Seq);
            o.Property(x => x.Seq).HasColumnName("seq").ValueGeneratedOnAdd();
            o.Property(x => x.CollectionId).HasColumnName("collection_id");
            o.Property(x => x.StixId).HasColumnName("stix_id").HasMaxLength(300);
            o.Property(x => x.IdKey).HasColumnName("id_key");
            o.Property(x => x.Type).HasColumnName("type").HasMaxLength(250);
            o.Property(x => x.SpecVersion).HasColumnName("spec_version").HasMaxLength(10);
            o.Property(x => x.VersionMicros).HasColumnName("version_micros");
            o.Property(x => x.AddedMicros).HasColumnName("added_micros");
            o.Property(x => x.IsLatest).HasColumnName("is_latest");
            o.Property(x => x.IsFirst).HasColumnName("is_first");
            o.Property(x => x.Tlp).HasColumnName("tlp").HasConversion<int>();
            o.Property(x => x.ProducerOrganisationId).HasColumnName("producer_organisation_id");
            o.Property(x => x.HasRecipients).HasColumnName("has_recipients");
            o.Property(x => x.Json).HasColumnName("json");
            o.HasOne<ExchangeCollection>().WithMany().HasForeignKey(x => x.CollectionId).OnDelete(DeleteBehavior.Cascade);
            o.HasIndex(x => new { x.CollectionId, x.AddedMicros }).IsUnique();
            // The collection second: with an equality on it as well, SQLite's planner (which has no statistics) takes this
            // index for lookups by id instead of walking the collection's date_added index.
            o.HasIndex(x => new { x.IdKey, x.CollectionId });
            o.HasIndex(x => new { x.Type, x.Seq });
        });
        builder.Entity<ObjectRecipient>(r =>
        {
            r.ToTable(RecipientsTable);
            r.HasKey(x => new { x.ObjectSeq, x.RecipientId });
            r.Property(x => x.ObjectSeq).HasColumnName("object_seq");
            r.Property(x => x.RecipientId).HasColumnName("recipient_id");
            r.HasOne<StoredObject>().WithMany().HasForeignKey(x => x.ObjectSeq).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<IngestStatus>(s =>
        {
            s.ToTable("exchange_statuses");
            s.HasKey(x => x.Id);
            s.HasIndex(x => x.RequestedAt);
        });
    }

    public static void ConfigureFederation(ModelBuilder builder)
    {
        builder.Entity<Peer>(peer =>
        {
            peer.ToTable("exchange_peers");
            peer.HasKey(p => p.Id);
            peer.Property(p => p.Name).HasMaxLength(Peer.NameMax);
            peer.Property(p => p.ApiRootUrl).HasMaxLength(Peer.UrlMax);
            peer.Property(p => p.ProtectedApiKey).HasMaxLength(2000);
            peer.HasMany(p => p.Subscriptions).WithOne().HasForeignKey(s => s.PeerId).OnDelete(DeleteBehavior.Cascade);
            peer.Navigation(p => p.Subscriptions).AutoInclude();
        });
        builder.Entity<PeerSubscription>(subscription =>
        {
            subscription.ToTable("exchange_peer_subscriptions");
            subscription.HasKey(s => s.Id);
            subscription.Property(s => s.RemoteCollectionId).HasMaxLength(200);
            subscription.Property(s => s.AddedAfter).HasMaxLength(40);
            subscription.Property(s => s.LastError).HasMaxLength(500);
            subscription.Property(s => s.LeaseOwner).HasMaxLength(200);
            subscription.HasIndex(s => s.NextAttemptAt);
            subscription.HasOne<ExchangeCollection>().WithMany().HasForeignKey(s => s.LocalCollectionId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>Microseconds since the Unix epoch, the unit of every TAXII timestamp column.</summary>
    public static long ToMicros(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static DateTimeOffset FromMicros(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * 10);

    /// <summary>TAXII timestamps: RFC 3339 UTC with microsecond precision.</summary>
    public static string TaxiiTimestamp(long micros) =>
        FromMicros(micros).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
