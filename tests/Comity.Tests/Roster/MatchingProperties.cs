using Comity.Roster.Matching;
using CsCheck;

namespace Comity.Tests.Roster;

/// <summary>
/// Random small runs (up to 7 experts, 3 requests, teams of up to 3) checked against an exhaustive search and against
/// the hard constraints, re-stated here independently of the matcher's own code.
/// </summary>
public sealed class MatchingProperties
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly string[] Skills = ["net", "mal", "law", "osint"];
    private static readonly string[] Languages = ["en", "fr", "ar"];
    private static readonly string[] Countries = ["KE", "FR", "BR", "IN", "EG", "MX", "FJ", "EE"];

    /// <summary>Experts, requests, whether teams may appear, and a seed for the rest; CsCheck shrinks all four.</summary>
    private static readonly Gen<MatchInput> SmallRuns =
        Gen.Select(Gen.Int[1, 7], Gen.Int[1, 3], Gen.Bool, Gen.Int[0, int.MaxValue], (experts, requests, teams, seed) => Instance(experts, requests, teams, seed));

    [Fact]
    public void The_matcher_finds_the_same_optimum_as_an_exhaustive_search()
    {
        SmallRuns.Sample(input =>
        {
            var result = Matcher.Solve(input);
            var tight = Matcher.Solve(input, new MatchOptions { FirstKeep = 1 });
            var unpruned = Matcher.Solve(input, new MatchOptions { DisablePruning = true });
            var best = Exhaustive(input);
            return result.ProvenOptimal
                && (HonouredPins(input, result), Micros(result.Objective)) == best
                && (HonouredPins(input, tight), Micros(tight.Objective)) == best
                && (HonouredPins(input, unpruned), Micros(unpruned.Objective)) == best;
        }, iter: 400);
    }

    [Fact]
    public void No_proposal_ever_breaks_a_hard_constraint()
    {
        SmallRuns.Sample(input =>
        {
            foreach (var proposal in Matcher.Solve(input).Proposals)
            {
                var request = input.Requests.Single(r => r.Id == proposal.RequestId);
                var team = proposal.Team.Select(p => input.Experts.Single(x => x.Id == p.ExpertId)).ToList();
                Assert.Equal(proposal.Staffed, team.Count > 0);
                Assert.True(team.Count == 0 || team.Count == request.TeamSize, "a team has exactly the size asked for");
                foreach (var expert in team)
                {
                    Assert.Empty(Violations(expert, request));
                }
                Assert.True(team.Count == 0 || request.RequiredSkills.All(s => team.Any(x => Meets(x, s.Key, s.Value))), "the team covers every skill");
            }
        }, iter: 400);
    }

    [Fact]
    public void Each_expert_is_proposed_at_most_once()
    {
        SmallRuns.Sample(input =>
        {
            var proposed = Matcher.Solve(input).Proposals.SelectMany(p => p.Team).Select(t => t.ExpertId).ToList();
            return proposed.Count == proposed.Distinct().Count();
        }, iter: 400);
    }

    [Fact]
    public void Pinned_eligible_experts_are_proposed_and_excluded_ones_never_are()
    {
        SmallRuns.Sample(input =>
        {
            var result = Matcher.Solve(input);
            foreach (var proposal in result.Proposals)
            {
                var request = input.Requests.Single(r => r.Id == proposal.RequestId);
                var team = proposal.Team.Select(p => p.ExpertId).ToHashSet();
                Assert.DoesNotContain(team, request.Excluded.Contains);
                foreach (var pinned in request.Pinned.Where(id => Violations(input.Experts.Single(x => x.Id == id), request).Count == 0))
                {
                    if (request.TeamSize == 1)
                    {
                        Assert.Contains(pinned, team);
                    }
                    else if (!team.Contains(pinned))
                    {
                        // A team pin can fail only when no team can be formed around it; the exhaustive search checks that
                        // no assignment honours more pins, and the coordinator is told why.
                        Assert.Contains(proposal.RunnersUp, r => r.ExpertId == pinned && r.Reasons[0].StartsWith("Pinned", StringComparison.Ordinal));
                    }
                }
                Assert.All(proposal.Team, p => Assert.Equal(request.Pinned.Contains(p.ExpertId), p.Pinned));
            }
        }, iter: 400);
    }

    [Fact]
    public void The_fast_eligibility_check_agrees_with_the_explained_one_and_scores_stay_in_range()
    {
        SmallRuns.Sample(input =>
        {
            var index = MatchIndex.Build(input);
            var w = input.Weights;
            foreach (var r in index.Requests)
            {
                for (var e = 0; e < index.ExpertCount; e++)
                {
                    var expert = input.Experts[e];
                    Assert.Equal(Eligibility.IsEligible(expert, r.Source, Today), index.IsEligible(e, r));
                    Assert.Equal(Violations(expert, r.Source).Count == 0, index.IsEligible(e, r));
                    var s = MatchScore.Breakdown(index, e, r);
                    double[] parts = [s.Skill, s.Language, s.Rating, s.TimeZone, s.Fairness];
                    Assert.All(parts, p => Assert.InRange(p, 0, 1));
                    var weighted = w.Skill * s.Skill + w.Language * s.Language + w.Rating * s.Rating + w.TimeZone * s.TimeZone + w.Fairness * s.Fairness;
                    Assert.Equal(weighted, s.Total, 6);
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void Pruning_never_changes_the_optimum_of_larger_runs()
    {
        Gen.Select(Gen.Int[20, 60], Gen.Int[4, 12], Gen.Bool, Gen.Int[0, int.MaxValue],
                (experts, requests, teams, seed) => Instance(experts, requests, teams, seed, pinRate: 0.02))
            .Sample(input =>
            {
                var pruned = Matcher.Solve(input, new MatchOptions { FirstKeep = 2 });
                var full = Matcher.Solve(input, new MatchOptions { DisablePruning = true });
                return !full.ProvenOptimal || (pruned.ProvenOptimal && Micros(pruned.Objective) == Micros(full.Objective));
            }, iter: 60);
    }

    [Fact]
    public void The_greedy_baseline_never_beats_the_matcher()
    {
        SmallRuns.Sample(input =>
        {
            var greedy = GreedyMatcher.Solve(input);
            var optimal = Matcher.Solve(input);
            return (HonouredPins(input, greedy), Micros(greedy.Objective)).CompareTo((HonouredPins(input, optimal), Micros(optimal.Objective))) <= 0;
        }, iter: 200);
    }

    private static long Micros(double objective) => (long)Math.Round(objective * 1_000_000);

    private static int HonouredPins(MatchInput input, MatchResult result) =>
        result.Proposals.Sum(p => p.Team.Count(t => input.Requests.Single(r => r.Id == p.RequestId).Pinned.Contains(t.ExpertId)));

    /// <summary>Every assignment of experts to requests (or to none), keeping the best by (pins honoured, total score).</summary>
    private static (int Pins, long Score) Exhaustive(MatchInput input)
    {
        var index = MatchIndex.Build(input);
        var experts = input.Experts;
        var requests = input.Requests;
        var eligible = new bool[experts.Count, requests.Count];
        var score = new long[experts.Count, requests.Count];
        for (var e = 0; e < experts.Count; e++)
        {
            for (var r = 0; r < requests.Count; r++)
            {
                eligible[e, r] = Violations(experts[e], requests[r]).Count == 0;
                score[e, r] = MatchScore.Micros(index, e, index.Requests[r], index.SkillMask(e, index.Requests[r]));
            }
        }
        var choice = new int[experts.Count];
        (int, long) best = (-1, -1);
        void Search(int e)
        {
            if (e == experts.Count)
            {
                if (Feasible(input, choice) is { } value && value.CompareTo(best) > 0)
                {
                    best = value;
                }
                return;
            }
            for (var r = -1; r < requests.Count; r++)
            {
                if (r < 0 || eligible[e, r])
                {
                    choice[e] = r;
                    Search(e + 1);
                }
            }
        }
        (int, long)? Feasible(MatchInput run, int[] assigned)
        {
            var pins = 0;
            long total = 0;
            for (var r = 0; r < run.Requests.Count; r++)
            {
                var request = run.Requests[r];
                var team = Enumerable.Range(0, assigned.Length).Where(e => assigned[e] == r).ToList();
                var pinnedSingle = request.TeamSize == 1
                    && request.Pinned.Any(id => run.Experts.Select((x, i) => (x, i)).Any(p => p.x.Id == id && eligible[p.i, r]));
                if (pinnedSingle && !team.Any(e => request.Pinned.Contains(run.Experts[e].Id)))
                {
                    return null; // an eligible pin on a one-expert request is always honoured
                }
                if (team.Count != 0 && (team.Count != request.TeamSize
                    || !request.RequiredSkills.All(s => team.Any(e => Meets(run.Experts[e], s.Key, s.Value)))))
                {
                    return null;
                }
                pins += team.Count(e => request.Pinned.Contains(run.Experts[e].Id));
                total += team.Sum(e => score[e, r]);
            }
            return (pins, total);
        }
        Search(0);
        return best;
    }

    /// <summary>The hard constraints as the issue states them, written again from scratch.</summary>
    private static List<string> Violations(MatchExpert x, MatchRequest r)
    {
        var broken = new List<string>();
        if (!x.Vetted || (x.VettingExpires is { } until && until < r.LatestEnd))
        {
            broken.Add("vetting");
        }
        if (x.Unavailable.Any(d => d.Start <= r.LatestEnd && d.End >= r.EarliestStart) || Today.AddDays(x.NoticeDays) > r.EarliestStart)
        {
            broken.Add("availability");
        }
        if ((r.Modality == Modality.OnSite && !x.AcceptsOnSite) || (r.Modality == Modality.Remote && !x.AcceptsRemote)
            || (!x.AcceptsOnSite && !x.AcceptsRemote))
        {
            broken.Add("modality");
        }
        if (r.RequiredLanguages.Any(l => LevelOf(x.Languages, l.Key) < l.Value))
        {
            broken.Add("languages");
        }
        var met = r.RequiredSkills.Count(s => Meets(x, s.Key, s.Value));
        if (r.TeamSize == 1 ? met < r.RequiredSkills.Count : r.RequiredSkills.Count > 0 && met == 0)
        {
            broken.Add("skills");
        }
        if ((!r.AllowSameNationality && x.Nationalities.Contains(r.Country, StringComparer.OrdinalIgnoreCase))
            || (!r.AllowSameEmployerCountry && string.Equals(x.EmployerCountry, r.Country, StringComparison.OrdinalIgnoreCase)))
        {
            broken.Add("conflict of interest");
        }
        if (x.DeploymentsThisYear + 1 > x.YearlyCap)
        {
            broken.Add("yearly cap");
        }
        if (r.Excluded.Contains(x.Id))
        {
            broken.Add("excluded");
        }
        return broken;
    }

    private static bool Meets(MatchExpert x, string skill, int minimum) => LevelOf(x.Skills, skill) >= minimum;

    private static int LevelOf(IReadOnlyDictionary<string, int> levels, string code) =>
        levels.Where(l => string.Equals(l.Key, code, StringComparison.OrdinalIgnoreCase)).Select(l => l.Value).DefaultIfEmpty(0).Max();

    internal static MatchInput Instance(int expertCount, int requestCount, bool teams, int seed, double pinRate = 0.15)
    {
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        bool Chance(double p) => random.NextDouble() < p;
        Guid Id()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }
        var experts = Enumerable.Range(0, expertCount).Select(_ =>
        {
            var skills = Skills.Where(_ => Chance(0.75)).ToDictionary(s => s, _ => random.Next(1, 5));
            var languages = Languages.Where(l => Chance(l == "en" ? 0.95 : 0.5)).ToDictionary(l => l, _ => random.Next(3, 7));
            var home = Pick(Countries);
            var cap = random.Next(1, 4);
            var busy = Chance(0.2) ? [new DateRange(Today.AddDays(random.Next(0, 30)), Today.AddDays(random.Next(30, 36)))] : new List<DateRange>();
            var rated = Chance(0.6);
            return new MatchExpert(Id(), skills, languages, Chance(0.15) ? new HashSet<string> { home, Pick(Countries) } : new HashSet<string> { home },
                Chance(0.8) ? (Chance(0.7) ? home : Pick(Countries)) : null, Chance(0.5) ? "africa" : "europe", Chance(0.97),
                Chance(0.6) ? null : Today.AddDays(random.Next(10, 60)), busy, random.Next(0, 6), Chance(0.95), Chance(0.85),
                Chance(0.05) ? cap : random.Next(0, cap), cap, rated ? 1 + 4 * random.NextDouble() : null, rated ? random.Next(1, 6) : 0,
                random.Next(-10, 11) / 2.0, random.Next(0, 4));
        }).ToList();
        var requests = Enumerable.Range(0, requestCount).Select(_ =>
        {
            var size = teams && Chance(0.6) ? random.Next(2, 4) : 1;
            var skills = Skills.OrderBy(_ => random.Next()).Take(random.Next(0, size == 1 ? 3 : 4))
                .ToDictionary(s => Chance(0.2) ? s.ToUpperInvariant() : s, _ => random.Next(1, 4) - (Chance(0.5) ? 1 : 0) is var l && l < 1 ? 1 : l);
            var languages = (Chance(0.75) ? ["en"] : Languages.OrderBy(_ => random.Next()).Take(random.Next(0, 3))).ToDictionary(l => l, _ => random.Next(2, 5));
            var start = Today.AddDays(random.Next(3, 29));
            return new MatchRequest(Id(), Pick(Countries), skills, languages, start, start.AddDays(random.Next(0, 9)),
                Pick(Enum.GetValues<Modality>()), size, Chance(0.5), Chance(0.5), random.Next(-10, 11) / 2.0, new HashSet<Guid>(), new HashSet<Guid>());
        }).ToList();
        // Pins without conflicts between them (conflicts are resolved before solving and have their own example test).
        foreach (var expert in experts)
        {
            var target = Pick(requests);
            if (Chance(pinRate) && target.Pinned.Count < target.TeamSize)
            {
                ((HashSet<Guid>)target.Pinned).Add(expert.Id);
            }
            foreach (var request in requests.Where(_ => Chance(0.05)))
            {
                ((HashSet<Guid>)request.Excluded).Add(expert.Id);
            }
        }
        double[] raw = [.. Enumerable.Range(0, 5).Select(_ => random.NextDouble() + 0.01)];
        var sum = raw.Sum();
        var weights = new MatchWeights(raw[0] / sum, raw[1] / sum, raw[2] / sum, raw[3] / sum, 1 - (raw[0] + raw[1] + raw[2] + raw[3]) / sum);
        return new MatchInput(requests, experts, weights, Today);
    }
}
