using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Comity.Identity.Access;

/// <summary>A scope an API key can be granted. Each module registers its own as a singleton.</summary>
public sealed record ApiScope(string Name, string Description);

public static class ApiScopes
{
    public const string IdentityRead = "identity:read";
    public const string IdentityWrite = "identity:write";
    public const string AuditRead = "audit:read";

    internal static IEnumerable<ApiScope> Identity { get; } =
    [
        new(IdentityRead, "Read organisations, people and reference data"),
        new(IdentityWrite, "Manage organisations and people"),
        new(AuditRead, "Read the audit trail"),
    ];
}

/// <summary>Met by cookie sessions, and by API keys that carry the scope.</summary>
public sealed record ScopeRequirement(string Scope) : IAuthorizationRequirement;

internal sealed class ScopeRequirementHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (!context.User.IsApiKey() || context.User.HasClaim(ComityClaims.Scope, requirement.Scope))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

public static class AccessExtensions
{
    /// <summary>Allows the endpoint to people holding one of <paramref name="roles"/>, and to API keys with <paramref name="scope"/>.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, string scope, params Role[] roles)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentOutOfRangeException.ThrowIfZero(roles.Length);
        return builder.RequireAuthorization(policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(roles.Select(r => r.Name()))
            .AddRequirements(new ScopeRequirement(scope)));
    }

    /// <summary>Any signed-in person or API key with <paramref name="scope"/>, whatever their role.</summary>
    public static TBuilder RequireSignedIn<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(scope)));
}
