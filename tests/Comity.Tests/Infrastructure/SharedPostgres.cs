[assembly: AssemblyFixture(typeof(Comity.Tests.Infrastructure.SharedPostgres))]

namespace Comity.Tests.Infrastructure;

/// <summary>One private PostgreSQL server for the whole test run, started on first use and stopped at the end.</summary>
public sealed class SharedPostgres : IAsyncDisposable
{
    private static readonly Lazy<Task<PostgresServer>> Server = new(() => PostgresServer.StartAsync());

    public static Task<PostgresServer> ServerAsync() => Server.Value;

    public async ValueTask DisposeAsync()
    {
        if (Server.IsValueCreated)
        {
            await (await Server.Value).DisposeAsync();
        }
    }
}
