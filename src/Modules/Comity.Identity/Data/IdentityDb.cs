using Comity.Identity.ApiKeys;
using Comity.Identity.Audit;
using Comity.Identity.Geography;
using Comity.Identity.Notifications;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Comity.Kernel.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Comity.Identity.Data;

/// <summary>The Identity module's data: people, organisations, keys, audit, reference geography, data-protection keys.</summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options)
    : IdentityUserContext<ComityUser, Guid>(options), IDataProtectionKeyContext
{
    public const string Module = "identity";

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.UseComityConventions(DatabaseFacadeInfo.Of(this));
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ComityUser>(user =>
        {
            user.ToTable("identity_users");
            user.Property(u => u.DisplayName).HasMaxLength(ComityUser.DisplayNameMax);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("identity_user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("identity_user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("identity_user_tokens");
        builder.Entity<DataProtectionKey>().ToTable("identity_data_protection_keys");
        builder.ApplyConfiguration(new OrganisationConfiguration());
        builder.ApplyConfiguration(new CoveredCountryConfiguration());
        builder.ApplyConfiguration(new MembershipConfiguration());
        builder.ApplyConfiguration(new ApiKeyConfiguration());
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new NotificationConfiguration());
        GeographyConfiguration.Configure(builder);
    }
}
