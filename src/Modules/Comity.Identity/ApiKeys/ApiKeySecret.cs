using System.Security.Cryptography;
using System.Text;

namespace Comity.Identity.ApiKeys;

/// <summary>
/// The key format <c>cmty_&lt;prefix&gt;_&lt;secret&gt;</c>: a 10-character lookup prefix and 32 random bytes,
/// base64url. The recognisable head lets secret scanners spot leaked keys.
/// </summary>
internal static class ApiKeySecret
{
    public const string Head = "cmty_";
    private const string PrefixAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static (string Key, string Prefix, byte[] Hash) Generate()
    {
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, 10);
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"{Head}{prefix}_{secret}";
        return (key, prefix, Hash(key));
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The prefix of a well-formed key, or null.</summary>
    public static string? PrefixOf(string key)
    {
        if (!key.StartsWith(Head, StringComparison.Ordinal) || key.Length != Head.Length + 10 + 1 + 43 || key[Head.Length + 10] != '_')
        {
            return null;
        }
        return key.Substring(Head.Length, 10);
    }

    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
