using System.Security.Cryptography;
using System.Text;
using Comity.Roster.Matching;

namespace Comity.Tests.Roster;

/// <summary>Matching situations a coordinator would recognise, with named experts and a Kenyan request by default.</summary>
public sealed class MatchingExamples
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateOnly Start = new(2026, 4, 1);
    private static readonly DateOnly End = new(2026, 4, 14);

    [Fact]
    public void A_national_of_the_requesting_country_is_not_proposed_unless_the_request_allows_it()
    {
        MatchExpert[] experts = [Expert("Amina", nationality: "KE", mobile: 4), Expert("Pierre", nationality: "FR", mobile: 3)];

        var proposal = Solve([Request("Kenya")], experts).Proposals[0];
        Assert.Equal([IdOf("Pierre")], proposal.Team.Select(t => t.ExpertId));
        Assert.Contains("Conflict of interest: a national of KE, the requesting country", RunnerUp(proposal, "Amina").Reasons);

        var allowed = Solve([Request("Kenya") with { AllowSameNationality = true }], experts).Proposals[0];
        Assert.Equal([IdOf("Amina")], allowed.Team.Select(t => t.ExpertId));
    }

    [Fact]
    public void An_expert_employed_in_the_requesting_country_is_kept_out_the_same_way()
    {
        var proposal = Solve([Request("Kenya")], [Expert("Otieno", employer: "KE", mobile: 4), Expert("Lena", mobile: 3)]).Proposals[0];

        Assert.Equal([IdOf("Lena")], proposal.Team.Select(t => t.ExpertId));
        Assert.Contains("Conflict of interest: employed in KE, the requesting country", RunnerUp(proposal, "Otieno").Reasons);
    }

    [Fact]
    public void An_expert_whose_vetting_expires_mid_deployment_is_not_proposed_and_the_runner_up_says_so()
    {
        MatchExpert[] experts = [Expert("Sofia", mobile: 4, vettedUntil: new DateOnly(2026, 4, 7)), Expert("Lena", mobile: 3)];

        var proposal = Solve([Request("Kenya")], experts).Proposals[0];

        Assert.Equal([IdOf("Lena")], proposal.Team.Select(t => t.ExpertId));
        Assert.Equal(["Vetting expires 2026-04-07, before the deployment ends on 2026-04-14"], RunnerUp(proposal, "Sofia").Reasons);
    }

    [Fact]
    public void A_team_covers_every_required_skill_even_when_two_specialists_in_one_skill_score_higher()
    {
        MatchExpert[] experts =
        [
            Expert("Ana", mobile: 4, rating: 5),
            Expert("Ben", mobile: 4, rating: 5),
            Expert("Chidi", mobile: 0, law: 3, rating: 2),
        ];
        var request = Request("Kenya") with
        {
            TeamSize = 2,
            RequiredSkills = new Dictionary<string, int> { ["forensics.mobile"] = 3, ["legal.evidence"] = 2 },
        };

        var proposal = Solve([request], experts).Proposals[0];

        Assert.True(proposal.Staffed);
        Assert.Equal(2, proposal.Team.Count);
        Assert.Contains(IdOf("Chidi"), proposal.Team.Select(t => t.ExpertId));
        Assert.Contains("but every lower-scoring team member is needed for a required skill this expert lacks",
            proposal.RunnersUp.Single().Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_team_asked_for_many_skills_is_formed_from_the_members_who_together_cover_them_all()
    {
        static Dictionary<string, int> Covering(params string[] skills) => skills.ToDictionary(s => s, _ => 3);
        MatchExpert[] experts =
        [
            Expert("Ana", skills: Covering("a", "b", "c")),
            Expert("Ben", skills: Covering("d", "e")),
            Expert("Chidi", skills: Covering("f", "g")),
            Expert("Dana", skills: Covering("a", "d", "f"), rating: 5),
        ];
        var request = Request("Kenya") with { TeamSize = 3, RequiredSkills = "abcdefg".ToDictionary(c => c.ToString(), _ => 2) };

        var proposal = Solve([request], experts).Proposals[0];

        Assert.Equal(new[] { IdOf("Ana"), IdOf("Ben"), IdOf("Chidi") }.Order(), proposal.Team.Select(t => t.ExpertId).Order());
    }

    [Fact]
    public void A_team_nobody_can_complete_is_left_unstaffed_with_the_reason()
    {
        var request = Request("Kenya") with
        {
            TeamSize = 2,
            RequiredSkills = new Dictionary<string, int> { ["forensics.mobile"] = 3, ["crypto.analysis"] = 2 },
        };

        var proposal = Solve([request], [Expert("Ana"), Expert("Ben")]).Proposals[0];

        Assert.False(proposal.Staffed);
        Assert.Empty(proposal.Team);
        Assert.Equal("No eligible expert has crypto.analysis at level 2", proposal.UnstaffedReason);
    }

    [Fact]
    public void Changing_the_weights_changes_the_winner()
    {
        MatchExpert[] experts = [Expert("Skilled", mobile: 4, rating: 2), Expert("Praised", mobile: 3, rating: 5)];

        var bySkill = Solve([Request("Kenya")], experts, new MatchWeights(0.8, 0.05, 0.05, 0.05, 0.05));
        var byRating = Solve([Request("Kenya")], experts, new MatchWeights(0.05, 0.05, 0.8, 0.05, 0.05));

        Assert.Equal(IdOf("Skilled"), bySkill.Proposals[0].Team[0].ExpertId);
        Assert.Equal(IdOf("Praised"), byRating.Proposals[0].Team[0].ExpertId);
        Assert.Equal(1.0, bySkill.Proposals[0].Team[0].Score.Skill);
    }

    [Fact]
    public void An_expert_best_for_two_requests_is_proposed_once_and_the_other_request_says_where()
    {
        MatchExpert[] experts = [Expert("Star", mobile: 4, rating: 5), Expert("Lena", mobile: 3), Expert("Marc", mobile: 3)];

        var result = Solve([Request("Kenya"), Request("Ghana") with { Country = "GH", EarliestStart = new(2026, 5, 4), LatestEnd = new(2026, 5, 8) }],
            experts);

        var proposed = result.Proposals.SelectMany(p => p.Team).Select(t => t.ExpertId).ToList();
        Assert.Single(proposed, IdOf("Star"));
        var other = result.Proposals.Single(p => p.Team.All(t => t.ExpertId != IdOf("Star")));
        Assert.StartsWith("Proposed for another request (", RunnerUp(other, "Star").Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_matcher_staffs_both_requests_where_taking_the_best_pair_first_would_leave_one_empty()
    {
        // Polyglot is the best choice for Kenya, but the only French speaker for Senegal.
        var polyglot = Expert("Polyglot", mobile: 4, offset: 3, languages: new Dictionary<string, int> { ["en"] = 5, ["fr"] = 5 });
        MatchExpert[] experts = [polyglot, Expert("Lena", mobile: 3)];
        var senegal = Request("Senegal") with { Country = "SN", RequiredLanguages = new Dictionary<string, int> { ["fr"] = 4 }, UtcOffsetHours = 0 };
        MatchRequest[] requests = [Request("Kenya") with { UtcOffsetHours = 3 }, senegal];

        var optimal = Solve(requests, experts);
        var greedy = GreedyMatcher.Solve(new MatchInput(requests, experts, MatchWeights.Default, Today));

        Assert.All(optimal.Proposals, p => Assert.True(p.Staffed));
        Assert.True(optimal.ProvenOptimal);
        Assert.Single(greedy.Proposals, p => p.Staffed);
        Assert.True(optimal.Objective > greedy.Objective);
    }

    [Fact]
    public void A_pinned_expert_is_proposed_even_when_another_scores_higher()
    {
        var request = Request("Kenya") with { Pinned = new HashSet<Guid> { IdOf("Lena") } };

        var proposal = Solve([request], [Expert("Star", mobile: 4, rating: 5), Expert("Lena", mobile: 3, rating: 2)]).Proposals[0];

        var member = Assert.Single(proposal.Team);
        Assert.Equal(IdOf("Lena"), member.ExpertId);
        Assert.True(member.Pinned);
    }

    [Fact]
    public void A_pinned_expert_who_is_not_eligible_is_left_out_and_the_coordinator_is_told_why()
    {
        var request = Request("Kenya") with { Pinned = new HashSet<Guid> { IdOf("Busy") } };
        var busy = Expert("Busy", mobile: 4) with { Unavailable = [new DateRange(new(2026, 4, 10), new(2026, 4, 20))] };

        var proposal = Solve([request], [busy, Expert("Lena", mobile: 3)]).Proposals[0];

        Assert.Equal([IdOf("Lena")], proposal.Team.Select(t => t.ExpertId));
        Assert.Equal(["Pinned by the coordinator, but not eligible", "Unavailable from 2026-04-10 to 2026-04-20, within the deployment window"],
            RunnerUp(proposal, "Busy").Reasons);
    }

    [Fact]
    public void When_two_requests_pin_the_same_expert_the_first_one_keeps_them()
    {
        var pin = new HashSet<Guid> { IdOf("Star") };
        MatchRequest[] requests = [Request("Kenya") with { Pinned = pin }, Request("Ghana") with { Country = "GH", Pinned = pin }];

        var result = Solve(requests, [Expert("Star", mobile: 4), Expert("Lena", mobile: 3)]);

        Assert.Equal(IdOf("Star"), result.Proposals[0].Team.Single().ExpertId);
        Assert.Equal(IdOf("Lena"), result.Proposals[1].Team.Single().ExpertId);
        Assert.StartsWith("Pinned by the coordinator, but also pinned to an earlier request of this run (KE",
            RunnerUp(result.Proposals[1], "Star").Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_excluded_expert_is_never_proposed()
    {
        var request = Request("Kenya") with { Excluded = new HashSet<Guid> { IdOf("Star") } };

        var proposal = Solve([request], [Expert("Star", mobile: 4, rating: 5), Expert("Lena", mobile: 3)]).Proposals[0];

        Assert.Equal([IdOf("Lena")], proposal.Team.Select(t => t.ExpertId));
        Assert.Equal(["Excluded by the coordinator for this request"], RunnerUp(proposal, "Star").Reasons);
    }

    [Fact]
    public void Every_proposed_expert_carries_a_score_breakdown_that_adds_up()
    {
        var weights = MatchWeights.Default;

        var member = Solve([Request("Kenya")], [Expert("Lena", mobile: 3)]).Proposals[0].Team[0].Score;

        var sum = weights.Skill * member.Skill + weights.Language * member.Language + weights.Rating * member.Rating
            + weights.TimeZone * member.TimeZone + weights.Fairness * member.Fairness;
        Assert.Equal(sum, member.Total, 6);
        Assert.Equal(0.75, member.Skill);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 7)]
    public void Pruning_keeps_the_optimum(bool teams, int seed)
    {
        var input = MatchingProperties.Instance(teams ? 150 : 400, teams ? 20 : 60, teams, seed, pinRate: 0.01);

        var pruned = Matcher.Solve(input);
        var full = Matcher.Solve(input, new MatchOptions { DisablePruning = true });

        Assert.True(pruned.ProvenOptimal && full.ProvenOptimal);
        Assert.Equal(full.Objective, pruned.Objective, 6);
        Assert.True(pruned.KeptPairs < pruned.EligiblePairs, "pruning should drop pairs on a run this size");
    }

    [Fact]
    public void Weights_that_do_not_add_up_to_one_are_refused_with_a_sentence()
    {
        var weights = new MatchWeights(0.5, 0.5, 0.5, 0, 0);

        Assert.Equal("The weights must add up to 1; they add up to 1.5.", weights.Problem());
        var error = Assert.Throws<ArgumentException>(() => Solve([Request("Kenya")], [Expert("Lena")], weights));
        Assert.Contains("The weights must add up to 1", error.Message, StringComparison.Ordinal);
    }

    private static MatchResult Solve(MatchRequest[] requests, MatchExpert[] experts, MatchWeights? weights = null) =>
        Matcher.Solve(new MatchInput(requests, experts, weights ?? MatchWeights.Default, Today));

    private static RunnerUp RunnerUp(Proposal proposal, string name) => proposal.RunnersUp.Single(r => r.ExpertId == IdOf(name));

    private static Guid IdOf(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes(name))[..16]);

    /// <summary>An expert who is eligible for <see cref="Request"/> unless told otherwise.</summary>
    private static MatchExpert Expert(string name, string nationality = "FR", string? employer = null, int mobile = 3, int law = 0,
        DateOnly? vettedUntil = null, double rating = 4, double offset = 1, IReadOnlyDictionary<string, int>? languages = null,
        Dictionary<string, int>? skills = null)
    {
        skills ??= [];
        if (mobile > 0)
        {
            skills["forensics.mobile"] = mobile;
        }
        if (law > 0)
        {
            skills["legal.evidence"] = law;
        }
        return new MatchExpert(IdOf(name), skills, languages ?? new Dictionary<string, int> { ["en"] = 5 }, new HashSet<string> { nationality },
            employer, "europe", Vetted: true, vettedUntil, [], NoticeDays: 14, AcceptsRemote: true, AcceptsOnSite: true, DeploymentsThisYear: 0,
            YearlyCap: 4, rating, RatingCount: 6, offset, RecentDeployments: 0);
    }

    /// <summary>Kenya asks for one mobile-forensics expert (level 3) with B2 English, on site, 1–14 April 2026.</summary>
    private static MatchRequest Request(string name) => new(IdOf("request " + name), "KE",
        new Dictionary<string, int> { ["forensics.mobile"] = 3 }, new Dictionary<string, int> { ["en"] = 4 }, Start, End, Modality.OnSite, 1,
        AllowSameNationality: false, AllowSameEmployerCountry: false, UtcOffsetHours: 3, new HashSet<Guid>(), new HashSet<Guid>());
}
