using Comity.Roster.Skills;

namespace Comity.Roster.Experts;

public enum VettingStatus
{
    Unvetted,
    InProgress,
    Vetted,
    Expired,
    Suspended,
}

/// <summary>CEFR levels as numbers: 1 = A1 … 6 = C2.</summary>
public enum Cefr
{
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}

/// <summary>A language the expert works in, with CEFR levels for speaking, reading and writing.</summary>
public sealed record ExpertLanguage(string Language, Cefr Speaking, Cefr Reading, Cefr Writing)
{
    /// <summary>The level the expert can work at: the weakest of the three.</summary>
    public Cefr Working => (Cefr)Math.Min((int)Speaking, Math.Min((int)Reading, (int)Writing));
}

public sealed record ExpertSkill(string Skill, Proficiency Level, string? Evidence);

public sealed record BlockedPeriod(DateOnly Start, DateOnly End, string? Reason);

/// <summary>An expert on a centre's roster. Experts keep their own profile; coordinators vet them.</summary>
public sealed class Expert
{
    public const int NameMax = 120;

    private Expert()
    {
        Name = "";
        Email = "";
        ResidenceCountry = "";
    }

    public Guid Id { get; private set; }

    /// <summary>The regional centre whose roster the expert is on.</summary>
    public Guid CentreId { get; private set; }

    /// <summary>The expert's own account, when they have one; it lets them edit the profile and answer offers.</summary>
    public Guid? UserId { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }

    public List<string> Nationalities { get; private set; } = [];

    public string ResidenceCountry { get; private set; }

    public Guid? EmployerOrganisationId { get; private set; }

    public string? EmployerName { get; private set; }

    public string? EmployerCountry { get; private set; }

    public double UtcOffsetHours { get; private set; }

    public List<ExpertLanguage> Languages { get; private set; } = [];

    public List<ExpertSkill> Skills { get; private set; } = [];

    public List<BlockedPeriod> BlockedPeriods { get; private set; } = [];

    public int NoticeDays { get; private set; }

    public bool AcceptsRemote { get; private set; }

    public bool AcceptsOnSite { get; private set; }

    public int YearlyCap { get; private set; }

    public VettingStatus Vetting { get; private set; }

    public DateOnly? VettingExpires { get; private set; }

    /// <summary>The expert agreed that centres other than their own may see and propose them.</summary>
    public bool NetworkVisible { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Expert Create(Guid centreId, ExpertProfile profile, DateTimeOffset now)
    {
        var expert = new Expert { Id = Guid.CreateVersion7(now), CentreId = centreId, CreatedAt = now, Vetting = VettingStatus.Unvetted };
        expert.Update(profile, now);
        return expert;
    }

    public void Update(ExpertProfile profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Name = profile.Name.Trim();
        Email = profile.Email.Trim();
        Nationalities = [.. profile.Nationalities.Select(n => n.Trim().ToUpperInvariant()).Distinct()];
        ResidenceCountry = profile.ResidenceCountry.Trim().ToUpperInvariant();
        EmployerOrganisationId = profile.EmployerOrganisationId;
        EmployerName = string.IsNullOrWhiteSpace(profile.EmployerName) ? null : profile.EmployerName.Trim();
        EmployerCountry = string.IsNullOrWhiteSpace(profile.EmployerCountry) ? null : profile.EmployerCountry.Trim().ToUpperInvariant();
        UtcOffsetHours = profile.UtcOffsetHours;
        Languages = [.. profile.Languages.DistinctBy(l => l.Language)];
        Skills = [.. profile.Skills.DistinctBy(s => s.Skill)];
        BlockedPeriods = [.. profile.BlockedPeriods.OrderBy(p => p.Start)];
        NoticeDays = profile.NoticeDays;
        AcceptsRemote = profile.AcceptsRemote;
        AcceptsOnSite = profile.AcceptsOnSite;
        YearlyCap = profile.YearlyCap;
        NetworkVisible = profile.NetworkVisible;
        UpdatedAt = now;
    }

    public void LinkAccount(Guid userId) => UserId = userId;

    public void SetVetting(VettingStatus status, DateOnly? expires, DateTimeOffset now)
    {
        Vetting = status;
        VettingExpires = status == VettingStatus.Vetted ? expires : null;
        UpdatedAt = now;
    }

    /// <summary>Vetted on <paramref name="day"/>: status Vetted and not yet past its expiry.</summary>
    public bool IsVettedOn(DateOnly day) => Vetting == VettingStatus.Vetted && (VettingExpires is null || VettingExpires >= day);
}

/// <summary>What an expert (or a coordinator for them) fills in.</summary>
public sealed record ExpertProfile(
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
    bool NetworkVisible);
