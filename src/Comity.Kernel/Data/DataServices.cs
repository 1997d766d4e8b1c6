using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Kernel.Data;

public static class DataServices
{
    /// <summary>Registers the database settings and the migrator, shared by the web host and the CLI.</summary>
    public static IServiceCollection AddComityData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(DatabaseSettings.FromConfiguration(configuration, contentRoot));
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }
}
