using System.CommandLine;
using Comity.Identity.Access;
using Comity.Identity.Demo;
using Comity.Kernel;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Cli.Commands;

internal static class DemoCommands
{
    public static Command Create()
    {
        var seed = new Command("seed", "Add the demo network (organisations, one account per role, module demo data) where it is missing.");
        seed.SetAction((_, cancellationToken) => CliHost.RunAsync(async (services, token) =>
        {
            await DemoData.SeedAllAsync(services.GetServices<IDemoSeeder>(), token);
            Console.WriteLine($"Demo network ready. Passphrase for every demo account: {DemoNetwork.Password}");
            foreach (var account in DemoNetwork.Accounts)
            {
                Console.WriteLine($"  {account.Role.Title(),-24} {account.Email}");
            }
            return CliHost.Ok;
        }, cancellationToken));
        return new Command("demo", "Demonstration data.") { seed };
    }
}
