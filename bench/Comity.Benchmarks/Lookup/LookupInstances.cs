using System.Globalization;
using Comity.Exchange.Lookup;

namespace Comity.Benchmarks.Lookup;

/// <summary>
/// Deterministic indicator sets and query streams for the lookup benchmark. Indicators and misses are drawn from the
/// same spaces (public IPv4 1-223.x, IPv6 2000::/3, random names under ten TLDs), so misses land in the same address
/// blocks and shards as indicators; planted hits re-spell an indicator. Kind mix for both: 40 % IPv4, 10 % IPv6,
/// 25 % domains, 10 % URLs, 5 % e-mails, 10 % hashes. One IPv4 indicator in fifty is a range (/16 to /30, mostly
/// /24, as on blocklists), one IPv6 in five (/32 to /64); ranges make some random misses hit, so the measured hit
/// rate is printed.
/// </summary>
internal static class LookupInstances
{
    private static readonly string[] Tlds = ["com", "net", "org", "ru", "cn", "info", "xyz", "top", "io", "de"];
    private static readonly int[] V4Lengths = [16, 18, 20, 21, 22, 23, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 25, 26, 27, 28, 29, 30];

    public static List<IndicatorChange> Indicators(int count, int seed)
    {
        var random = new Random(seed);
        var changes = new List<IndicatorChange>(count);
        for (var id = 1; id <= count; id++)
        {
            var first = Indicator(random);
            // One indicator in twenty carries a second observable, as STIX patterns with OR do.
            changes.Add(new IndicatorChange(id, random.Next(20) == 0 ? [first, Indicator(random)] : [first]));
        }
        return changes;
    }

    /// <summary>Query texts: a hit re-spells one of the indicator observables given (or names something inside it), a miss is fresh.</summary>
    public static string[] Queries(IReadOnlyList<Observable> indicators, int count, double hitRate, int seed)
    {
        var random = new Random(seed);
        var queries = new string[count];
        for (var i = 0; i < count; i++)
        {
            queries[i] = random.NextDouble() < hitRate
                ? HitFor(indicators[random.Next(indicators.Count)], random)
                : Miss(random);
        }
        return queries;
    }

    private static Observable Indicator(Random random)
    {
        var roll = random.Next(100);
        var text = roll switch
        {
            < 40 => random.Next(50) == 0 ? $"{V4(random)}/{V4Lengths[random.Next(V4Lengths.Length)]}" : V4(random),
            < 50 => random.Next(5) == 0 ? $"{V6(random)}/{32 + (random.Next(5) * 8)}" : V6(random),
            < 75 => Domain(random),
            < 85 => Url(random),
            < 90 => $"{Word(random, 4, 10)}@{Domain(random)}",
            _ => Hash(random),
        };
        return Parse(text);
    }

    private static string HitFor(Observable indicator, Random random) => indicator.Kind switch
    {
        ObservableKind.Domain => random.Next(2) == 0 ? indicator.Value : $"{Word(random, 3, 8)}.{indicator.Value}",
        ObservableKind.Ipv4 when indicator.Value.Contains('/', StringComparison.Ordinal) => indicator.Value.Split('/')[0],
        ObservableKind.Ipv6 when indicator.Value.Contains('/', StringComparison.Ordinal) => indicator.Value.Split('/')[0] + "1",
        ObservableKind.Md5 or ObservableKind.Sha1 or ObservableKind.Sha256 => indicator.Value.ToUpperInvariant(),
        _ => indicator.Value,
    };

    private static string Miss(Random random) => random.Next(100) switch
    {
        < 40 => V4(random),
        < 50 => V6(random),
        < 75 => Domain(random),
        < 85 => Url(random),
        < 90 => $"{Word(random, 4, 10)}@{Domain(random)}",
        _ => Hash(random),
    };

    private static string V4(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{1 + random.Next(223)}.{random.Next(256)}.{random.Next(256)}.{random.Next(256)}");

    private static string V6(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{0x2000 + random.Next(0x2000):x}:{random.Next(0x10000):x}:{random.Next(0x10000):x}:{random.Next(0x10000):x}::{random.Next(0x10000):x}");

    private static string Domain(Random random)
    {
        var name = $"{Word(random, 5, 12)}.{Tlds[random.Next(Tlds.Length)]}";
        return random.Next(3) == 0 ? $"{Word(random, 2, 8)}.{name}" : name;
    }

    private static string Url(Random random) =>
        $"{(random.Next(4) == 0 ? "http" : "https")}://{Domain(random)}/{Word(random, 3, 10)}/{Word(random, 3, 12)}.php?id={random.Next(100000)}";

    private static string Hash(Random random)
    {
        var bytes = new byte[random.Next(3) switch { 0 => 16, 1 => 20, _ => 32 }];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    private static string Word(Random random, int min, int max) =>
        string.Create(random.Next(min, max + 1), random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + r.Next(26));
            }
        });

    private static Observable Parse(string text) =>
        Observable.TryParse(text, null, out var observable, out var error) ? observable : throw new InvalidOperationException($"{text}: {error}");
}
