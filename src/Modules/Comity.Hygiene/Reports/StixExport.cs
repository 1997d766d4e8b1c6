using System.Text.Json.Nodes;
using Comity.Hygiene.Data;
using Comity.Identity.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Comity.Hygiene.Reports;

/// <summary>
/// Accepted public reports as a STIX 2.1 bundle, for tools that take files (the same items also go to the exchange
/// module as they are accepted; see <see cref="ExchangeFeed"/>). Each URL, domain and e-mail address becomes an
/// indicator plus observed data whose <c>number_observed</c> is how many accepted reports named it. STIX 2.1 defines no
/// cyber-observable for telephone numbers, so numbers stay in the queue and are not exported. Nothing about reporters
/// is in the queue's items, so nothing about them can reach the bundle.
/// </summary>
public static class StixExport
{
    public static async Task<JsonObject> BundleAsync(OrganisationResponse organisation, HygieneDb db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var items = await db.Items.AsNoTracking().Where(i => i.OrganisationId == organisation.Id && i.Kind != ItemKind.Phone)
            .OrderBy(i => i.FirstSeen).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var objects = new JsonArray { StixObjects.Identity(organisation) };
        foreach (var tlp in items.Select(i => i.Tlp).Distinct().Order())
        {
            objects.Add(StixObjects.MarkingDefinition(tlp));
        }
        foreach (var item in items)
        {
            objects.Add(StixObjects.Observable(item));
            objects.Add(StixObjects.Indicator(item, item.Tlp));
            objects.Add(StixObjects.ObservedData(item, now));
        }
        return new JsonObject { ["type"] = "bundle", ["id"] = $"bundle--{Guid.NewGuid()}", ["objects"] = objects };
    }
}
