namespace Comity.Identity.ApiKeys;

/// <summary>
/// A machine client's credential. Only a SHA-256 hash of the secret is stored: the secret has
/// 256 bits of entropy, so a slow password hash would add cost without adding safety.
/// </summary>
public sealed class ApiKey
{
    public const int NameMax = 100;

    private ApiKey()
    {
        Name = "";
        Prefix = "";
        SecretHash = [];
        Scopes = "";
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The organisation the key acts for; the owner's roles there apply at each request.</summary>
    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The public part of the key, used to find it; shown in lists.</summary>
    public string Prefix { get; private set; }

    public byte[] SecretHash { get; private set; }

    /// <summary>Space-separated scopes.</summary>
    public string Scopes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    public static ApiKey Create(Guid userId, Guid organisationId, string name, string prefix, byte[] secretHash,
        IEnumerable<string> scopes, DateTimeOffset now, DateTimeOffset expiresAt) => new()
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            OrganisationId = organisationId,
            Name = name.Trim(),
            Prefix = prefix,
            SecretHash = secretHash,
            Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Records use, at most once a minute so that busy clients do not write on every request.</summary>
    public bool TouchIfStale(DateTimeOffset now)
    {
        if (LastUsedAt is { } last && now - last < TimeSpan.FromMinutes(1))
        {
            return false;
        }
        LastUsedAt = now;
        return true;
    }
}
