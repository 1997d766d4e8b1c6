using Comity.Roster.Matching;

namespace Comity.Benchmarks.Matching;

/// <summary>
/// Deterministic, roughly realistic matching instances: 40 skills in 8 areas, the six UN languages and a few others,
/// four regions with their countries, dual nationalities, employers abroad, gaps in availability, vetting that is
/// missing, valid or expiring, yearly caps. Eligibility removes most pairs, but not trivially.
/// </summary>
internal static class MatchingInstances
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    private static readonly string[] Areas = ["forensics", "incident", "malware", "network", "cloud", "legal", "intel", "crypto"];

    private static readonly int[] NoticeDays = [7, 14, 30, 60];

    private static readonly string[] Topics = ["core", "mobile", "enterprise", "tooling", "training"];

    /// <summary>Country, region, UTC offset, main working language.</summary>
    private static readonly (string Code, string Region, double Offset, string Language)[] Countries =
    [
        ("NG", "africa", 1, "en"), ("KE", "africa", 3, "en"), ("SN", "africa", 0, "fr"), ("CI", "africa", 0, "fr"), ("EG", "africa", 2, "ar"),
        ("MA", "africa", 1, "fr"), ("GH", "africa", 0, "en"), ("TZ", "africa", 3, "sw"), ("ZA", "africa", 2, "en"), ("CM", "africa", 1, "fr"),
        ("BR", "americas", -3, "pt"), ("MX", "americas", -6, "es"), ("CO", "americas", -5, "es"), ("AR", "americas", -3, "es"), ("PE", "americas", -5, "es"),
        ("JM", "americas", -5, "en"), ("CL", "americas", -4, "es"), ("CA", "americas", -5, "en"), ("HT", "americas", -5, "fr"), ("US", "americas", -5, "en"),
        ("IN", "asia-pacific", 5.5, "en"), ("ID", "asia-pacific", 7, "id"), ("PH", "asia-pacific", 8, "en"), ("VN", "asia-pacific", 7, "en"),
        ("CN", "asia-pacific", 8, "zh"), ("JO", "asia-pacific", 3, "ar"), ("KZ", "asia-pacific", 5, "ru"), ("FJ", "asia-pacific", 12, "en"),
        ("AE", "asia-pacific", 4, "ar"), ("TH", "asia-pacific", 7, "en"),
        ("FR", "europe", 1, "fr"), ("DE", "europe", 1, "de"), ("ES", "europe", 1, "es"), ("EE", "europe", 2, "en"), ("UA", "europe", 2, "ru"),
        ("PL", "europe", 1, "en"), ("IT", "europe", 1, "en"), ("NL", "europe", 1, "en"), ("RO", "europe", 2, "fr"), ("GE", "europe", 4, "ru"),
    ];

    public static MatchInput Create(int experts, int requests, bool teams, int seed)
    {
        var random = new Random(seed);
        var roster = Enumerable.Range(0, experts).Select(_ => Expert(random)).ToList();
        var open = Enumerable.Range(0, requests).Select(_ => Request(random, teams)).ToList();
        return new MatchInput(open, roster, MatchWeights.Default, Today);
    }

    private static string Skill(int area, int topic) => $"{Areas[area]}.{Topics[topic]}";

    private static MatchExpert Expert(Random random)
    {
        var home = Countries[random.Next(Countries.Length)];
        var nationalities = new HashSet<string> { home.Code };
        if (random.NextDouble() < 0.1)
        {
            nationalities.Add(Countries[random.Next(Countries.Length)].Code);
        }
        var employer = random.NextDouble() switch
        {
            < 0.7 => home.Code,
            < 0.9 => Countries[random.Next(Countries.Length)].Code,
            _ => null,
        };
        var skills = new Dictionary<string, int>();
        var mainArea = random.Next(Areas.Length);
        var secondArea = random.Next(Areas.Length);
        var count = random.Next(3, 9);
        while (skills.Count < count)
        {
            var area = random.NextDouble() switch { < 0.6 => mainArea, < 0.85 => secondArea, _ => random.Next(Areas.Length) };
            skills[Skill(area, random.Next(Topics.Length))] = Level(random);
        }
        var languages = new Dictionary<string, int>();
        if (random.NextDouble() < 0.8)
        {
            languages["en"] = random.Next(3, 7);
        }
        languages[home.Language] = Math.Max(languages.GetValueOrDefault(home.Language), random.Next(4, 7));
        if (random.NextDouble() < 0.25)
        {
            string[] others = ["fr", "es", "ar", "ru", "zh", "pt", "de"];
            var extra = others[random.Next(others.Length)];
            languages[extra] = Math.Max(languages.GetValueOrDefault(extra), random.Next(2, 6));
        }
        var vetted = random.NextDouble() < 0.85;
        DateOnly? expires = random.NextDouble() < 0.4 ? null : Today.AddDays(random.Next(-60, 720));
        var unavailable = new List<DateRange>();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var start = Today.AddDays(random.Next(0, 300));
            unavailable.Add(new DateRange(start, start.AddDays(random.Next(7, 60))));
        }
        var remote = random.NextDouble() < 0.85;
        var onSite = !remote || random.NextDouble() < 0.7;
        var cap = random.Next(2, 7);
        var rated = random.NextDouble() < 0.6;
        return new MatchExpert(Id(random), skills, languages, nationalities, employer, home.Region, vetted, expires, unavailable,
            NoticeDays[random.Next(NoticeDays.Length)], remote, onSite, random.Next(0, cap + 1), cap,
            rated ? Math.Round(3 + 2 * random.NextDouble(), 2) : null, rated ? random.Next(1, 13) : 0,
            home.Offset, random.Next(0, 5));
    }

    private static MatchRequest Request(Random random, bool team)
    {
        var country = Countries[random.Next(Countries.Length)];
        var size = team ? random.Next(2, 6) : 1;
        var skills = new Dictionary<string, int>();
        var area = random.Next(Areas.Length);
        var wanted = team ? random.Next(2, Math.Min(size + 2, 6)) : random.Next(1, 4);
        while (skills.Count < wanted)
        {
            var from = team && random.NextDouble() < 0.4 ? random.Next(Areas.Length) : area;
            skills[Skill(from, random.Next(Topics.Length))] = random.NextDouble() switch { < 0.2 => 1, < 0.6 => 2, < 0.9 => 3, _ => 4 };
        }
        var languages = new Dictionary<string, int>();
        if (country.Language == "en" || random.NextDouble() < 0.5)
        {
            languages["en"] = random.Next(3, 6);
        }
        else
        {
            languages[country.Language] = random.Next(3, 6);
        }
        var start = Today.AddDays(random.Next(14, 200));
        var modality = random.NextDouble() switch { < 0.4 => Modality.Remote, < 0.7 => Modality.OnSite, _ => Modality.Either };
        return new MatchRequest(Id(random), country.Code, skills, languages, start, start.AddDays(random.Next(5, 45)), modality, size,
            random.NextDouble() < 0.1, random.NextDouble() < 0.2, country.Offset, new HashSet<Guid>(), new HashSet<Guid>());
    }

    private static Guid Id(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static int Level(Random random) => random.NextDouble() switch { < 0.2 => 1, < 0.55 => 2, < 0.85 => 3, _ => 4 };
}
