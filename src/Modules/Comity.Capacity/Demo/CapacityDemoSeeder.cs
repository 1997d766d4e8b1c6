using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Capacity.Model;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Capacity.Demo;

/// <summary>
/// Demo assessments for the demo focal point's country (UG): one submitted a year ago with two respondents, so results,
/// chart and gaps show on first start, and one open cycle with nobody invited yet.
/// </summary>
internal sealed class CapacityDemoSeeder(CapacityDb db, IOrganisationDirectory organisations, IPeopleDirectory people, TimeProvider clock) : IDemoSeeder
{
    public const string Country = "UG";

    // Invented stages for the demo country: a plausible, uneven profile.
    private static readonly int[] Profile = [2, 3, 1, 1, 2, 1, 1, 2, 2, 1, 2, 0, 3, 2, 2, 2, 1, 2, 1, 0];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Cycles.AnyAsync(cancellationToken))
        {
            return;
        }
        var organisation = await organisations.FindByShortNameAsync("UG-MICT", cancellationToken);
        var focalPoint = await people.FindByEmailAsync("focalpoint@comity.example", cancellationToken);
        var model = await ManageModel.CurrentAsync(db, cancellationToken);
        if (organisation is null || focalPoint is null || model is null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var factors = model.Content.Factors.ToList();

        var earlier = AssessmentCycle.Open(Country, organisation.Id, model.Id, "Uganda national self-assessment (demo)", true, focalPoint.Id,
            now.AddDays(-400));
        var (government, _) = Respondent.Invite(earlier.Id, "ict-policy@ministry.ug.example", StakeholderGroup.Government, null, now.AddDays(-399));
        var (academia, _) = Respondent.Invite(earlier.Id, "cyberlab@university.ug.example", StakeholderGroup.Academia, null, now.AddDays(-399));
        earlier.Respondents.Add(government);
        earlier.Respondents.Add(academia);
        for (var f = 0; f < factors.Count; f++)
        {
            var target = Profile[f % Profile.Length];
            foreach (var indicator in factors[f].Indicators)
            {
                var value = (int)indicator.Stage <= target ? AnswerValue.Met
                    : (int)indicator.Stage == target + 1 ? AnswerValue.Partly : AnswerValue.NotMet;
                government.Record(indicator.Code, value, [], null, now.AddDays(-390));
                // Academia is more sceptical about the first step beyond each reached stage; the focal point settled it.
                var second = (int)indicator.Stage == target + 1 && f % 3 == 0 ? AnswerValue.NotMet : value;
                academia.Record(indicator.Code, second, [], second == value ? null : "We have seen no evidence of this yet.", now.AddDays(-388));
                if (second != value)
                {
                    earlier.Consolidate(indicator.Code, AnswerValue.NotMet, "Settled with both respondents: not yet in place.");
                }
            }
        }
        government.Finish(now.AddDays(-390));
        academia.Finish(now.AddDays(-388));
        var effective = Scoring.Effective(earlier.Respondents.SelectMany(r => r.Answers).Select(a => (a.Indicator, a.Value)),
            earlier.Consolidated.Select(c => (c.Indicator, c.Value)));
        foreach (var indicator in model.Content.Indicators.Where(i => earlier.Consolidated.All(c => c.Indicator != i.Code)))
        {
            earlier.Consolidate(indicator.Code, effective.GetValueOrDefault(indicator.Code, AnswerValue.Unknown), null);
        }
        earlier.Submit(Scoring.Stages(model.Content, code => effective.GetValueOrDefault(code) == AnswerValue.Met), now.AddDays(-380));
        db.Cycles.Add(earlier);

        var current = AssessmentCycle.Open(Country, organisation.Id, model.Id, "Uganda self-assessment, second round (demo)", true, focalPoint.Id,
            now.AddDays(-7));
        db.Cycles.Add(current);
        await db.SaveChangesAsync(cancellationToken);
    }
}
