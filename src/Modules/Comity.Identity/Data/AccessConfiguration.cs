using Comity.Identity.ApiKeys;
using Comity.Identity.Audit;
using Comity.Identity.Notifications;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Comity.Identity.Data;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> membership)
    {
        membership.ToTable("identity_memberships");
        membership.HasKey(m => m.Id);
        membership.HasIndex(m => new { m.UserId, m.OrganisationId, m.Role }).IsUnique();
        membership.HasIndex(m => m.OrganisationId);
        membership.HasOne<ComityUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        membership.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("identity_api_keys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Name).HasMaxLength(ApiKey.NameMax);
        key.Property(k => k.Prefix).HasMaxLength(16);
        key.Property(k => k.SecretHash).HasMaxLength(32);
        key.Property(k => k.Scopes).HasMaxLength(1000);
        key.Ignore(k => k.ScopeList);
        key.HasIndex(k => k.Prefix).IsUnique();
        key.HasIndex(k => k.UserId);
        key.HasOne<ComityUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        key.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "identity_audit_entries";

    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable(Table);
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedOnAdd();
        entry.Property(e => e.ActorName).HasMaxLength(200);
        entry.Property(e => e.Action).HasMaxLength(100);
        entry.Property(e => e.TargetType).HasMaxLength(100);
        entry.Property(e => e.TargetId).HasMaxLength(200);
        entry.Property(e => e.Summary).HasMaxLength(2000);
        entry.Property(e => e.SourceAddress).HasMaxLength(64);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.ActorId, e.At });
        entry.HasIndex(e => new { e.OrganisationId, e.At });
        entry.HasIndex(e => new { e.Action, e.At });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("identity_notifications");
        notification.HasKey(n => n.Id);
        notification.Property(n => n.Subject).HasMaxLength(Notification.SubjectMax);
        notification.Property(n => n.Body).HasMaxLength(Notification.BodyMax);
        notification.Property(n => n.Link).HasMaxLength(Notification.LinkMax);
        notification.Property(n => n.EmailError).HasMaxLength(Notification.ErrorMax);
        notification.HasIndex(n => new { n.UserId, n.ReadAt });
        notification.HasIndex(n => new { n.Email, n.EmailNextAttemptAt });
        notification.HasOne<ComityUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
