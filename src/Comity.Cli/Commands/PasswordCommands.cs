using System.CommandLine;
using System.Globalization;
using Comity.Hygiene.Breaches;
using Comity.Hygiene.Breaches.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Cli.Commands;

/// <summary><c>comity passwords import</c>: the Pwned Passwords downloader's output into the range store the web host serves.</summary>
internal static class PasswordCommands
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The downloader's single file, or its directory of {prefix}.txt files." };
        var ntlm = new Option<bool>("--ntlm") { Description = "The input holds NTLM hashes (the downloader's -n); default SHA-1." };
        var import = new Command("import", "Add or update breached-password hashes; the web host picks the new store up within 30 seconds.") { path, ntlm };
        import.SetAction((result, cancellationToken) => CliHost.RunAsync(async (services, token) =>
        {
            var kind = result.GetValue(ntlm) ? HashKind.Ntlm : HashKind.Sha1;
            var stores = services.GetRequiredService<BreachStores>();
            var progress = new Progress<ImportProgress>(p => Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r{p.HashesRead:N0} hashes, {p.Fraction:P0}, {p.HashesPerSecond:N0}/s   ")));
            try
            {
                var done = await new BreachImporter(services.GetRequiredService<TimeProvider>())
                    .ImportAsync(new BreachImportRequest(result.GetValue(path)!, stores.PathOf(kind), kind), progress, token);
                Console.Error.WriteLine();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{done.HashesRead:N0} read, {done.Added:N0} added, {done.Updated:N0} updated; {done.HashesInStore:N0} in {stores.PathOf(kind)} ({done.BytesPerHash:0.0} bytes per hash) in {done.Elapsed.TotalSeconds:0.0} s"));
                return CliHost.Ok;
            }
            catch (BreachImportException e)
            {
                Console.Error.WriteLine();
                return CliHost.Fail(e.Message);
            }
        }, cancellationToken));
        return new Command("passwords", "The breached-password corpus behind /range/{prefix}.") { import };
    }
}
