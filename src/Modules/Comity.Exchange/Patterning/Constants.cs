using System.Globalization;
using System.Text;

namespace Comity.Exchange.Patterning;

/// <summary>The kinds an IN set may not mix; integers and floats are one kind, numbers.</summary>
internal enum ConstantKind
{
    String,
    Number,
    Boolean,
    Timestamp,
    Binary,
    Hex,
}

/// <summary>A literal on the right of a comparison; <see cref="ToString"/> prints it as it must appear in a pattern.</summary>
internal abstract record Constant
{
    public abstract ConstantKind Kind { get; }

    /// <summary>The value without quotes or prefix, as the lookup index keys it.</summary>
    public abstract string ValueText { get; }

    public abstract override string ToString();
}

/// <summary>A quoted string, held unescaped.</summary>
internal sealed record StringConstant(string Value) : Constant
{
    public override ConstantKind Kind => ConstantKind.String;

    public override string ValueText => Value;

    public override string ToString() => PatternPrinter.Quote(Value);
}

/// <summary>An integer or a float; WITHIN takes either.</summary>
internal abstract record NumericConstant : Constant
{
    public override ConstantKind Kind => ConstantKind.Number;

    public abstract double AsDouble { get; }

    public override string ToString() => ValueText;
}

/// <summary>A 64-bit signed integer, the range of STIX integers.</summary>
internal sealed record IntegerConstant(long Value) : NumericConstant
{
    public override double AsDouble => Value;

    public override string ValueText => Value.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => ValueText;
}

/// <summary>An IEEE 754 double, printed without an exponent.</summary>
internal sealed record FloatConstant(double Value) : NumericConstant
{
    public override double AsDouble => Value;

    public override string ValueText => FloatText.Format(Value);

    public override string ToString() => ValueText;
}

/// <summary><c>true</c> or <c>false</c>, lower case only.</summary>
internal sealed record BooleanConstant(bool Value) : Constant
{
    public override ConstantKind Kind => ConstantKind.Boolean;

    public override string ValueText => Value ? "true" : "false";

    public override string ToString() => ValueText;
}

/// <summary><c>t'…'</c>, kept as written (digits of any precision); <see cref="Instant"/> orders START and STOP.</summary>
internal sealed record TimestampConstant(string Text) : Constant
{
    public override ConstantKind Kind => ConstantKind.Timestamp;

    public override string ValueText => Text;

    /// <summary>The instant to 100 ns, or null when the text is not a real UTC date-time.</summary>
    public DateTimeOffset? Instant => Timestamps.ToInstant(Text);

    public override string ToString() => "t'" + Text + "'";
}

/// <summary><c>b'…'</c>, the base64 text as written.</summary>
internal sealed record BinaryConstant(string Base64) : Constant
{
    public override ConstantKind Kind => ConstantKind.Binary;

    public override string ValueText => Base64;

    public override string ToString() => "b'" + Base64 + "'";
}

/// <summary><c>h'…'</c>, the hex digits as written.</summary>
internal sealed record HexConstant(string Hex) : Constant
{
    public override ConstantKind Kind => ConstantKind.Hex;

    public override string ValueText => Hex;

    public override string ToString() => "h'" + Hex + "'";
}

/// <summary>Doubles printed in the grammar's float form: digits, a point, digits, never an exponent.</summary>
internal static class FloatText
{
    public static string Format(double value)
    {
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        if (exponentAt < 0)
        {
            return shortest.Contains('.', StringComparison.Ordinal) ? shortest : shortest + ".0";
        }

        // Shift the point of "d.dddE±x" by hand: the grammar has no exponent notation.
        var negative = shortest[0] == '-';
        var mantissa = shortest[(negative ? 1 : 0)..exponentAt];
        var exponent = int.Parse(shortest.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var integerDigits = (point < 0 ? mantissa.Length : point) + exponent;
        var text = new StringBuilder(digits.Length + Math.Abs(exponent) + 3);
        if (negative)
        {
            text.Append('-');
        }
        if (integerDigits <= 0)
        {
            text.Append("0.").Append('0', -integerDigits).Append(digits);
        }
        else if (integerDigits >= digits.Length)
        {
            text.Append(digits).Append('0', integerDigits - digits.Length).Append(".0");
        }
        else
        {
            text.Append(digits, 0, integerDigits).Append('.').Append(digits, integerDigits, digits.Length - integerDigits);
        }
        return text.ToString();
    }
}
