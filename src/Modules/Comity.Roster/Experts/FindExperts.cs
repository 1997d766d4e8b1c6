using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Deployments;
using Comity.Roster.Skills;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Experts;

public sealed record ExpertResponse(
    Guid Id,
    Guid CentreId,
    Guid? UserId,
    string Name,
    string Email,
    IReadOnlyList<string> Nationalities,
    string ResidenceCountry,
    Guid? EmployerOrganisationId,
    string? EmployerName,
    string? EmployerCountry,
    double UtcOffsetHours,
    IReadOnlyList<ExpertLanguage> Languages,
    IReadOnlyList<ExpertSkill> Skills,
    IReadOnlyList<BlockedPeriod> BlockedPeriods,
    int NoticeDays,
    bool AcceptsRemote,
    bool AcceptsOnSite,
    int YearlyCap,
    VettingStatus Vetting,
    DateOnly? VettingExpires,
    bool NetworkVisible,
    int CompletedDeployments,
    double? AverageRating,
    CvInfo? Cv = null);

/// <summary>Roster search; a missing value means "any".</summary>
public sealed record ExpertFilter(
    string? Search = null,
    string? Skill = null,
    Proficiency? MinimumLevel = null,
    string? Language = null,
    Cefr? MinimumCefr = null,
    Guid? CentreId = null,
    VettingStatus? Vetting = null,
    DateOnly? AvailableFrom = null,
    DateOnly? AvailableTo = null);

public sealed record ExpertFacets(IReadOnlyDictionary<string, int> Vetting, IReadOnlyDictionary<string, int> SkillAreas,
    IReadOnlyDictionary<string, int> Languages, IReadOnlyDictionary<Guid, int> Centres);

public sealed record ExpertSearchResult(Page<ExpertResponse> Results, ExpertFacets Facets);

/// <summary>
/// Searches the experts a coordinator may see: their own centre's roster plus other centres' experts who consented
/// to network-wide visibility. Rosters hold thousands, not millions, so filters on the JSON columns run in memory.
/// </summary>
public static class FindExperts
{
    public static async Task<ExpertSearchResult> SearchAsync(RosterCaller caller, ExpertFilter filter, PageQuery page, RosterDb db,
        CancellationToken cancellationToken)
    {
        var centre = caller.CoordinatedCentre;
        var visible = await db.Experts.AsNoTracking().Where(e => e.CentreId == centre || e.NetworkVisible).ToListAsync(cancellationToken);
        var areas = await db.Skills.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.AreaCode, cancellationToken);
        var busy = filter.AvailableFrom is null
            ? Enumerable.Empty<(Guid Id, (DateOnly, DateOnly) Period)>().ToLookup(x => x.Id, x => x.Period)
            : await CommitmentsAsync(db, visible.Select(e => e.Id).ToList(), cancellationToken);
        var matches = visible.Where(e => Matches(e, filter, busy)).OrderBy(e => e.Name, StringComparer.CurrentCulture).ToList();
        var facets = new ExpertFacets(
            Count(matches, e => [e.Vetting.ToString()]),
            Count(matches, e => e.Skills.Select(s => areas.GetValueOrDefault(s.Skill, "other")).Distinct()),
            Count(matches, e => e.Languages.Select(l => l.Language)),
            matches.GroupBy(e => e.CentreId).ToDictionary(g => g.Key, g => g.Count()));
        var pageItems = matches.Skip(page.Skip).Take(page.Size).ToList();
        var stats = await StatsAsync(db, pageItems.Select(e => e.Id).ToList(), cancellationToken);
        return new ExpertSearchResult(
            new Page<ExpertResponse>(pageItems.Select(e => ToResponse(e, stats.GetValueOrDefault(e.Id))).ToList(), page.Number, page.Size, matches.Count),
            facets);
    }

    /// <summary>One expert, if the caller may see them: their coordinator, any coordinator when network-visible, or the expert.</summary>
    public static async Task<ExpertResponse?> GetAsync(RosterCaller caller, Guid id, RosterDb db, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return expert is not null && CanSee(caller, expert) ? await ToResponseAsync(expert, db, cancellationToken) : null;
    }

    public static async Task<ExpertResponse?> MineAsync(RosterCaller caller, RosterDb db, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.AsNoTracking().SingleOrDefaultAsync(e => e.UserId == caller.UserId, cancellationToken);
        return expert is null ? null : await ToResponseAsync(expert, db, cancellationToken);
    }

    public static bool CanSee(RosterCaller caller, Expert expert) =>
        expert.CentreId == caller.CoordinatedCentre || (caller.CoordinatedCentre is not null && expert.NetworkVisible) || expert.UserId == caller.UserId;

    /// <summary>One profile with its deployment figures and CV details (searches leave the CV out).</summary>
    internal static async Task<ExpertResponse> ToResponseAsync(Expert expert, RosterDb db, CancellationToken cancellationToken)
    {
        var cv = await db.Cvs.AsNoTracking().Where(c => c.ExpertId == expert.Id)
            .Select(c => new CvInfo(c.FileName, c.Format, c.Size, c.UploadedAt)).SingleOrDefaultAsync(cancellationToken);
        return ToResponse(expert, (await StatsAsync(db, [expert.Id], cancellationToken)).GetValueOrDefault(expert.Id)) with { Cv = cv };
    }

    /// <summary>Completed deployments and the average rating per expert.</summary>
    internal static async Task<Dictionary<Guid, (int Completed, double? Rating)>> StatsAsync(RosterDb db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Deployments.AsNoTracking()
            .Where(d => ids.Contains(d.ExpertId) && (d.Status == DeploymentStatus.Completed || d.Status == DeploymentStatus.Closed))
            .Select(d => new { d.ExpertId, d.Rating })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ExpertId).ToDictionary(g => g.Key,
            g => (g.Count(), g.Any(r => r.Rating is not null) ? g.Where(r => r.Rating is not null).Average(r => (double)r.Rating!.Value) : (double?)null));
    }

    /// <summary>Periods in which each expert is already committed to a deployment (offered, accepted or under way).</summary>
    internal static async Task<ILookup<Guid, (DateOnly Start, DateOnly End)>> CommitmentsAsync(RosterDb db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Deployments.AsNoTracking()
            .Where(d => ids.Contains(d.ExpertId)
                && (d.Status == DeploymentStatus.Offered || d.Status == DeploymentStatus.Accepted || d.Status == DeploymentStatus.Deployed))
            .Join(db.Requests, d => d.RequestId, r => r.Id, (d, r) => new { d.ExpertId, r.EarliestStart, r.LatestEnd })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ExpertId, r => (r.EarliestStart, r.LatestEnd));
    }

    private static bool Matches(Expert e, ExpertFilter f, ILookup<Guid, (DateOnly Start, DateOnly End)> busy)
    {
        if (!string.IsNullOrWhiteSpace(f.Search) && !e.Name.Contains(f.Search.Trim(), StringComparison.CurrentCultureIgnoreCase)
            && !e.Email.Contains(f.Search.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (f.Skill is { Length: > 0 } skill && !e.Skills.Any(s => s.Skill == skill && s.Level >= (f.MinimumLevel ?? Proficiency.Foundation)))
        {
            return false;
        }
        if (f.Language is { Length: > 0 } language && !e.Languages.Any(l => l.Language == language && l.Working >= (f.MinimumCefr ?? Cefr.A1)))
        {
            return false;
        }
        if ((f.CentreId is { } centre && e.CentreId != centre) || (f.Vetting is { } vetting && e.Vetting != vetting))
        {
            return false;
        }
        if (f.AvailableFrom is { } from)
        {
            var to = f.AvailableTo ?? from;
            var blocked = e.BlockedPeriods.Select(p => (p.Start, p.End)).Concat(busy[e.Id]);
            if (blocked.Any(p => p.Start <= to && p.End >= from))
            {
                return false;
            }
        }
        return true;
    }

    private static Dictionary<string, int> Count(IEnumerable<Expert> experts, Func<Expert, IEnumerable<string>> keys) =>
        experts.SelectMany(keys).GroupBy(k => k).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count());

    private static ExpertResponse ToResponse(Expert e, (int Completed, double? Rating) stats) => new(
        e.Id, e.CentreId, e.UserId, e.Name, e.Email, e.Nationalities, e.ResidenceCountry, e.EmployerOrganisationId, e.EmployerName, e.EmployerCountry, e.UtcOffsetHours,
        e.Languages, e.Skills, e.BlockedPeriods, e.NoticeDays, e.AcceptsRemote, e.AcceptsOnSite, e.YearlyCap, e.Vetting, e.VettingExpires,
        e.NetworkVisible, stats.Completed, stats.Rating);
}
