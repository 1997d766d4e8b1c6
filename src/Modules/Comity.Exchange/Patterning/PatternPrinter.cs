using System.Globalization;
using System.Text;

namespace Comity.Exchange.Patterning;

/// <summary>
/// Prints the canonical form: single spaces, upper-case keywords, parentheses only where the tree needs them,
/// path keys quoted only when they would not lex as one bare identifier.
/// </summary>
internal static class PatternPrinter
{
    public static string Print(ObservationExpression expression)
    {
        var text = new StringBuilder();
        Write(text, expression);
        return text.ToString();
    }

    public static string Print(ComparisonExpression expression)
    {
        var text = new StringBuilder();
        Write(text, expression);
        return text.ToString();
    }

    public static string PropertyText(IReadOnlyList<PathStep> steps)
    {
        var text = new StringBuilder();
        WriteSteps(text, steps);
        return text.ToString();
    }

    public static string Quote(string value) =>
        "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    /// <summary>Whether a key can be written bare: an identifier without hyphens that is not a keyword.</summary>
    public static bool IsBareKey(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return !PatternLexer.IsReservedWord(name);
    }

    private static void Write(StringBuilder text, ObservationExpression expression)
    {
        switch (expression)
        {
            case BracketObservation bracket:
                text.Append('[');
                Write(text, bracket.Criteria);
                text.Append(']');
                break;
            case CompoundObservation compound:
                for (var i = 0; i < compound.Operands.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(' ').Append(Keyword(compound.Operator)).Append(' ');
                    }
                    var operand = compound.Operands[i];
                    // A nested compound of equal or looser binding only arises from parentheses in the source.
                    WriteGrouped(text, operand, operand is CompoundObservation inner && inner.Operator <= compound.Operator);
                }
                break;
            case QualifiedObservation qualified:
                WriteGrouped(text, qualified.Inner, qualified.Inner is not BracketObservation);
                foreach (var qualifier in qualified.Qualifiers)
                {
                    text.Append(' ').Append(qualifier);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "Unknown observation expression.");
        }
    }

    private static void WriteGrouped(StringBuilder text, ObservationExpression expression, bool parenthesise)
    {
        if (parenthesise)
        {
            text.Append('(');
        }
        Write(text, expression);
        if (parenthesise)
        {
            text.Append(')');
        }
    }

    private static void Write(StringBuilder text, ComparisonExpression expression)
    {
        switch (expression)
        {
            case CompoundComparison compound:
                for (var i = 0; i < compound.Operands.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(compound.Operator == BooleanOperator.And ? " AND " : " OR ");
                    }
                    var operand = compound.Operands[i];
                    var parenthesise = operand is CompoundComparison inner && inner.Operator <= compound.Operator;
                    if (parenthesise)
                    {
                        text.Append('(');
                    }
                    Write(text, operand);
                    if (parenthesise)
                    {
                        text.Append(')');
                    }
                }
                break;
            case PropertyComparison comparison:
                WritePath(text, comparison.Path);
                text.Append(comparison.Negated ? " NOT " : " ").Append(Symbol(comparison.Operator)).Append(' ').Append(comparison.Value);
                break;
            case SetComparison set:
                WritePath(text, set.Path);
                text.Append(set.Negated ? " NOT IN (" : " IN (");
                for (var i = 0; i < set.Values.Count; i++)
                {
                    text.Append(i > 0 ? ", " : string.Empty).Append(set.Values[i]);
                }
                text.Append(')');
                break;
            case ExistsComparison exists:
                text.Append(exists.Negated ? "NOT EXISTS " : "EXISTS ");
                WritePath(text, exists.Path);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "Unknown comparison expression.");
        }
    }

    private static void WritePath(StringBuilder text, ObjectPath path)
    {
        text.Append(path.ObjectType).Append(':');
        WriteSteps(text, path.Steps);
    }

    private static void WriteSteps(StringBuilder text, IReadOnlyList<PathStep> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            switch (steps[i])
            {
                case KeyStep key:
                    if (i > 0)
                    {
                        text.Append('.');
                    }
                    text.Append(IsBareKey(key.Name) ? key.Name : Quote(key.Name));
                    break;
                case IndexStep { Index: { } index }:
                    text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                case IndexStep:
                    text.Append("[*]");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(steps), steps[i].GetType().Name, "Unknown path step.");
            }
        }
    }

    private static string Keyword(ObservationOperator op) => op switch
    {
        ObservationOperator.And => "AND",
        ObservationOperator.Or => "OR",
        _ => "FOLLOWEDBY",
    };

    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Like => "LIKE",
        ComparisonOperator.Matches => "MATCHES",
        ComparisonOperator.IsSubset => "ISSUBSET",
        _ => "ISSUPERSET",
    };
}
