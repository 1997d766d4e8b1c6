using Comity.Capacity.Data;
using Comity.Capacity.Strategy;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Capacity.Demo;

/// <summary>
/// A strategy in progress for the demo country: started two months ago from its submitted assessment, initiation done,
/// stocktaking under way, a vision drafted, and the first actions given owners and dates.
/// </summary>
internal sealed class StrategyDemoSeeder(CapacityDb db, IOrganisationDirectory organisations, IPeopleDirectory people, TimeProvider clock) : IDemoSeeder
{
    public const string Title = "Uganda national cybersecurity strategy 2027–2031 (demo)";

    private static readonly (string Code, string Owner, int DueInDays, bool Done)[] Progress =
    [
        ("initiation.mandate", "Ministry of ICT", -50, true),
        ("initiation.team", "Ministry of ICT, strategy unit", -45, true),
        ("initiation.steering", "Permanent Secretary, Ministry of ICT", -40, true),
        ("initiation.stakeholders", "Uganda National CERT", -35, true),
        ("initiation.budget", "Ministry of Finance", -30, true),
        ("initiation.scope", "Steering committee", -30, true),
        ("initiation.timeline", "Ministry of ICT, strategy unit", -28, true),
        ("stocktaking.assessment", "Ministry of ICT, strategy unit", -20, true),
        ("stocktaking.threats", "Uganda National CERT", 10, true),
        ("stocktaking.laws", "Ministry of Justice", 20, false),
        ("stocktaking.cert", "Uganda National CERT", 25, false),
        ("production.vision", "Steering committee", 60, false),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Strategies.AnyAsync(cancellationToken))
        {
            return;
        }
        var organisation = await organisations.FindByShortNameAsync("UG-MICT", cancellationToken);
        var focalPoint = await people.FindByEmailAsync("focalpoint@comity.example", cancellationToken);
        var latest = await Strategies.LatestSubmittedAsync(CapacityDemoSeeder.Country, db, cancellationToken);
        if (organisation is null || focalPoint is null || latest is null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var started = now.AddDays(-60);
        var strategy = NationalStrategy.Start(CapacityDemoSeeder.Country, organisation.Id, 1, Title, 3, focalPoint.Id, started);
        await Strategies.SyncFromAsync(strategy, latest, focalPoint.Id, started, db, cancellationToken);
        strategy.Edit(Title, 3,
            "By 2031 Uganda's people, businesses and public services use digital technology with confidence, because threats are " +
            "detected early, cybercrime is prosecuted, and every institution knows its part.",
            "Human rights and the rule of law online as offline\nShared responsibility between government, business and citizens\n" +
            "Priorities set by risk and by evidence from the national self-assessment\nCooperation with the region and international partners",
            now.AddDays(-5));
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var (code, owner, dueInDays, done) in Progress)
        {
            strategy.Items.Single(i => i.Code == code).Set(done, owner, today.AddDays(dueInDays), null, focalPoint.Id, now.AddDays(Math.Min(dueInDays, -1)));
        }
        // The team has agreed the first objectives and planned their first actions.
        foreach (var objective in strategy.Objectives.OrderBy(o => o.Position).Take(3))
        {
            objective.Edit(objective.Factor, null, objective.TargetStage, null, ObjectiveStatus.Agreed, focalPoint.Id, now.AddDays(-15));
            var first = objective.Actions.OrderBy(a => a.Position).FirstOrDefault();
            first?.Edit(null, objective.Position == 1 ? "Uganda National CERT" : "Ministry of ICT", today.AddDays(-10), today.AddDays(180),
                ActionStatus.InProgress, focalPoint.Id, now.AddDays(-10));
        }
        db.Strategies.Add(strategy);
        await db.SaveChangesAsync(cancellationToken);
    }
}
