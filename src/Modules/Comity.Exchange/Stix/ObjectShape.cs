using System.Collections.Frozen;
using System.Text.Json;

namespace Comity.Exchange.Stix;

/// <summary>
/// The properties an object may have, which are required, which groups need at least one member, and any rules that span
/// several properties. Built once at start-up and then only read.
/// </summary>
internal sealed class ObjectShape(string noun)
{
    private readonly Dictionary<string, PropertyRule> building = new(StringComparer.Ordinal);
    private readonly List<string> required = [];
    private readonly List<string[]> atLeastOne = [];
    private readonly List<Action<JsonElement, ValidationContext>> checks = [];
    private Frozen? frozen;

    /// <summary>How messages name this kind of object: "an external reference".</summary>
    public string Noun { get; } = noun;

    public FrozenDictionary<string, PropertyRule> Properties => Lookup.Properties;

    // Frozen on first use and published as one immutable object, so concurrent validators see a consistent pair.
    private Frozen Lookup => frozen ?? Interlocked.CompareExchange(ref frozen, new Frozen(building), null) ?? frozen!;

    private sealed class Frozen(Dictionary<string, PropertyRule> building)
    {
        public FrozenDictionary<string, PropertyRule> Properties { get; } = building.ToFrozenDictionary(StringComparer.Ordinal);

        /// <summary>Finds a property by a name read into a buffer, and gives back the interned name for the path.</summary>
        public FrozenDictionary<string, (string Name, PropertyRule Rule)>.AlternateLookup<ReadOnlySpan<char>> ByName { get; } =
            building.ToFrozenDictionary(kv => kv.Key, kv => (kv.Key, kv.Value), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Required => required;

    public ObjectShape Optional(string name, PropertyRule rule)
    {
        building[name] = rule;
        return this;
    }

    public ObjectShape Require(string name, PropertyRule rule)
    {
        building[name] = rule;
        required.Add(name);
        return this;
    }

    public ObjectShape AtLeastOneOf(params string[] names)
    {
        atLeastOne.Add(names);
        return this;
    }

    public ObjectShape Rule(Action<JsonElement, ValidationContext> check)
    {
        checks.Add(check);
        return this;
    }

    /// <summary>Copies the properties and rules of <paramref name="other"/> into this shape, and its requirements if asked.</summary>
    public ObjectShape Include(ObjectShape other, bool withRequirements = true)
    {
        foreach (var (name, rule) in other.building)
        {
            building[name] = rule;
        }
        if (withRequirements)
        {
            required.AddRange(other.required);
            atLeastOne.AddRange(other.atLeastOne);
        }
        checks.AddRange(other.checks);
        return this;
    }

    public bool Knows(string name) => Properties.ContainsKey(name);

    /// <summary>Checks every property of <paramref name="obj"/>; unknown ones go to <paramref name="unknown"/> or draw a warning.</summary>
    public void Validate(JsonElement obj, ValidationContext ctx, Action<JsonProperty, ValidationContext>? unknown = null)
    {
        var lookup = Lookup;
        var props = lookup.Properties;
        Span<char> buffer = stackalloc char[64];
        foreach (var p in obj.EnumerateObject())
        {
            var length = JsonText.Name(p, buffer);
            string name;
            PropertyRule? rule;
            if (length >= 0 && lookup.ByName.TryGetValue(buffer[..length], out var known))
            {
                (name, rule) = known;
            }
            else
            {
                name = p.Name;
                props.TryGetValue(name, out rule);
            }
            ctx.Push(name);
            if (rule is not null)
            {
                rule.Check(p.Value, ctx);
            }
            else if (unknown is not null)
            {
                unknown(p, ctx);
            }
            else
            {
                ctx.Warn($"is not a property of {Noun} in STIX 2.1 and will be kept as is");
            }
            ctx.Pop();
        }
        foreach (var name in required)
        {
            // Observables inside the deprecated observed-data container are named by their local key, not an id.
            if (ctx.Container is not null && name == "id")
            {
                continue;
            }
            if (!obj.TryGetProperty(name, out _))
            {
                ctx.ErrorAt(name, $"is required in {Noun} but is missing");
            }
        }
        foreach (var group in atLeastOne)
        {
            if (!HasAny(obj, group))
            {
                ctx.Error($"must have at least one of {Join(group)}");
            }
        }
        foreach (var check in checks)
        {
            check(obj, ctx);
        }
    }

    private static bool HasAny(JsonElement obj, string[] names)
    {
        foreach (var name in names)
        {
            if (obj.TryGetProperty(name, out _))
            {
                return true;
            }
        }
        return false;
    }

    public static string Join(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
}
