using Comity.Identity.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Comity.Identity.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.ToTable("identity_organisations");
        organisation.HasKey(o => o.Id);
        organisation.Property(o => o.Name).HasMaxLength(Organisation.NameMax);
        organisation.Property(o => o.ShortName).HasMaxLength(Organisation.ShortNameMax);
        organisation.Property(o => o.HomeCountry).HasMaxLength(2).IsFixedLength();
        organisation.Property(o => o.Website).HasMaxLength(Organisation.WebsiteMax);
        organisation.Property(o => o.ContactEmail).HasMaxLength(Organisation.EmailMax);
        organisation.HasIndex(o => o.Name).IsUnique();
        organisation.HasIndex(o => new { o.Kind, o.HomeCountry });
        organisation.HasMany(o => o.Coverage).WithOne().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        organisation.Navigation(o => o.Coverage).AutoInclude().UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CoveredCountryConfiguration : IEntityTypeConfiguration<CoveredCountry>
{
    public void Configure(EntityTypeBuilder<CoveredCountry> covered)
    {
        covered.ToTable("identity_covered_countries");
        covered.HasKey(c => new { c.OrganisationId, c.Country });
        covered.Property(c => c.Country).HasMaxLength(2).IsFixedLength();
        covered.HasIndex(c => c.Country);
    }
}
