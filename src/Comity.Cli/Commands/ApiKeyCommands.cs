using System.CommandLine;
using Comity.Identity.Access;
using Comity.Identity.ApiKeys;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Cli.Commands;

internal static class ApiKeyCommands
{
    public static Command Create()
    {
        var user = new Option<string>("--user") { Description = "E-mail address of the key's owner.", Required = true };
        var name = new Option<string>("--name") { Description = "What the key is for, such as 'MISP sync'.", Required = true };
        var scopes = new Option<string[]>("--scope")
        {
            Description = "A scope to grant; repeat for several (identity:read, identity:write, audit:read, …).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var days = new Option<int>("--days") { Description = "Days until the key expires (1–730).", DefaultValueFactory = _ => 90 };
        var organisation = new Option<string?>("--org") { Description = "Organisation id or short name to act for; default: the owner's current one." };
        var create = new Command("create", "Create an API key and print it once.") { user, name, scopes, days, organisation };
        create.SetAction((result, cancellationToken) => CliHost.RunAsync(async (services, token) =>
        {
            var db = services.GetRequiredService<IdentityDb>();
            var email = result.GetValue(user)!.Trim().ToUpperInvariant();
            var owner = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == email, token);
            if (owner is null)
            {
                return CliHost.Fail($"there is no account with the e-mail address '{result.GetValue(user)}'.");
            }
            var organisationId = owner.ActiveOrganisationId;
            if (result.GetValue(organisation) is { } wanted)
            {
                organisationId = await UserCommands.FindOrganisationAsync(db, wanted, token);
                if (organisationId is null || !await db.Memberships.AnyAsync(m => m.UserId == owner.Id && m.OrganisationId == organisationId, token))
                {
                    return CliHost.Fail($"'{result.GetValue(user)}' has no role in '{wanted}'.");
                }
            }
            var outcome = await ManageApiKeys.CreateAsync(owner.Id, organisationId, new CreateApiKeyRequest(result.GetValue(name), result.GetValue(scopes),
                result.GetValue(days)), services.GetServices<ApiScope>(), db, services.GetRequiredService<IAuditLog>(),
                services.GetRequiredService<TimeProvider>(), token);
            if (!outcome.IsOk)
            {
                return CliHost.Fail(outcome.Errors);
            }
            Console.WriteLine(outcome.Value!.Key);
            await Console.Error.WriteLineAsync($"Key {outcome.Value.Details.Prefix} expires {outcome.Value.Details.ExpiresAt:yyyy-MM-dd}. It is shown only now.");
            return CliHost.Ok;
        }, cancellationToken));
        return new Command("apikey", "API keys for machine clients.") { create };
    }
}
