namespace Comity.Hygiene.Breaches;

/// <summary>
/// A small store for the demo seed: widely known weak passwords (a list written for Comity from the patterns every
/// published "most common passwords" ranking shows: digit runs, keyboard walks, words with a year or "!"), each with an
/// illustrative count that falls with its rank. The counts are made up; they are not HIBP's figures.
/// </summary>
internal static class SampleCorpus
{
    public static IReadOnlyList<string> CommonPasswords { get; } =
    [
        "123456", "password", "123456789", "12345678", "12345", "qwerty", "1234567", "111111", "123123", "1234567890",
        "000000", "abc123", "password1", "1234", "iloveyou", "qwerty123", "654321", "123321", "666666", "987654321",
        "1q2w3e4r", "123qwe", "qwertyuiop", "monkey", "dragon", "letmein", "football", "baseball", "welcome", "admin",
        "sunshine", "princess", "master", "shadow", "superman", "michael", "trustno1", "asdfghjkl", "zxcvbnm", "1qaz2wsx",
        "passw0rd", "p@ssw0rd", "Password1", "Password123", "password123", "admin123", "welcome1", "qazwsx", "112233", "121212",
        "555555", "7777777", "888888", "999999", "0987654321", "asdf1234", "q1w2e3r4", "1q2w3e", "aaaaaa", "abcdef",
        "abcd1234", "hello123", "football1", "starwars", "whatever", "freedom", "computer", "internet", "secret", "login",
        "changeme", "default", "guest", "root", "test", "test123", "summer2024", "Winter2025!", "Spring2025", "Autumn2024",
        "Qwerty123!", "P@ssword1", "Welcome123", "Admin@123", "Pass@123", "india123", "pakistan", "bangladesh", "nigeria", "kenya",
        "mexico", "brasil", "argentina", "colombia", "peru", "chile", "france", "paris", "london", "moscow",
        "motdepasse", "contraseña", "contrasena", "senha", "passwort", "пароль", "йцукен", "كلمةالسر", "密码", "woaini",
        "5201314", "a123456", "aa123456", "qq123456", "zxcvbn", "iloveu", "lovely", "charlie", "jordan23", "soccer",
    ];

    /// <summary>Builds <c>pwned-sha1.range</c> and <c>pwned-ntlm.range</c> in <paramref name="directory"/>, replacing any there.</summary>
    public static IReadOnlyList<string> Build(string directory, TimeProvider clock, IReadOnlyList<string>? passwords = null)
    {
        passwords ??= CommonPasswords;
        var paths = new List<string>();
        foreach (var kind in (HashKind[])[HashKind.Sha1, HashKind.Ntlm])
        {
            var entries = passwords.Distinct(StringComparer.Ordinal)
                .Select((password, rank) => (Hash: PasswordHashes.Of(kind, password), Count: IllustrativeCount(rank)))
                .OrderBy(e => e.Hash)
                .ToList();
            var path = Path.Combine(directory, kind.StoreFileName());
            using var writer = new RangeStoreWriter(path, kind);
            foreach (var (hash, count) in entries)
            {
                writer.StartBucket(hash.Bucket);
                writer.Add(hash, count);
            }
            writer.Commit(clock);
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>Zipf-like: the first password "seen" ten million times, the hundredth about a hundred thousand.</summary>
    public static int IllustrativeCount(int rank) => (int)(10_000_000 / (rank + 1.0));
}
