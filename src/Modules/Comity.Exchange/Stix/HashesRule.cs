using System.Collections.Frozen;
using System.Text.Json;

namespace Comity.Exchange.Stix;

/// <summary>
/// The STIX hashes type (§2.6): a dictionary from algorithm name to hash value. Names from hash-algorithm-ov are checked
/// for the right length of hexadecimal; other names are allowed as custom algorithms with a warning.
/// </summary>
internal sealed class HashesRule : PropertyRule
{
    private static readonly FrozenDictionary<string, int> HexLengths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["MD5"] = 32,
        ["SHA-1"] = 40,
        ["SHA-256"] = 64,
        ["SHA-512"] = 128,
        ["SHA3-256"] = 64,
        ["SHA3-512"] = 128,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Spellings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["md5"] = "MD5",
        ["sha1"] = "SHA-1",
        ["sha-1"] = "SHA-1",
        ["sha256"] = "SHA-256",
        ["sha-256"] = "SHA-256",
        ["sha512"] = "SHA-512",
        ["sha-512"] = "SHA-512",
        ["sha3-256"] = "SHA3-256",
        ["sha3-512"] = "SHA3-512",
        ["ssdeep"] = "SSDEEP",
        ["tlsh"] = "TLSH",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (!Expect(value, JsonValueKind.Object, "a dictionary of hash algorithm to hash value", ctx))
        {
            return;
        }
        var any = false;
        foreach (var p in value.EnumerateObject())
        {
            any = true;
            ctx.Push(p.Name);
            CheckOne(p.Name, p.Value, ctx);
            ctx.Pop();
        }
        if (!any)
        {
            ctx.Error("must not be an empty dictionary; leave the property out instead");
        }
    }

    private static void CheckOne(string algorithm, JsonElement value, ValidationContext ctx)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            ctx.Error($"must be a hash value string, not {Describe(value)}");
            return;
        }
        var hash = value.GetString()!;
        if (HexLengths.TryGetValue(algorithm, out var length))
        {
            if (hash.Length != length || !hash.All(char.IsAsciiHexDigit))
            {
                ctx.Error($"must be {length} hexadecimal digits for {algorithm}, not {ValidationContext.Quote(hash)}");
            }
        }
        else if (algorithm is "SSDEEP" or "TLSH")
        {
            if (hash.Length == 0)
            {
                ctx.Error("must not be empty");
            }
        }
        else if (Spellings.TryGetValue(algorithm, out var canonical))
        {
            ctx.Warn($"uses the algorithm name '{algorithm}'; hash-algorithm-ov spells it '{canonical}', and consumers may not match other spellings");
        }
        else if (algorithm.Length is < 3 or > 250 || !algorithm.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            ctx.Error("is not a valid custom hash algorithm name (3 to 250 letters, digits, hyphens or underscores)");
        }
        else
        {
            ctx.Warn($"uses '{algorithm}', which is not in hash-algorithm-ov (MD5, SHA-1, SHA-256, SHA-512, SHA3-256, SHA3-512, SSDEEP, TLSH)");
        }
    }
}
