using System.Diagnostics;
using System.Net;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Comity.Tests.Cli;

/// <summary>Runs the real comity executable against a fresh SQLite file, as an operator would.</summary>
public sealed class CommandLine : IAsyncLifetime
{
    private readonly string connectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"comity-cli-{Guid.NewGuid():N}.db")}";

    private readonly string breaches = Path.Combine(Path.GetTempPath(), $"comity-cli-breaches-{Guid.NewGuid():N}");

    private readonly string libraryIndex = Path.Combine(Path.GetTempPath(), $"comity-cli-library-{Guid.NewGuid():N}");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<(int Exit, string Out, string Error)> RunAsync(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "comity.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Database__Provider"] = "sqlite";
        start.Environment["ConnectionStrings__Comity"] = connectionString;
        start.Environment["Hygiene__BreachDirectory"] = breaches;
        start.Environment["Library__IndexDirectory"] = libraryIndex;
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var (exit, output, _) = await RunAsync(null, "--help");
        Assert.Equal(0, exit);
        foreach (var command in new[] { "db", "demo", "org", "user", "apikey", "library" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Passwords_import_reads_the_downloaders_file_into_the_range_store_and_names_the_bad_line_of_a_broken_one()
    {
        var input = Path.Combine(Path.GetTempPath(), $"comity-pwned-{Guid.NewGuid():N}.txt");
        // SHA-1 of "123456" and of "password", in prefix order as the downloader writes them.
        await File.WriteAllLinesAsync(input, ["5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:52256179", "7C4A8D09CA3762AF61E59520943DC26494F8941B:42000000"]);
        var (exit, output, error) = await RunAsync(null, "passwords", "import", input);
        Assert.True(exit == 0, error);
        Assert.Contains("2 read, 2 added", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(breaches, "pwned-sha1.range")));
        await File.WriteAllLinesAsync(input, ["5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:1", "not a hash"]);
        var (bad, _, badError) = await RunAsync(null, "passwords", "import", input);
        Assert.NotEqual(0, bad);
        Assert.Contains("line 2", badError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Library_reindex_rebuilds_this_nodes_index_and_has_a_running_web_host_rebuild_its_own()
    {
        await using (var host = new ComityApp(Provider.Sqlite, connectionString, new Dictionary<string, string?> { ["Library:IndexDirectory"] = libraryIndex }))
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", await AppFixture.Wrap(host).KeyForAsync(Comity.Identity.Access.Role.Expert));
            Assert.Equal(31, (await (await client.GetAsync("/api/v1/library/search")).JsonAsync()).GetProperty("total").GetInt32());

            // The web host holds the index open: the command leaves it a rebuild entry instead of writing under its feet.
            var (busy, busyOutput, busyError) = await RunAsync(null, "library", "reindex");
            Assert.True(busy == 0, busyError);
            Assert.Contains("A running web host holds the library index", busyOutput, StringComparison.Ordinal);
            // Its next search reads that entry, rebuilds, and answers from the rebuilt index.
            Assert.Equal(31, (await (await client.GetAsync("/api/v1/library/search")).JsonAsync()).GetProperty("total").GetInt32());
        }

        var (exit, output, error) = await RunAsync(null, "library", "reindex");
        Assert.True(exit == 0, error);
        Assert.Contains($"Rebuilt the library index in {libraryIndex}: 31 documents", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_a_non_zero_exit_code()
    {
        var (exit, _, error) = await RunAsync(null, "org", "add", "--name", "Nowhere Centre", "--kind", "RegionalCentre", "--country", "ZZ");
        Assert.Equal(2, exit);
        Assert.Contains("homeCountry", error, StringComparison.Ordinal);
        var (missing, _, missingError) = await RunAsync(null, "org", "add", "--kind", "Ministry");
        Assert.NotEqual(0, missing);
        Assert.Contains("--name", missingError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_adds_a_centre_a_coordinator_and_a_key_that_the_web_host_then_accepts()
    {
        Assert.Equal(0, (await RunAsync(null, "db", "migrate")).Exit);
        var (orgExit, orgOut, orgError) = await RunAsync(null, "org", "add", "--name", "Pacific Islands Cyber Centre", "--short-name", "PI-RCC",
            "--kind", "RegionalCentre", "--country", "FJ", "--covers", "FJ,WS,TO", "--covers", "VU");
        Assert.True(orgExit == 0, orgError);
        Assert.Contains("Pacific Islands Cyber Centre", orgOut, StringComparison.Ordinal);

        var (userExit, userOut, userError) = await RunAsync(null, "user", "add", "--email", "lead@pirc.example", "--name", "Sione Taufa",
            "--org", "PI-RCC", "--role", "centre-coordinator");
        Assert.True(userExit == 0, userError);
        Assert.Contains("First password", userOut, StringComparison.Ordinal);

        var (keyExit, keyOut, keyError) = await RunAsync(null, "apikey", "create", "--user", "lead@pirc.example", "--name", "sync",
            "--scope", "identity:read");
        Assert.True(keyExit == 0, keyError);
        var key = keyOut.Trim();
        Assert.StartsWith("cmty_", key, StringComparison.Ordinal);

        await using var host = new ComityApp(Provider.Sqlite, connectionString, new Dictionary<string, string?> { ["Demo:Seed"] = "false" });
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var me = await client.GetAsync("/api/v1/identity/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(["centre-coordinator"], (await me.JsonAsync()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
        var actors = await AppFixture.Wrap(host).WithDbAsync(db => db.AuditEntries.Select(e => e.ActorName).Distinct().ToListAsync());
        Assert.Contains(actors, a => a.StartsWith("cli:", StringComparison.Ordinal));
    }
}
