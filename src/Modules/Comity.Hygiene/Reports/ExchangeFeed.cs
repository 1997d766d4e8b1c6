using System.Text.Json;
using System.Text.Json.Nodes;
using Comity.Exchange;
using Comity.Identity.Organisations;
using ExchangeTlp = Comity.Exchange.Sharing.Tlp;
using ReadAudience = Comity.Exchange.Collections.ReadAudience;

namespace Comity.Hygiene.Reports;

/// <summary>
/// Hands a queue's accepted items to the exchange module, through its <see cref="IExchangeIntake"/>, into the
/// "Public scam reports" collection of the queue's community. An item seen for the first time becomes its observable
/// and an indicator; a repeat becomes the queue's sighting of that indicator with the number of accepted reports as
/// its count (a new version of one sighting per item, so the count is always the latest). The objects carry only the
/// scam's artefacts and the moderating organisation's identity, never anything a reporter wrote.
/// </summary>
internal static class ExchangeFeed
{
    public const string CollectionAlias = "public-scam-reports";

    /// <summary>TLP:CLEAR items are for the whole network; TLP:GREEN ones stay within the community (the exchange's TLP rule).</summary>
    public static readonly IntakeCollectionRequest Collection = new(CollectionAlias, "Public scam reports",
        "Links, domains and e-mail addresses that members of the public reported and a national CERT or regional centre accepted. "
        + "Reporters' details are never shared.", ExchangeTlp.Green, ReadAudience.Network);

    /// <summary>Writes <paramref name="items"/> (already counted) to the exchange; returns why the exchange refused them, or null.</summary>
    public static async Task<string?> PublishAsync(OrganisationResponse queue, Guid moderator, IReadOnlyList<ScamItem> items, IExchangeIntake exchange,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var shared = items.Where(i => i.Kind != ItemKind.Phone).ToList();
        if (shared.Count == 0)
        {
            return null;
        }
        var collection = await exchange.CollectionForAsync(queue.Id, Collection, cancellationToken);
        var now = clock.GetUtcNow();
        var objects = new JsonArray { StixObjects.Identity(queue) };
        foreach (var item in shared)
        {
            // The first report of an item, or a repeat of one the exchange has never held (accepted before it existed).
            if (item.Count == 1 || !await exchange.HoldsAsync(collection.Id, StixObjects.IndicatorId(item), cancellationToken))
            {
                objects.Add(StixObjects.Observable(item));
                objects.Add(StixObjects.Indicator(item, item.Tlp));
            }
            if (item.Count > 1)
            {
                objects.Add(StixObjects.Sighting(item, now));
            }
        }
        using var document = JsonDocument.Parse(objects.ToJsonString());
        var result = await exchange.StoreAsync(collection.Id, queue.Id, moderator, [.. document.RootElement.EnumerateArray()], cancellationToken);
        return result.Refused == 0 ? null : $"The exchange refused {result.Refused} object(s): {string.Join("; ", result.Problems.Take(3))}";
    }
}
