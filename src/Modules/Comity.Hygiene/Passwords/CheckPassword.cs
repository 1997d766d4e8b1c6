using Comity.Hygiene.Breaches;

namespace Comity.Hygiene.Passwords;

/// <summary>
/// What the password page shows for one password. It deliberately holds nothing derived from the password's characters:
/// no pattern tokens, no hash, so a page that renders it cannot echo the password back.
/// </summary>
/// <param name="Score">0–4, as <see cref="StrengthEstimate.Score"/>.</param>
/// <param name="CrackTime">How long an offline attack on a slow password hash would need.</param>
/// <param name="Warning">A key of <see cref="PasswordMessages.English"/>, or empty.</param>
/// <param name="Suggestions">Keys of <see cref="PasswordMessages.English"/>.</param>
/// <param name="Note">"truncated" or empty.</param>
/// <param name="BreachCount">How often the breach corpus has seen it; 0 when never, null when no corpus is installed.</param>
public sealed record PasswordCheckResult(int Score, CrackTimeClass CrackTime, string Warning, IReadOnlyList<string> Suggestions, string Note, int? BreachCount);

/// <summary>
/// The no-JavaScript path of the password page: the estimator and a look-up of the password's SHA-1 in the breach store,
/// both in this process (never over HTTP). The password lives only in the caller's local variable. A singleton.
/// </summary>
public sealed class CheckPassword
{
    private readonly BreachStores stores;
    private readonly TimeProvider clock;

    internal CheckPassword(BreachStores stores, TimeProvider clock)
    {
        this.stores = stores;
        this.clock = clock;
    }

    public PasswordCheckResult Check(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var estimate = PasswordStrength.Estimate(password, null, clock);
        var count = stores.CountOf(PasswordHashes.Sha1(password), HashKind.Sha1);
        return new PasswordCheckResult(estimate.Score, estimate.OfflineCrackTime, estimate.Warning, estimate.Suggestions, estimate.Note, count);
    }
}
