using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace Comity.Tests.Infrastructure;

/// <summary>
/// A private, throwaway PostgreSQL server for tests: its own data directory and unix socket
/// in a temp directory, listening on a free loopback port, stopped and deleted on dispose.
/// When the process runs as root, the server runs as the <c>postgres</c> user via runuser.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string PostgresRoot = "/usr/lib/postgresql";
    private const string ServiceUser = "postgres";

    private readonly string _binDir;
    private readonly string _rootDir;
    private readonly string _dataDir;
    private readonly string _logFile;
    private readonly bool _asServiceUser;
    private int _port;
    private int _disposed;

    private PostgresServer(string binDir, string rootDir, bool asServiceUser)
    {
        _binDir = binDir;
        _rootDir = rootDir;
        _dataDir = Path.Combine(rootDir, "data");
        _logFile = Path.Combine(rootDir, "server.log");
        _asServiceUser = asServiceUser;
    }

    /// <summary>The loopback TCP port the server listens on.</summary>
    public int Port => _port;

    public static async Task<PostgresServer> StartAsync(CancellationToken ct = default)
    {
        var binDir = FindBinDir();
        var rootDir = Path.Combine(Path.GetTempPath(), "comity-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(rootDir);
        var server = new PostgresServer(binDir, rootDir, Environment.UserName == "root");
        try
        {
            await server.InitAndStartAsync(ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public string ConnectionString(string database) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true");

    public async Task<string> CreateDatabaseAsync(string namePrefix, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(namePrefix);
        var prefix = new StringBuilder();
        foreach (var c in namePrefix.ToLowerInvariant())
        {
            prefix.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' ? c : '_');
        }

        if (prefix.Length == 0 || char.IsDigit(prefix[0]))
        {
            prefix.Insert(0, "db_");
        }

        var suffix = Guid.NewGuid().ToString("N")[..10];
        var maxPrefix = 63 - 1 - suffix.Length;
        var name = (prefix.Length > maxPrefix ? prefix.ToString(0, maxPrefix) : prefix.ToString()) + "_" + suffix;

        var admin = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("CREATE DATABASE \"" + name + "\"", connection);
        await command.ExecuteNonQueryAsync(ct);
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (File.Exists(Path.Combine(_dataDir, "postmaster.pid")))
        {
            try
            {
                await RunPgAsync("pg_ctl", ["-D", _dataDir, "-m", "immediate", "-w", "-t", "30", "stop"], CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                KillPostmaster();
            }
        }

        try
        {
            Directory.Delete(_rootDir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort: a leftover temp directory is harmless.
        }
    }

    private static string FindBinDir()
    {
        var candidates = Directory.Exists(PostgresRoot)
            ? Directory.GetDirectories(PostgresRoot)
                .Select(dir => (dir, version: double.TryParse(Path.GetFileName(dir), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .OrderByDescending(x => x.version)
                .Select(x => Path.Combine(x.dir, "bin"))
            : [];
        return candidates.FirstOrDefault(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries not found; ./test.sh installs them (apt-get install postgresql)");
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private async Task InitAndStartAsync(CancellationToken ct)
    {
        if (_asServiceUser)
        {
            await RunAsync("chown", ["-R", ServiceUser + ":" + ServiceUser, _rootDir], ct);
        }

        string[] initdb = ["-D", _dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"];
        try
        {
            await RunPgAsync("initdb", [.. initdb, "--locale=C.UTF-8"], ct);
        }
        catch (InvalidOperationException)
        {
            // C.UTF-8 may be missing: retry with the always-present C locale on a clean data dir.
            if (Directory.Exists(_dataDir))
            {
                Directory.Delete(_dataDir, recursive: true);
            }

            await RunPgAsync("initdb", [.. initdb, "--locale=C"], ct);
        }

        // The free port can be taken by someone else before the server binds it: retry a few times.
        for (var attempt = 1; ; attempt++)
        {
            _port = FreeLoopbackPort();
            File.Delete(_logFile);
            var options = string.Create(
                CultureInfo.InvariantCulture,
                $"-p {_port} -k '{_rootDir}' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
            try
            {
                await RunPgAsync("pg_ctl", ["-D", _dataDir, "-w", "-t", "30", "-l", _logFile, "-o", options, "start"], ct);
                return;
            }
            catch (InvalidOperationException e)
            {
                var log = File.Exists(_logFile) ? await File.ReadAllTextAsync(_logFile, CancellationToken.None) : "(no server log)";
                if (attempt < 3 && log.Contains("already in use", StringComparison.Ordinal))
                {
                    continue;
                }

                throw new InvalidOperationException("PostgreSQL server failed to start. Server log:\n" + log, e);
            }
        }
    }

    /// <summary>Runs a PostgreSQL tool from the bin directory as the server's user.</summary>
    private Task<string> RunPgAsync(string tool, IEnumerable<string> args, CancellationToken ct)
    {
        var exe = Path.Combine(_binDir, tool);
        return _asServiceUser
            ? RunAsync("runuser", ["-u", ServiceUser, "--", exe, .. args], ct)
            : RunAsync(exe, args, ct);
    }

    private async Task<string> RunAsync(string fileName, IEnumerable<string> args, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _rootDir,
        };
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        var commandLine = fileName + " " + string.Join(' ', psi.ArgumentList);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start: " + commandLine);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = (await stdout) + (await stderr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"Command failed (exit {process.ExitCode}): {commandLine}\n{output}"));
        }

        return output;
    }

    /// <summary>Last resort when pg_ctl stop fails: kill the postmaster named in postmaster.pid.</summary>
    private void KillPostmaster()
    {
        try
        {
            var firstLine = File.ReadLines(Path.Combine(_dataDir, "postmaster.pid")).FirstOrDefault();
            if (int.TryParse(firstLine, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
            {
                using var postmaster = Process.GetProcessById(pid);
                postmaster.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            // Nothing more can be done; the process is gone or out of reach.
        }
    }
}
