using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Comity.Identity.Access;
using Comity.Identity.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Comity.Identity.ApiKeys;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;api key&gt;</c>, and HTTP Basic with the key as the password
/// (TAXII clients such as MISP and OpenCTI only speak Basic). The owner's roles are read at each request,
/// so removing a membership takes effect at once.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IdentityDb db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request.Headers.Authorization.ToString());
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }
        var prefix = ApiKeySecret.PrefixOf(presented);
        var key = prefix is null ? null : await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (key is null || !ApiKeySecret.Matches(presented, key.SecretHash) || !key.IsUsableAt(now))
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked or expired.");
        }
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == key.UserId, Context.RequestAborted);
        if (user is null || (user.LockoutEnd is { } lockedUntil && lockedUntil > now))
        {
            return AuthenticateResult.Fail("The API key's owner is locked out.");
        }
        var access = await MembershipAccess.ResolveAsync(db, user.Id, key.OrganisationId, Context.RequestAborted);
        if (access.OrganisationId != key.OrganisationId)
        {
            access = new MembershipAccess(key.OrganisationId, []);
        }
        if (key.TouchIfStale(now))
        {
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName ?? user.Id.ToString()));
        identity.AddClaim(new Claim(ComityClaims.AuthenticatedBy, "apikey"));
        identity.AddClaim(new Claim(ComityClaims.ApiKeyId, key.Id.ToString()));
        access.AddTo(identity);
        foreach (var scope in key.ScopeList)
        {
            identity.AddClaim(new Claim(ComityClaims.Scope, scope));
        }
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"comity\", Basic realm=\"comity\"";
        return Task.CompletedTask;
    }

    internal static string? PresentedKey(string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || string.IsNullOrEmpty(value.Parameter))
        {
            return null;
        }
        if (value.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return value.Parameter.Trim();
        }
        if (!value.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : decoded[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
