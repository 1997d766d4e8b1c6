namespace Comity.Roster.Matching;

/// <summary>A request compiled for the pair checks: interned codes, day numbers, the bit mask of its required skills.</summary>
internal sealed class RequestSpec(int index, MatchRequest source)
{
    public int Index { get; } = index;

    public MatchRequest Source { get; } = source;

    public required int[] Skills { get; init; }

    public required byte[] SkillMinimums { get; init; }

    /// <summary>The request's own spelling of each required skill, in bit order, for explanations.</summary>
    public required string[] SkillCodes { get; init; }

    public required int[] Languages { get; init; }

    public required byte[] LanguageMinimums { get; init; }

    public required int Country { get; init; }

    public required HashSet<int> Excluded { get; init; }

    public int Start { get; } = source.EarliestStart.DayNumber;

    public int End { get; } = source.LatestEnd.DayNumber;

    public int TeamSize { get; } = source.TeamSize;

    public bool IsTeam => TeamSize > 1;

    /// <summary>One bit per required skill; a one-expert candidate has all of them, a team member at least one.</summary>
    public int FullMask => (1 << Skills.Length) - 1;
}

/// <summary>
/// The run compiled into flat arrays so that the tens of millions of (expert, request) checks neither allocate nor hash strings.
/// Codes (skills, languages, countries) are interned case-insensitively over experts and requests together.
/// </summary>
internal sealed class MatchIndex
{
    private MatchIndex(MatchInput input, int skillCount, int languageCount)
    {
        Input = input;
        var n = input.Experts.Count;
        SkillCount = skillCount;
        LanguageCount = languageCount;
        SkillLevels = new byte[n * skillCount];
        LanguageLevels = new byte[n * languageCount];
        Nationalities = new int[n][];
        Employer = new int[n];
        Ready = new bool[n];
        VettedUntil = new int[n];
        EarliestStart = new int[n];
        Remote = new bool[n];
        OnSite = new bool[n];
        Blocked = new int[n][];
        Rating = new double[n];
        Fairness = new double[n];
        Offset = new double[n];
        ExpertIndex = new Dictionary<Guid, int>(n);
    }

    public MatchInput Input { get; }

    public int ExpertCount => Input.Experts.Count;

    public int SkillCount { get; }

    public int LanguageCount { get; }

    /// <summary>Expert-major: level of skill s for expert e at [e * SkillCount + s]; 0 when absent.</summary>
    public byte[] SkillLevels { get; }

    public byte[] LanguageLevels { get; }

    /// <summary>Experts holding each skill at any level, ascending; a request scans its rarest skill's holders only.</summary>
    public int[][] SkillHolders { get; private set; } = [];

    public int[][] Nationalities { get; }

    public int[] Employer { get; }

    /// <summary>Vetted and under the yearly cap: the checks that do not depend on the request.</summary>
    public bool[] Ready { get; }

    public int[] VettedUntil { get; }

    /// <summary>Today plus notice, as a day number: the earliest day the expert can start.</summary>
    public int[] EarliestStart { get; }

    public bool[] Remote { get; }

    public bool[] OnSite { get; }

    /// <summary>Unavailable periods flattened as start, end, start, end … (day numbers, inclusive).</summary>
    public int[][] Blocked { get; }

    public double[] Rating { get; }

    public double[] Fairness { get; }

    public double[] Offset { get; }

    public Dictionary<Guid, int> ExpertIndex { get; }

    public RequestSpec[] Requests { get; private set; } = [];

    public static MatchIndex Build(MatchInput input)
    {
        var skills = new CodeTable();
        var languages = new CodeTable();
        var countries = new CodeTable();
        foreach (var x in input.Experts)
        {
            skills.InternAll(x.Skills.Keys);
            languages.InternAll(x.Languages.Keys);
        }
        foreach (var r in input.Requests)
        {
            skills.InternAll(r.RequiredSkills.Keys);
            languages.InternAll(r.RequiredLanguages.Keys);
        }
        var ix = new MatchIndex(input, skills.Count, languages.Count);
        var holders = new List<int>[skills.Count];
        for (var s = 0; s < holders.Length; s++)
        {
            holders[s] = [];
        }
        var today = input.Today.DayNumber;
        var fairness = MatchScore.FairnessTerms(input.Experts);
        for (var e = 0; e < input.Experts.Count; e++)
        {
            var x = input.Experts[e];
            ix.ExpertIndex.TryAdd(x.Id, e);
            foreach (var (code, level) in x.Skills)
            {
                var s = skills.Id(code);
                ref var slot = ref ix.SkillLevels[e * skills.Count + s];
                if (slot == 0 && level > 0)
                {
                    holders[s].Add(e);
                }
                slot = (byte)Math.Max(slot, Math.Clamp(level, 0, 4));
            }
            foreach (var (code, level) in x.Languages)
            {
                ref var slot = ref ix.LanguageLevels[e * languages.Count + languages.Id(code)];
                slot = (byte)Math.Max(slot, Math.Clamp(level, 0, 6));
            }
            var nationalities = new int[x.Nationalities.Count];
            var n = 0;
            foreach (var country in x.Nationalities)
            {
                nationalities[n++] = countries.Id(country);
            }
            ix.Nationalities[e] = nationalities;
            ix.Employer[e] = x.EmployerCountry is { } employer ? countries.Id(employer) : -1;
            ix.Ready[e] = x.Vetted && x.DeploymentsThisYear + 1 <= x.YearlyCap;
            ix.VettedUntil[e] = x.VettingExpires?.DayNumber ?? int.MaxValue;
            ix.EarliestStart[e] = today + Math.Max(0, x.NoticeDays);
            ix.Remote[e] = x.AcceptsRemote;
            ix.OnSite[e] = x.AcceptsOnSite;
            var blocked = new int[x.Unavailable.Count * 2];
            for (var i = 0; i < x.Unavailable.Count; i++)
            {
                (blocked[2 * i], blocked[2 * i + 1]) = (x.Unavailable[i].Start.DayNumber, x.Unavailable[i].End.DayNumber);
            }
            ix.Blocked[e] = blocked;
            ix.Rating[e] = MatchScore.RatingTerm(x.AverageRating, x.RatingCount);
            ix.Fairness[e] = fairness[e];
            ix.Offset[e] = x.UtcOffsetHours;
        }
        ix.SkillHolders = holders.Select(h => h.ToArray()).ToArray();
        ix.Requests = input.Requests.Select((r, i) => Compile(ix, i, r, skills, languages, countries)).ToArray();
        return ix;
    }

    /// <summary>Bits of the request's required skills that the expert meets at the minimum level.</summary>
    public int SkillMask(int e, RequestSpec r)
    {
        var mask = 0;
        var row = e * SkillCount;
        for (var i = 0; i < r.Skills.Length; i++)
        {
            if (SkillLevels[row + r.Skills[i]] >= r.SkillMinimums[i])
            {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    /// <summary>The skill part of eligibility: every required skill for one expert, at least one for a team member.</summary>
    public static bool SkillsQualify(int mask, RequestSpec r) => r.IsTeam ? mask != 0 || r.Skills.Length == 0 : mask == r.FullMask;

    /// <summary>Every hard constraint except skills; mirrors <see cref="Eligibility.Reasons"/> exactly.</summary>
    public bool PassesOtherConstraints(int e, RequestSpec r)
    {
        if (!Ready[e] || VettedUntil[e] < r.End || EarliestStart[e] > r.Start)
        {
            return false;
        }
        var modality = r.Source.Modality;
        if ((modality == Modality.Remote && !Remote[e]) || (modality == Modality.OnSite && !OnSite[e]) || (!Remote[e] && !OnSite[e]))
        {
            return false;
        }
        var row = e * LanguageCount;
        for (var i = 0; i < r.Languages.Length; i++)
        {
            if (LanguageLevels[row + r.Languages[i]] < r.LanguageMinimums[i])
            {
                return false;
            }
        }
        if (!r.Source.AllowSameEmployerCountry && Employer[e] == r.Country)
        {
            return false;
        }
        if (!r.Source.AllowSameNationality && Array.IndexOf(Nationalities[e], r.Country) >= 0)
        {
            return false;
        }
        var blocked = Blocked[e];
        for (var i = 0; i < blocked.Length; i += 2)
        {
            if (blocked[i] <= r.End && blocked[i + 1] >= r.Start)
            {
                return false;
            }
        }
        return r.Excluded.Count == 0 || !r.Excluded.Contains(e);
    }

    public bool IsEligible(int e, RequestSpec r) => SkillsQualify(SkillMask(e, r), r) && PassesOtherConstraints(e, r);

    private static RequestSpec Compile(MatchIndex ix, int index, MatchRequest r, CodeTable skills, CodeTable languages, CodeTable countries)
    {
        // Duplicate codes differing only in case collapse to the stricter minimum.
        var skillMins = new SortedDictionary<int, byte>();
        var skillCodes = new SortedDictionary<int, string>();
        foreach (var (code, level) in r.RequiredSkills)
        {
            var id = skills.Id(code);
            skillMins[id] = (byte)Math.Max(skillMins.GetValueOrDefault(id), Math.Clamp(level, 1, 4));
            skillCodes.TryAdd(id, code);
        }
        var languageMins = new SortedDictionary<int, byte>();
        foreach (var (code, level) in r.RequiredLanguages)
        {
            var id = languages.Id(code);
            languageMins[id] = (byte)Math.Max(languageMins.GetValueOrDefault(id), Math.Clamp(level, 1, 6));
        }
        var excluded = new HashSet<int>();
        foreach (var id in r.Excluded)
        {
            if (ix.ExpertIndex.TryGetValue(id, out var e))
            {
                excluded.Add(e);
            }
        }
        return new RequestSpec(index, r)
        {
            Skills = skillMins.Keys.ToArray(),
            SkillMinimums = skillMins.Values.ToArray(),
            SkillCodes = skillCodes.Values.ToArray(),
            Languages = languageMins.Keys.ToArray(),
            LanguageMinimums = languageMins.Values.ToArray(),
            Country = countries.Id(r.Country),
            Excluded = excluded,
        };
    }

    /// <summary>
    /// Interns codes case-insensitively. Exact spellings are cached with ordinal hashing, which is several times faster
    /// than case-insensitive hashing and hits almost always, since rosters spell their codes consistently.
    /// </summary>
    private sealed class CodeTable
    {
        private readonly Dictionary<string, int> exact = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> folded = new(StringComparer.OrdinalIgnoreCase);

        public int Count => folded.Count;

        public void InternAll(IEnumerable<string> codes)
        {
            foreach (var code in codes)
            {
                Id(code);
            }
        }

        public int Id(string code)
        {
            if (exact.TryGetValue(code, out var id))
            {
                return id;
            }
            if (!folded.TryGetValue(code, out id))
            {
                id = folded.Count;
                folded.Add(code, id);
            }
            exact.Add(code, id);
            return id;
        }
    }
}
