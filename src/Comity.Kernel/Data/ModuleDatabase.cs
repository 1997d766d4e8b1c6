using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Kernel.Data;

/// <summary>A module's DbContext, registered so that the migrator and health checks can find it.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType);

public static class ModuleDatabaseExtensions
{
    /// <summary>Registers a module's DbContext on the configured provider, with its own migrations history table.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string module)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((provider, options) => provider.GetRequiredService<DatabaseSettings>().Configure(options, module));
        services.AddDbContextFactory<TContext>(lifetime: ServiceLifetime.Scoped);
        services.AddSingleton(new ModuleDatabase(module, typeof(TContext)));
        return services;
    }

    /// <summary>
    /// Conventions every module applies in ConfigureConventions. SQLite cannot compare or sort
    /// DateTimeOffset, so there instants are stored as UTC ticks, which sort correctly.
    /// </summary>
    public static void UseComityConventions(this ModelConfigurationBuilder builder, DatabaseFacadeInfo database)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (database.IsSqlite)
        {
            builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}

/// <summary>What the conventions need to know about the provider a context runs on.</summary>
public readonly record struct DatabaseFacadeInfo(bool IsSqlite)
{
    public static DatabaseFacadeInfo Of(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite");
    }
}
