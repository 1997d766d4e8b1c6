using Comity.Identity.Geography;
using Microsoft.EntityFrameworkCore;

namespace Comity.Identity.Data;

/// <summary>Reference geography, seeded from countries.csv by migration: a change to the file needs a new migration.</summary>
internal static class GeographyConfiguration
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Region>(region =>
        {
            region.ToTable("identity_regions");
            region.HasKey(r => r.Code);
            region.Property(r => r.Code).HasMaxLength(3);
            region.Property(r => r.Name).HasMaxLength(100);
            region.Property(r => r.ParentCode).HasMaxLength(3);
            region.HasData(Countries.Regions);
        });
        builder.Entity<Country>(country =>
        {
            country.ToTable("identity_countries");
            country.HasKey(c => c.Alpha2);
            country.Property(c => c.Alpha2).HasMaxLength(2).IsFixedLength();
            country.Property(c => c.Alpha3).HasMaxLength(3).IsFixedLength();
            country.Property(c => c.Numeric).HasMaxLength(3).IsFixedLength();
            country.Property(c => c.Name).HasMaxLength(100);
            country.Property(c => c.RegionCode).HasMaxLength(3);
            country.Property(c => c.SubregionCode).HasMaxLength(3);
            country.Property(c => c.IntermediateRegionCode).HasMaxLength(3);
            country.HasIndex(c => c.Alpha3).IsUnique();
            country.HasIndex(c => c.SubregionCode);
            country.HasData(Countries.All);
        });
    }
}
