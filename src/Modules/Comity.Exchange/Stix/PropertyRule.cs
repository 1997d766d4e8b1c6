using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Comity.Exchange.Stix;

/// <summary>What one property value must look like. The caller has pushed the property onto the context's path.</summary>
internal abstract class PropertyRule
{
    public abstract void Check(JsonElement value, ValidationContext ctx);

    /// <summary>Reports a wrong JSON type and returns false unless <paramref name="value"/> has <paramref name="kind"/>.</summary>
    protected static bool Expect(JsonElement value, JsonValueKind kind, string what, ValidationContext ctx)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }
        ctx.Error($"must be {what}, not {Describe(value)}");
        return false;
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "the string " + ValidationContext.Quote(value.GetString()!),
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an undefined value",
    };
}

/// <summary>Any JSON string, optionally with a format check that returns a problem or null.</summary>
internal sealed class StringRule(Func<string, string?>? format = null, bool formatIsWarning = false) : PropertyRule
{
    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (!Expect(value, JsonValueKind.String, "a string", ctx) || format is null)
        {
            return;
        }
        if (format(value.GetString()!) is { } problem)
        {
            if (formatIsWarning)
            {
                ctx.Warn(problem);
            }
            else
            {
                ctx.Error(problem);
            }
        }
    }
}

/// <summary>
/// A string from a vocabulary. A closed enumeration rejects other values; an open vocabulary (<c>*-ov</c>) only warns.
/// </summary>
internal sealed class VocabRule(string name, bool closed, params string[] values) : PropertyRule
{
    private readonly FrozenSet<string> allowed = values.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> allowedSpans =
        values.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name { get; } = name;

    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (!Expect(value, JsonValueKind.String, "a string", ctx))
        {
            return;
        }
        Span<char> buffer = stackalloc char[64];
        var length = JsonText.Value(value, buffer);
        if (length >= 0 && allowedSpans.Contains(buffer[..length]))
        {
            return;
        }
        var text = value.GetString()!;
        if (allowed.Contains(text))
        {
            return;
        }
        if (closed)
        {
            ctx.Error($"must be one of {string.Join(", ", values)} ({Name}), not {ValidationContext.Quote(text)}");
        }
        else
        {
            ctx.Warn($"has {ValidationContext.Quote(text)}, which is not in the suggested vocabulary {Name}");
        }
    }
}

internal sealed class BooleanRule : PropertyRule
{
    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            ctx.Error($"must be true or false, not {Describe(value)}");
        }
    }
}

internal sealed class IntegerRule(long min = long.MinValue, long max = long.MaxValue) : PropertyRule
{
    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var n))
        {
            ctx.Error($"must be a whole number, not {Describe(value)}");
            return;
        }
        if (n < min || n > max)
        {
            ctx.Error(Range(min, max));
        }
    }

    private static string Range(long min, long max) => (min, max) switch
    {
        (long.MinValue, _) => FormattableString.Invariant($"must be at most {max:N0}"),
        (_, long.MaxValue) => FormattableString.Invariant($"must be at least {min:N0}"),
        _ => FormattableString.Invariant($"must be between {min:N0} and {max:N0}"),
    };
}

internal sealed class NumberRule(double min = double.NegativeInfinity, double max = double.PositiveInfinity) : PropertyRule
{
    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var n) || !double.IsFinite(n))
        {
            ctx.Error($"must be a number, not {Describe(value)}");
            return;
        }
        if (n < min || n > max)
        {
            ctx.Error(string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}"));
        }
    }
}

/// <summary>A STIX timestamp; <c>created</c> and <c>modified</c> additionally need millisecond precision.</summary>
internal sealed class TimestampRule(int minFractionDigits = 0, bool wholeSeconds = false) : PropertyRule
{
    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (!Expect(value, JsonValueKind.String, "a timestamp string", ctx))
        {
            return;
        }
        Span<char> buffer = stackalloc char[48];
        var length = JsonText.Value(value, buffer);
        var ok = length >= 0
            ? StixTimestamp.TryParse(buffer[..length], out _, out var digits)
            : StixTimestamp.TryParse(value.GetString()!, out _, out digits);
        if (!ok)
        {
            ctx.Error($"must be an RFC 3339 UTC timestamp such as 2024-05-01T12:30:00.000Z, not {ValidationContext.Quote(value.GetString()!)}");
        }
        else if (digits < minFractionDigits)
        {
            ctx.Error($"must be precise to the millisecond (at least three sub-second digits, e.g. 2024-05-01T12:30:00.000Z), not {ValidationContext.Quote(value.GetString()!)}");
        }
        else if (wholeSeconds && digits > 0)
        {
            ctx.Error($"must be given in whole seconds, not {ValidationContext.Quote(value.GetString()!)}");
        }
    }
}

/// <summary>Any value except null; used where the specification leaves the type open.</summary>
internal sealed class AnyRule : PropertyRule
{
    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            ctx.Error("must not be null; leave the property out instead");
        }
    }
}

/// <summary>A list of values; STIX forbids empty lists (§2.8).</summary>
internal sealed class ListRule(PropertyRule item, bool allowEmpty = false) : PropertyRule
{
    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (!Expect(value, JsonValueKind.Array, "a list", ctx))
        {
            return;
        }
        var i = 0;
        foreach (var element in value.EnumerateArray())
        {
            ctx.Push(i++);
            item.Check(element, ctx);
            ctx.Pop();
        }
        if (i == 0 && !allowEmpty)
        {
            ctx.Error("must not be an empty list; leave the property out instead");
        }
    }
}

/// <summary>A STIX dictionary (§2.7): keys of at most 250 characters, at least one key.</summary>
internal sealed class DictionaryRule(PropertyRule? values = null) : PropertyRule
{
    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (!Expect(value, JsonValueKind.Object, "a dictionary (JSON object)", ctx))
        {
            return;
        }
        var any = false;
        foreach (var p in value.EnumerateObject())
        {
            any = true;
            ctx.Push(p.Name);
            if (p.Name.Length > 250)
            {
                ctx.Error("is a dictionary key longer than 250 characters");
            }
            if (values is null)
            {
                if (p.Value.ValueKind == JsonValueKind.Null)
                {
                    ctx.Error("must not be null");
                }
            }
            else
            {
                values.Check(p.Value, ctx);
            }
            ctx.Pop();
        }
        if (!any)
        {
            ctx.Error("must not be an empty dictionary; leave the property out instead");
        }
    }
}

/// <summary>A nested object with its own shape (external reference, kill chain phase, extension …).</summary>
internal sealed class ShapeRule(ObjectShape shape) : PropertyRule
{
    public override void Check(JsonElement value, ValidationContext ctx)
    {
        if (Expect(value, JsonValueKind.Object, "an object", ctx))
        {
            shape.Validate(value, ctx);
        }
    }
}
