using Comity.Capacity.Data;
using Comity.Exchange.Data;
using Comity.Hygiene.Data;
using Comity.Identity.Data;
using Comity.Kernel.Data;
using Comity.Library.Data;
using Comity.Roster.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Comity.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build each module's context for Sqlite without starting the web host.</summary>
internal sealed class IdentityDbFactory : IDesignTimeDbContextFactory<IdentityDb>
{
    public IdentityDb CreateDbContext(string[] args) => new(DesignTime.Options<IdentityDb>(IdentityDb.Module));
}

internal sealed class RosterDbFactory : IDesignTimeDbContextFactory<RosterDb>
{
    public RosterDb CreateDbContext(string[] args) => new(DesignTime.Options<RosterDb>(RosterDb.Module));
}

internal sealed class ExchangeDbFactory : IDesignTimeDbContextFactory<ExchangeDb>
{
    public ExchangeDb CreateDbContext(string[] args) => new(DesignTime.Options<ExchangeDb>(ExchangeDb.Module));
}

internal sealed class HygieneDbFactory : IDesignTimeDbContextFactory<HygieneDb>
{
    public HygieneDb CreateDbContext(string[] args) => new(DesignTime.Options<HygieneDb>(HygieneDb.Module));
}

internal sealed class CapacityDbFactory : IDesignTimeDbContextFactory<CapacityDb>
{
    public CapacityDb CreateDbContext(string[] args) => new(DesignTime.Options<CapacityDb>(CapacityDb.Module));
}

internal sealed class LibraryDbFactory : IDesignTimeDbContextFactory<LibraryDb>
{
    public LibraryDb CreateDbContext(string[] args) => new(DesignTime.Options<LibraryDb>(LibraryDb.Module));
}

internal static class DesignTime
{
    private static readonly DatabaseSettings Settings = new(DatabaseProvider.Sqlite, "Data Source=design-time.db");

    public static DbContextOptions<T> Options<T>(string module)
        where T : DbContext
    {
        var options = new DbContextOptionsBuilder<T>();
        Settings.Configure(options, module);
        return options.Options;
    }
}
