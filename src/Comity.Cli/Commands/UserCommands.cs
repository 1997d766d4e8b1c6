using System.CommandLine;
using System.Security.Cryptography;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Cli.Commands;

internal static class UserCommands
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "E-mail address; it is also the sign-in name.", Required = true };
        var name = new Option<string>("--name") { Description = "The person's name as others see it.", Required = true };
        var organisation = new Option<string>("--org") { Description = "Organisation id or short name.", Required = true };
        var role = new Option<string>("--role")
        {
            Description = "platform-administrator, centre-coordinator, analyst, country-focal-point or expert.",
            Required = true,
        };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of generating one." };
        var add = new Command("add", "Create an account with a role in an organisation.") { email, name, organisation, role, passwordStdin };
        add.SetAction((result, cancellationToken) => CliHost.RunAsync(async (services, token) =>
        {
            var db = services.GetRequiredService<IdentityDb>();
            var organisationId = await FindOrganisationAsync(db, result.GetValue(organisation)!, token);
            if (organisationId is null)
            {
                return CliHost.Fail($"there is no active organisation '{result.GetValue(organisation)}'; see 'comity org list'.");
            }
            var generated = !result.GetValue(passwordStdin);
            var password = generated ? GeneratePassphrase() : (await Console.In.ReadLineAsync(token) ?? "").TrimEnd('\r', '\n');
            var outcome = await ManagePeople.CreateAsync(
                new CreatePersonRequest(result.GetValue(email), result.GetValue(name), password, organisationId, result.GetValue(role)),
                db, services.GetRequiredService<UserManager<ComityUser>>(), services.GetRequiredService<IAuditLog>(),
                services.GetRequiredService<TimeProvider>(), token);
            if (!outcome.IsOk)
            {
                return CliHost.Fail(outcome.Errors);
            }
            Console.WriteLine($"{outcome.Value!.Id}  {outcome.Value.Email}");
            if (generated)
            {
                Console.WriteLine($"First password (shown once; give it by a separate channel): {password}");
            }
            return CliHost.Ok;
        }, cancellationToken));
        return new Command("user", "People and their accounts.") { add };
    }

    internal static async Task<Guid?> FindOrganisationAsync(IdentityDb db, string idOrShortName, CancellationToken cancellationToken)
    {
        var byId = Guid.TryParse(idOrShortName, out var id) ? id : Guid.Empty;
        return await db.Organisations.Where(o => o.IsActive && (o.Id == byId || o.ShortName == idOrShortName))
            .Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Five random words' worth of entropy as lowercase letters in groups: about 94 bits.</summary>
    private static string GeneratePassphrase() =>
        string.Join('-', Enumerable.Range(0, 5).Select(_ => RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 4)));
}
