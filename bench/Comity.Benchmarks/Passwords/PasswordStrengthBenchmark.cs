using System.Globalization;
using Comity.Hygiene.Passwords;

namespace Comity.Benchmarks.Passwords;

/// <summary>
/// Single-threaded throughput of the server-side strength estimator on a mix of passwords people type (words with digits
/// and substitutions, keyboard walks, dates, passphrases, random strings), and the cost of the longest password it reads.
/// Times are this thread's CPU time, so the figure holds on a shared machine.
/// </summary>
internal static class PasswordStrengthBenchmark
{
    private static readonly string[] Words = ["sunshine", "dragon", "monkey", "football", "password", "welcome", "soleil", "amour", "contraseña", "jardin", "privet", "nairobi", "accra", "kigali"];
    private static readonly string[] Walks = ["qwerty", "asdfgh", "1qaz2wsx", "zxcvbnm", "qazwsx", "poiuyt"];

    public static int Run(string[] args)
    {
        var count = BenchArgs.Int(args, "--passwords", 20_000);
        var rounds = BenchArgs.Int(args, "--rounds", 5);
        var passwords = Mix(count, new Random(20261124));
        foreach (var password in passwords.Take(2_000))
        {
            PasswordStrength.Estimate(password); // JIT tiering and the word lists' first load, not counted.
        }

        var perSecond = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var start = ThreadCpu.Now();
            var scoreSum = 0;
            foreach (var password in passwords)
            {
                scoreSum += PasswordStrength.Estimate(password).Score;
            }
            var cpu = ThreadCpu.Now() - start;
            perSecond.Add(passwords.Length / cpu.TotalSeconds);
            Console.WriteLine(FormattableString.Invariant(
                $"round {round + 1}: {passwords.Length:N0} estimates in {cpu.TotalMilliseconds:N0} ms of CPU = {passwords.Length / cpu.TotalSeconds:N0}/s, mean score {(double)scoreSum / passwords.Length:F2}"));
        }
        perSecond.Sort();
        var median = perSecond[perSecond.Count / 2];
        Console.WriteLine(FormattableString.Invariant($"median {median:N0} estimates per CPU-second = {1e6 / median:F1} µs each"));

        var longest = string.Concat(Enumerable.Range(0, PasswordStrength.MaxLength / 8).Select(i => Words[i % Words.Length][..4] + i.ToString("D4", CultureInfo.InvariantCulture)));
        var longStart = ThreadCpu.Now();
        const int longRuns = 50;
        for (var i = 0; i < longRuns; i++)
        {
            PasswordStrength.Estimate(longest);
        }
        Console.WriteLine(FormattableString.Invariant(
            $"a {longest.Length}-character password: {(ThreadCpu.Now() - longStart).TotalMilliseconds / longRuns:F2} ms of CPU each"));
        return 0;
    }

    private static string[] Mix(int count, Random random)
    {
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            var word = Words[random.Next(Words.Length)];
            result[i] = (i % 6) switch
            {
                0 => word + random.Next(100),
                1 => char.ToUpperInvariant(word[0]) + word[1..].Replace('a', '@').Replace('o', '0') + "!",
                2 => Walks[random.Next(Walks.Length)] + random.Next(10),
                3 => word + (1950 + random.Next(75)).ToString(CultureInfo.InvariantCulture),
                4 => string.Join('-', Enumerable.Range(0, 4).Select(_ => Words[random.Next(Words.Length)])),
                _ => RandomText(random, 10 + random.Next(8)),
            };
        }
        return result;
    }

    private static string RandomText(Random random, int length)
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*?";
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }
}
