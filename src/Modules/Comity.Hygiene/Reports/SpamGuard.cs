using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace Comity.Hygiene.Reports;

/// <summary>
/// Spam protection without a third party. Browsers with JavaScript solve a small proof of work (a SHA-256 over a
/// signed challenge with <see cref="Bits"/> leading zero bits); every sender is rate-limited per network address, and
/// more tightly when no proof came with the report. Addresses live only in the limiter's memory, never in the database.
/// </summary>
public sealed class SpamGuard
{
    private static readonly TimeSpan ChallengeLifetime = TimeSpan.FromMinutes(30);

    private readonly ITimeLimitedDataProtector protector;
    private readonly TimeProvider clock;
    private readonly ConcurrentDictionary<string, DateTimeOffset> spent = new(StringComparer.Ordinal);
    private readonly PartitionedRateLimiter<string> withProof;
    private readonly PartitionedRateLimiter<string> withoutProof;

    public SpamGuard(IDataProtectionProvider dataProtection, IConfiguration configuration, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(dataProtection);
        ArgumentNullException.ThrowIfNull(configuration);
        protector = dataProtection.CreateProtector("Comity.Hygiene.ProofOfWork").ToTimeLimitedDataProtector();
        this.clock = clock;
        Bits = Math.Clamp(configuration.GetValue("Hygiene:ProofOfWorkBits", 14), 1, 24);
        withProof = PerHour(configuration.GetValue("Hygiene:ReportsPerHour", 20));
        withoutProof = PerHour(configuration.GetValue("Hygiene:ReportsPerHourWithoutProof", 5));
    }

    public int Bits { get; }

    /// <summary>A fresh challenge: random bytes the server signed, so it needs no storage and any node can check it.</summary>
    public string Challenge() =>
        protector.Protect(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), clock.GetUtcNow().Add(ChallengeLifetime));

    /// <summary>True when <paramref name="nonce"/> solves an unexpired, unused challenge of ours.</summary>
    public bool Verify(string? challenge, string? nonce)
    {
        if (string.IsNullOrEmpty(challenge) || string.IsNullOrEmpty(nonce) || challenge.Length > 1000 || nonce.Length > 32)
        {
            return false;
        }
        try
        {
            protector.Unprotect(challenge, out var expires);
            if (expires < clock.GetUtcNow() || !Solves(challenge, nonce, Bits))
            {
                return false;
            }
            Forget();
            // A solved challenge is spent once per node: replaying one proof for many reports gains nothing.
            return spent.TryAdd(challenge, expires);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public static bool Solves(string challenge, string nonce, int bits)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{challenge}:{nonce}"), hash);
        for (var i = 0; i < bits; i++)
        {
            if ((hash[i / 8] & (0x80 >> (i % 8))) != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Takes one report from the sender's hourly allowance; false means "try again later".</summary>
    public bool Admit(IPAddress? address, bool solvedProofOfWork)
    {
        using var lease = (solvedProofOfWork ? withProof : withoutProof).AttemptAcquire(address?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    private void Forget()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, expires) in spent)
        {
            if (expires < now)
            {
                spent.TryRemove(key, out _);
            }
        }
    }

    private static PartitionedRateLimiter<string> PerHour(int permits) => PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));
}
