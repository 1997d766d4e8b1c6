using System.Globalization;
using System.Reflection;
using Comity.Identity.People;
using Microsoft.AspNetCore.Identity;

namespace Comity.Identity.Access;

/// <summary>
/// A source of passwords known to be weak or breached. The default holds common passwords; the
/// Hygiene module's breach corpus can replace it through dependency injection.
/// </summary>
public interface IPasswordBlocklist
{
    ValueTask<bool> IsBlockedAsync(string password, CancellationToken cancellationToken);
}

internal sealed class CommonPasswordBlocklist : IPasswordBlocklist
{
    private static readonly Lazy<HashSet<string>> Words = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Comity.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded common-passwords.txt is missing.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line);
            }
        }
        return words;
    });

    public ValueTask<bool> IsBlockedAsync(string password, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Words.Value.Contains(password.Trim()));
}

/// <summary>Length limits for passwords (NIST SP 800-63B rev. 4: 15 when the password is the only factor).</summary>
public sealed class PasswordLengthOptions
{
    public int MinimumLength { get; set; } = 15;

    public int MaximumLength { get; set; } = 256;
}

/// <summary>
/// NIST SP 800-63B password checks: length in Unicode code points, no composition rules, a blocklist,
/// and no passwords built from the user's own name or e-mail or the service name, or from runs and repeats.
/// </summary>
internal sealed class NistPasswordValidator(IPasswordBlocklist blocklist, Microsoft.Extensions.Options.IOptions<PasswordLengthOptions> options)
    : IPasswordValidator<ComityUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<ComityUser> manager, ComityUser user, string? password)
    {
        password ??= "";
        var limits = options.Value;
        var length = password.EnumerateRunes().Count();
        if (length < limits.MinimumLength)
        {
            return Fail("PasswordTooShort", $"Use at least {limits.MinimumLength} characters. A few unrelated words make a long password easy to remember.");
        }
        if (length > limits.MaximumLength)
        {
            return Fail("PasswordTooLong", $"Use at most {limits.MaximumLength} characters.");
        }
        if (IsRepetitiveOrSequential(password))
        {
            return Fail("PasswordRepetitive", "This password is made of repeated or sequential characters; choose something less predictable.");
        }
        if (IsBuiltFromContext(password, user))
        {
            return Fail("PasswordContextual", "This password is too close to your name, your e-mail address or the service name.");
        }
        if (await blocklist.IsBlockedAsync(password, CancellationToken.None))
        {
            return Fail("PasswordBlocked", "This password is known to attackers from breaches or common-password lists; choose another.");
        }
        return IdentityResult.Success;
    }

    /// <summary>Few distinct characters (aaaa, abab), or mostly neighbouring steps (abcd, 98765, 0987…).</summary>
    internal static bool IsRepetitiveOrSequential(string password)
    {
        var runes = password.EnumerateRunes().Select(r => r.Value).ToArray();
        if (runes.Distinct().Count() <= 3)
        {
            return true;
        }
        var neighbourly = runes.Zip(runes.Skip(1), (a, b) => Math.Abs(b - a) == 1 || (a, b) is ('0', '9') or ('9', '0')).Count(step => step);
        return neighbourly >= 0.8 * (runes.Length - 1);
    }

    internal static bool IsBuiltFromContext(string password, ComityUser user)
    {
        var rest = password.ToLower(CultureInfo.InvariantCulture);
        var words = new[] { "comity", user.UserName, user.Email?.Split('@')[0], user.DisplayName }
            .Concat(user.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !string.IsNullOrWhiteSpace(w) && w.Length >= 3)
            .Select(w => w!.ToLower(CultureInfo.InvariantCulture))
            .OrderByDescending(w => w.Length);
        var removed = false;
        foreach (var word in words)
        {
            removed |= rest.Contains(word, StringComparison.Ordinal);
            rest = rest.Replace(word, "", StringComparison.Ordinal);
        }
        return removed && rest.Count(char.IsLetterOrDigit) < 8;
    }

    private static IdentityResult Fail(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
