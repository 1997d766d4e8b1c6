using Comity.Identity.Demo;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Experts;
using Comity.Roster.Requests;
using Comity.Roster.Skills;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Demo;

/// <summary>
/// A synthetic roster: a few hundred invented experts spread over the demo centres, and open requests from the demo
/// focal point's country. A fixed random seed makes the demo the same on every machine.
/// </summary>
internal sealed class RosterDemoSeeder(RosterDb db, IOrganisationDirectory organisations, IPeopleDirectory people, TimeProvider clock) : IDemoSeeder
{
    public const int ExpertsPerCentre = 75;

    private static readonly string[] Given = ["Amina", "Kwame", "Sofia", "Ivan", "Mei", "Omar", "Lucia", "Rahul", "Fatou", "Diego", "Leila", "Tomás",
        "Nadia", "Chen", "Grace", "Yusuf", "Elena", "Kofi", "Ana", "Sipho", "Mariam", "Hiroshi", "Zainab", "Pedro", "Olga", "Ngozi", "Rania", "Luis"];

    private static readonly string[] Family = ["Mensah", "Okafor", "Haddad", "Petrova", "Wang", "Diallo", "García", "Nguyen", "Kamau", "Silva",
        "Rahman", "Ivanova", "Mwale", "Santos", "Tanaka", "Boateng", "Moreno", "Kariuki", "Li", "Mutua", "Sow", "Reyes", "Novak", "Adeyemi"];

    private static readonly (string Code, double Weight)[] LanguagePool = [("en", 0.9), ("fr", 0.4), ("es", 0.3), ("ar", 0.2), ("ru", 0.1),
        ("zh", 0.1), ("pt", 0.15), ("sw", 0.15)];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Experts.AnyAsync(cancellationToken))
        {
            return;
        }
        var centres = await organisations.CentresAsync(cancellationToken);
        if (centres.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var skills = await db.Skills.Select(s => s.Code).OrderBy(c => c).ToListAsync(cancellationToken);
        var random = new Random(2026);
        foreach (var centre in centres)
        {
            for (var i = 0; i < ExpertsPerCentre; i++)
            {
                var expert = Expert.Create(centre.Id, RandomProfile(random, centre, skills, today, i), now);
                expert.SetVetting(Vetting(random), today.AddDays(random.Next(30, 900)), now);
                db.Experts.Add(expert);
            }
        }
        await LinkDemoExpertAsync(centres, today, now, cancellationToken);
        await AddRequestsAsync(today, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo expert account gets a vetted profile on the West Africa centre's roster.</summary>
    private async Task LinkDemoExpertAsync(IReadOnlyList<OrganisationResponse> centres, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var account = DemoNetwork.Accounts.Single(a => a.Role == Identity.Access.Role.Expert);
        var person = await people.FindByEmailAsync(account.Email, cancellationToken);
        var centre = centres.FirstOrDefault(c => c.CoveredCountries.Contains("GH")) ?? centres[0];
        if (person is null)
        {
            return;
        }
        var expert = Expert.Create(centre.Id, new ExpertProfile(account.DisplayName, account.Email, ["GH"], "GH", person.ActiveOrganisationId,
            "University of Accra Cyber Lab (demo)", "GH", 0,
            [new("en", Cefr.C2, Cefr.C2, Cefr.C2), new("fr", Cefr.B2, Cefr.C1, Cefr.B2)],
            [new("computer-forensics", Proficiency.Authority, "Led the national forensic lab set-up, 2019–2023"),
             new("forensic-lab", Proficiency.Advanced, null), new("le-training", Proficiency.Advanced, null),
             new("mobile-forensics", Proficiency.Practitioner, null)],
            [], 14, true, true, 4, true), now);
        expert.SetVetting(VettingStatus.Vetted, today.AddYears(2), now);
        expert.LinkAccount(person.Id);
        db.Experts.Add(expert);
    }

    /// <summary>Requests from the demo focal point's country in several states, so every screen has something to show.</summary>
    private async Task AddRequestsAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var account = DemoNetwork.Accounts.Single(a => a.Role == Identity.Access.Role.CountryFocalPoint);
        var person = await people.FindByEmailAsync(account.Email, cancellationToken);
        var organisation = person?.ActiveOrganisationId is { } id ? await organisations.GetAsync(id, cancellationToken) : null;
        var centre = organisation is null ? null : await organisations.CentreForCountryAsync(organisation.HomeCountry, cancellationToken);
        if (person is null || organisation is null || centre is null)
        {
            return;
        }
        RequestDetails Details(string title, string area, RequiredSkill[] skills, int start, int days, int team, DeploymentModality modality) =>
            new(title, $"{title}. Terms of reference agreed with the national stakeholders; the experts work with the national team.",
                organisation.HomeCountry, area, skills, [new("en", Cefr.B2)], today.AddDays(start), today.AddDays(start + days + 20), days, modality, team,
                Urgency.Routine, 3, null, false, false);
        var submitted = AssistanceRequest.File(centre.Id, organisation.Id, person.Id, Details("Review of the draft cybercrime bill", "law",
            [new("cybercrime-legislation", Proficiency.Advanced)], 45, 10, 1, DeploymentModality.Remote), submit: true, now);
        var triaged = AssistanceRequest.File(centre.Id, organisation.Id, person.Id, Details("Setting up the national forensic laboratory", "forensics",
            [new("forensic-lab", Proficiency.Advanced), new("computer-forensics", Proficiency.Practitioner)], 60, 21, 1, DeploymentModality.OnSite),
            submit: true, now);
        triaged.TryTriage(now);
        var team = AssistanceRequest.File(centre.Id, organisation.Id, person.Id, Details("Establishing the national CERT", "incident",
            [new("cert-setup", Proficiency.Advanced), new("incident-handling", Proficiency.Practitioner), new("cti-sharing", Proficiency.Practitioner)],
            75, 30, 3, DeploymentModality.Either), submit: true, now);
        team.TryTriage(now);
        db.Requests.AddRange(submitted, triaged, team);
    }

    private static ExpertProfile RandomProfile(Random random, OrganisationResponse centre, List<string> skills, DateOnly today, int index)
    {
        var home = centre.CoveredCountries.Count > 0 ? centre.CoveredCountries[random.Next(centre.CoveredCountries.Count)] : centre.HomeCountry;
        var name = $"{Given[random.Next(Given.Length)]} {Family[random.Next(Family.Length)]}";
        var languages = LanguagePool.Where(l => random.NextDouble() < l.Weight).Select(l =>
        {
            var level = (Cefr)random.Next(3, 7);
            return new ExpertLanguage(l.Code, level, level, (Cefr)Math.Max(3, (int)level - random.Next(0, 2)));
        }).ToList();
        if (languages.Count == 0)
        {
            languages.Add(new ExpertLanguage("en", Cefr.C1, Cefr.C1, Cefr.B2));
        }
        var expertise = Enumerable.Range(0, random.Next(2, 6)).Select(_ => skills[random.Next(skills.Count)]).Distinct()
            .Select(code => new ExpertSkill(code, (Proficiency)random.Next(1, 5), null)).ToList();
        var blocked = random.NextDouble() < 0.3
            ? new List<BlockedPeriod> { new(today.AddDays(random.Next(0, 120)), today.AddDays(random.Next(121, 180)), "Other commitments") }
            : [];
        return new ExpertProfile(name, $"expert{index:000}.{centre.ShortName?.ToLowerInvariant() ?? "centre"}@roster.example", [home], home, null,
            $"{Identity.Geography.Countries.NameOf(home)} national agency (demo)", home, Math.Round(random.NextDouble() * 6 - 1),
            languages, expertise, blocked, random.Next(0, 4) * 7, random.NextDouble() < 0.9, random.NextDouble() < 0.7, random.Next(2, 7),
            random.NextDouble() < 0.6);
    }

    private static VettingStatus Vetting(Random random) => random.NextDouble() switch
    {
        < 0.7 => VettingStatus.Vetted,
        < 0.8 => VettingStatus.InProgress,
        < 0.9 => VettingStatus.Unvetted,
        < 0.95 => VettingStatus.Expired,
        _ => VettingStatus.Suspended,
    };
}
