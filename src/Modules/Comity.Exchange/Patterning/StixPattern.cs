using System.Text;

namespace Comity.Exchange.Patterning;

/// <summary>
/// A mistake in a pattern. <see cref="Offset"/> counts UTF-16 code units from 0; <see cref="Line"/> and
/// <see cref="Column"/> count from 1 (lines end at '\n').
/// </summary>
internal sealed record PatternError(string Message, int Offset, int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}: {Message}";
}

/// <summary>Either a parsed <see cref="Pattern"/> or a non-empty list of errors in order of position.</summary>
internal sealed record PatternParseResult
{
    private PatternParseResult(Pattern? pattern, IReadOnlyList<PatternError> errors)
    {
        Pattern = pattern;
        Errors = errors;
    }

    public Pattern? Pattern { get; }

    public IReadOnlyList<PatternError> Errors { get; }

    public bool IsValid => Pattern is not null;

    public static PatternParseResult Valid(Pattern pattern) => new(pattern, []);

    public static PatternParseResult Invalid(IReadOnlyList<PatternError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("An invalid result needs at least one error.", nameof(errors)) : new(null, errors);
}

/// <summary>
/// Entry point of the STIX 2.1 patterning parser: the whole grammar of STIXPattern.g4 plus the checks the grammar
/// cannot express (names, operator and constant pairs, regular expressions, CIDR, qualifier values, limits).
/// Never throws on any input string; every problem comes back as a <see cref="PatternError"/>.
/// </summary>
internal static class StixPattern
{
    /// <summary>Longest pattern accepted, in UTF-8 bytes.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>Deepest nesting of brackets and parentheses accepted.</summary>
    public const int MaxDepth = 64;

    public static PatternParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Counting stops early: a multi-megabyte paste should not be measured in full before it is refused.
        if (text.Length > MaxBytes || Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return PatternParseResult.Invalid([Error(text, $"the pattern is longer than the limit of {MaxBytes / 1024} KiB", 0)]);
        }
        return new PatternParser(text).Parse();
    }

    internal static PatternError Error(string text, string message, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new PatternError(message, offset, line, offset - lineStart + 1);
    }
}
