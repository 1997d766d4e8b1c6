namespace Comity.Identity.Access;

/// <summary>What a person may do, always within one organisation (their membership).</summary>
public enum Role
{
    PlatformAdministrator,
    CentreCoordinator,
    Analyst,
    CountryFocalPoint,
    Expert,

    /// <summary>Writes and reviews the public cyber-hygiene campaign's pages and reads its anonymous counters; nothing else.</summary>
    CampaignManager,
}

/// <summary>Role names as they appear in claims, URLs and the API.</summary>
public static class Roles
{
    public const string PlatformAdministrator = "platform-administrator";
    public const string CentreCoordinator = "centre-coordinator";
    public const string Analyst = "analyst";
    public const string CountryFocalPoint = "country-focal-point";
    public const string Expert = "expert";
    public const string CampaignManager = "campaign-manager";

    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    public static string Name(this Role role) => role switch
    {
        Role.PlatformAdministrator => PlatformAdministrator,
        Role.CentreCoordinator => CentreCoordinator,
        Role.Analyst => Analyst,
        Role.CountryFocalPoint => CountryFocalPoint,
        Role.Expert => Expert,
        Role.CampaignManager => CampaignManager,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static string Title(this Role role) => role switch
    {
        Role.PlatformAdministrator => "Platform administrator",
        Role.CentreCoordinator => "Centre coordinator",
        Role.Analyst => "Analyst",
        Role.CountryFocalPoint => "Country focal point",
        Role.Expert => "Expert",
        Role.CampaignManager => "Campaign manager",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static Role? Parse(string? name) => All.Select(r => (Role?)r).FirstOrDefault(r => r!.Value.Name() == name?.Trim().ToLowerInvariant());
}
