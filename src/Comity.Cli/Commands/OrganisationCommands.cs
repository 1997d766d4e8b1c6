using System.CommandLine;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Cli.Commands;

internal static class OrganisationCommands
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Full name, unique in the network.", Required = true };
        var shortName = new Option<string?>("--short-name") { Description = "Acronym shown in lists." };
        var kind = new Option<OrganisationKind>("--kind")
        {
            Description = $"One of: {string.Join(", ", Enum.GetNames<OrganisationKind>())}.",
            Required = true,
        };
        var country = new Option<string>("--country") { Description = "Home country, ISO 3166-1 alpha-2 (e.g. KE).", Required = true };
        var covers = new Option<string[]>("--covers")
        {
            Description = "For a regional centre: the countries it serves, alpha-2 codes separated by commas or repeated.",
            AllowMultipleArgumentsPerToken = true,
        };
        var add = new Command("add", "Add an organisation to the network.") { name, shortName, kind, country, covers };
        add.SetAction((result, cancellationToken) => CliHost.RunAsync(async (services, token) =>
        {
            var coverage = (result.GetValue(covers) ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToList();
            var request = new OrganisationRequest(result.GetValue(name), result.GetValue(shortName), result.GetValue(kind), result.GetValue(country),
                null, null, coverage);
            var outcome = await SaveOrganisation.CreateAsync(request, services.GetRequiredService<IdentityDb>(), services.GetRequiredService<IAuditLog>(),
                services.GetRequiredService<TimeProvider>(), token);
            if (!outcome.IsOk)
            {
                return CliHost.Fail(outcome.Errors);
            }
            Console.WriteLine($"{outcome.Value!.Id}  {outcome.Value.Name}");
            return CliHost.Ok;
        }, cancellationToken));

        var list = new Command("list", "List active organisations.");
        list.SetAction((_, cancellationToken) => CliHost.RunAsync(async (services, token) =>
        {
            var page = await FindOrganisations.ListAsync(new OrganisationFilter(null, null, null), new PageQuery(1, PageQuery.MaxPageSize),
                services.GetRequiredService<IdentityDb>(), token);
            foreach (var o in page.Items)
            {
                Console.WriteLine($"{o.Id}  {o.ShortName,-10} {o.Kind,-26} {o.HomeCountry}  {o.Name}");
            }
            return CliHost.Ok;
        }, cancellationToken));
        return new Command("org", "Organisations in the network.") { add, list };
    }
}
