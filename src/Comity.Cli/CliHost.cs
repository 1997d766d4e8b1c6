using System.CommandLine;
using Comity.Capacity;
using Comity.Exchange;
using Comity.Hygiene;
using Comity.Identity;
using Comity.Identity.Audit;
using Comity.Kernel.Data;
using Comity.Library;
using Comity.Roster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Comity.Cli;

/// <summary>Builds the module services the web host uses, without HTTP, and runs one command inside a scope.</summary>
internal static class CliHost
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        try
        {
            return await root.Parse(args).InvokeAsync();
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return Failed;
        }
    }

    /// <summary>Runs <paramref name="action"/> with migrated databases and a service scope whose actor is the CLI user.</summary>
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddComityData(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddIdentityModule(builder.Configuration);
        builder.Services.AddRosterModule();
        builder.Services.AddExchangeModule();
        builder.Services.AddHygieneModule();
        builder.Services.AddCapacityModule();
        builder.Services.AddLibraryModule();
        builder.Services.AddScoped<ICurrentActor, CliActor>();
        using var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider, cancellationToken);
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return BadInput;
    }

    /// <summary>Prints an outcome's field errors as "field: message" lines.</summary>
    public static int Fail(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Console.Error.WriteLine(field.Length == 0 ? $"error: {message}" : $"error: {field}: {message}");
            }
        }
        return BadInput;
    }

    private sealed class CliActor : ICurrentActor
    {
        public Actor Actor { get; } = new(null, $"cli:{Environment.UserName}", null, "local");
    }
}
