using Microsoft.AspNetCore.Authorization;

namespace Comity.Identity.Access;

/// <summary>Named authorization policies, one per role, for Razor pages and page folders.</summary>
public static class Policies
{
    public const string PlatformAdministrator = "role:" + Roles.PlatformAdministrator;
    public const string CentreCoordinator = "role:" + Roles.CentreCoordinator;
    public const string Analyst = "role:" + Roles.Analyst;
    public const string CountryFocalPoint = "role:" + Roles.CountryFocalPoint;
    public const string Expert = "role:" + Roles.Expert;
    public const string CampaignManager = "role:" + Roles.CampaignManager;

    public static string For(Role role) => "role:" + role.Name();

    internal static void AddRolePolicies(this AuthorizationOptions options)
    {
        foreach (var role in Roles.All)
        {
            options.AddPolicy(For(role), policy => policy.RequireAuthenticatedUser().RequireRole(role.Name()));
        }
    }
}
