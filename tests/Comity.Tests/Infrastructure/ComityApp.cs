using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Infrastructure;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>The real web host on a real database (SQLite file or PostgreSQL), with the demo network seeded.</summary>
public sealed class ComityApp(Provider provider, string connectionString, IReadOnlyDictionary<string, string?>? settings = null,
    TimeProvider? clock = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public Provider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider == Provider.Postgres ? "postgres" : "sqlite");
        builder.UseSetting("ConnectionStrings:Comity", ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:AnonymousPerMinute", "100000");
        builder.UseSetting("Hygiene:ReportsPerHourWithoutProof", "100000");
        builder.UseSetting("Hygiene:PasswordChecksPerMinute", "100000");
        // Each host its own breach store: the demo seed writes a sample corpus there.
        builder.UseSetting("Hygiene:BreachDirectory", Path.Combine(Path.GetTempPath(), $"comity-breaches-{Guid.NewGuid():N}"));
        // Each host its own library index, as each web node keeps its own.
        builder.UseSetting("Library:IndexDirectory", Path.Combine(Path.GetTempPath(), $"comity-library-{Guid.NewGuid():N}"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        if (clock is not null)
        {
            builder.ConfigureTestServices(s => s.AddSingleton(clock));
        }
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>A fresh, empty database on <paramref name="provider"/>, returned as a connection string.</summary>
    public static async Task<string> NewDatabaseAsync(Provider provider) => provider switch
    {
        Provider.Sqlite => $"Data Source={Path.Combine(Path.GetTempPath(), $"comity-test-{Guid.NewGuid():N}.db")}",
        _ => await (await SharedPostgres.ServerAsync()).CreateDatabaseAsync("comity_test"),
    };
}
