using Comity.Identity.Access;
using Comity.Identity.Demo;
using Comity.Kernel;
using Comity.Kernel.Data;

namespace Comity.Web.Shell;

internal static class Startup
{
    /// <summary>Applies migrations, seeds the demo network when configured, and says how to sign in.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger,
        CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        if (!configuration.GetValue("Demo:Seed", false))
        {
            return;
        }
        await using (var scope = services.CreateAsyncScope())
        {
            await DemoData.SeedAllAsync(scope.ServiceProvider.GetServices<IDemoSeeder>(), cancellationToken);
        }
        var accounts = string.Join(Environment.NewLine, DemoNetwork.Accounts.Select(a => $"  {a.Role.Title(),-24} {a.Email}"));
        logger.LogInformation("Demo network ready. Sign in at /account/sign-in with the passphrase \"{Password}\" as one of:{NewLine}{Accounts}",
            DemoNetwork.Password, Environment.NewLine, accounts);
    }
}
