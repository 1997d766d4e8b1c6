using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Identity.ApiKeys;

public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Scopes, int? ExpiresInDays);

public sealed record ApiKeyResponse(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, Guid OrganisationId,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, bool Usable);

/// <summary>The new key's secret appears here once and is never stored.</summary>
public sealed record CreatedApiKey(string Key, ApiKeyResponse Details);

/// <summary>Creates, lists and revokes a person's API keys.</summary>
public static class ManageApiKeys
{
    public const int MaxLifetimeDays = 730;

    public static async Task<Outcome<CreatedApiKey>> CreateAsync(Guid userId, Guid? organisationId, CreateApiKeyRequest request,
        IEnumerable<ApiScope> knownScopes, IdentityDb db, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var known = knownScopes.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var scopes = request.Scopes ?? [];
        var unknown = scopes.Where(s => !known.Contains(s)).ToList();
        var days = request.ExpiresInDays ?? 90;
        var v = new Validation()
            .Required(request.Name, "name", ApiKey.NameMax)
            .Require(scopes.Count > 0, "scopes", "Grant at least one scope.")
            .Require(unknown.Count == 0, "scopes", $"Unknown scopes: {string.Join(", ", unknown.Take(10))}.")
            .Require(days is >= 1 and <= MaxLifetimeDays, "expiresInDays", $"Choose between 1 and {MaxLifetimeDays} days.")
            .Require(organisationId is not null, "", "You need a membership in an organisation before you can create keys.");
        if (!v.IsValid)
        {
            return v;
        }
        var now = clock.GetUtcNow();
        var (secret, prefix, hash) = ApiKeySecret.Generate();
        var key = ApiKey.Create(userId, organisationId!.Value, request.Name!, prefix, hash, scopes, now, now.AddDays(days));
        db.ApiKeys.Add(key);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("apikey.created", "apikey", key.Id.ToString(),
            $"{key.Name} ({key.Scopes}) until {key.ExpiresAt:yyyy-MM-dd}"), cancellationToken);
        return Outcome<CreatedApiKey>.Ok(new CreatedApiKey(secret, ToResponse(key, now)));
    }

    public static async Task<IReadOnlyList<ApiKeyResponse>> ListAsync(Guid userId, IdentityDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.UserId == userId).OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        return keys.Select(k => ToResponse(k, now)).ToList();
    }

    /// <summary>Revokes a key; owners revoke their own keys, administrators anyone's.</summary>
    public static async Task<Outcome<ApiKeyResponse>> RevokeAsync(Guid keyId, Guid callerId, bool callerIsAdministrator, IdentityDb db,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        if (key is null || (key.UserId != callerId && !callerIsAdministrator))
        {
            return Outcome<ApiKeyResponse>.NotFound();
        }
        var now = clock.GetUtcNow();
        if (key.RevokedAt is null)
        {
            key.Revoke(now);
            await db.SaveChangesAuditedAsync(audit, new AuditEvent("apikey.revoked", "apikey", key.Id.ToString(), key.Name), cancellationToken);
        }
        return Outcome<ApiKeyResponse>.Ok(ToResponse(key, now));
    }

    private static ApiKeyResponse ToResponse(ApiKey k, DateTimeOffset now) =>
        new(k.Id, k.Name, k.Prefix, k.ScopeList, k.OrganisationId, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt, k.IsUsableAt(now));
}
