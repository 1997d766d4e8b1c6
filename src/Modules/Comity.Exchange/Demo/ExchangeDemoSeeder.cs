using System.Text.Json;
using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Comity.Identity.Access;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Exchange.Demo;

/// <summary>
/// One network-wide collection and one per regional centre, with a few invented indicators at every TLP
/// level posted by the demo Kenyan CERT. Every domain and address is from the ranges reserved for documentation.
/// </summary>
internal sealed class ExchangeDemoSeeder(ExchangeDb db, ApiRoots roots, IOrganisationDirectory organisations, IngestObjects ingest,
    TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Collections.AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var all = await roots.AllAsync(cancellationToken);
        if (all.Count < 2)
        {
            return;
        }
        foreach (var root in all)
        {
            var details = root.IsNetwork
                ? new CollectionDetails("Network indicators", "Indicators every member of the network may use.", "indicators", Tlp.Green, ReadAudience.Network, true, [])
                : new CollectionDetails($"{root.Title}: incidents", "Incidents and indicators shared within the region.", "incidents", Tlp.Amber, ReadAudience.Community, true, []);
            db.Collections.Add(ExchangeCollection.Create(root.CentreId, details, now));
        }
        await db.SaveChangesAsync(cancellationToken);

        var producer = await organisations.FindByShortNameAsync("KE-CERT", cancellationToken);
        var network = await db.Collections.AsNoTracking().SingleAsync(c => c.CentreId == null, cancellationToken);
        if (producer is null)
        {
            return;
        }
        var caller = new ExchangeCaller(Guid.Empty, producer, new HashSet<Role> { Role.Analyst });
        using var bundle = JsonDocument.Parse(DemoIndicators.Bundle(now));
        await ingest.IngestAsync(network, caller, bundle.RootElement.GetProperty("objects").EnumerateArray().ToList(), cancellationToken);
    }
}
