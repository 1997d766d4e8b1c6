using System.Security.Claims;

namespace Comity.Identity.Access;

/// <summary>Claim types Comity adds to a signed-in principal, and readers for them.</summary>
public static class ComityClaims
{
    /// <summary>The organisation the person is acting for.</summary>
    public const string Organisation = "comity:org";

    /// <summary>How the caller authenticated: "cookie" or "apikey".</summary>
    public const string AuthenticatedBy = "comity:auth";

    /// <summary>An API key's scope; cookie sessions carry none and are not limited by scopes.</summary>
    public const string Scope = "scope";

    public const string ApiKeyId = "comity:key";

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? OrganisationId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(Organisation), out var id) ? id : null;

    public static bool IsApiKey(this ClaimsPrincipal principal) => principal.HasClaim(AuthenticatedBy, "apikey");

    public static bool Has(this ClaimsPrincipal principal, Role role) => principal.IsInRole(role.Name());
}
