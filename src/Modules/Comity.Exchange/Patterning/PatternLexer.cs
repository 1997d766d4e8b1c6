using System.Globalization;
using System.Text;

namespace Comity.Exchange.Patterning;

internal enum TokenKind
{
    EndOfInput,
    Invalid,
    LeftBracket,
    RightBracket,
    LeftParen,
    RightParen,
    Colon,
    Dot,
    Comma,
    Asterisk,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Unusable,
    Identifier,
    String,
    Integer,
    Float,
    Boolean,
    Timestamp,
    Binary,
    Hex,
    And,
    Or,
    Not,
    FollowedBy,
    Like,
    Matches,
    IsSubset,
    IsSuperset,
    Exists,
    Last,
    In,
    Start,
    Stop,
    Seconds,
    Within,
    Repeats,
    Times,
}

/// <summary>
/// One token. <see cref="Text"/> holds an identifier, the unescaped value of a string, or the inside of a
/// <c>t''</c>, <c>b''</c> or <c>h''</c> literal. <see cref="Problem"/> marks a well-delimited literal whose content
/// is wrong, so that parsing can go on and report more than one such mistake.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string? Text = null, long Integer = 0, double Float = 0, bool Negative = false, bool Hyphenated = false, string? Problem = null);

/// <summary>
/// The lexer of STIXPattern.g4 (STIX 2.1): longest match, keywords in exact case, white space and comments skipped.
/// </summary>
internal sealed class PatternLexer(string text)
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["AND"] = TokenKind.And,
        ["OR"] = TokenKind.Or,
        ["NOT"] = TokenKind.Not,
        ["FOLLOWEDBY"] = TokenKind.FollowedBy,
        ["LIKE"] = TokenKind.Like,
        ["MATCHES"] = TokenKind.Matches,
        ["ISSUBSET"] = TokenKind.IsSubset,
        ["ISSUPERSET"] = TokenKind.IsSuperset,
        ["EXISTS"] = TokenKind.Exists,
        ["LAST"] = TokenKind.Last,
        ["IN"] = TokenKind.In,
        ["START"] = TokenKind.Start,
        ["STOP"] = TokenKind.Stop,
        ["SECONDS"] = TokenKind.Seconds,
        ["WITHIN"] = TokenKind.Within,
        ["REPEATS"] = TokenKind.Repeats,
        ["TIMES"] = TokenKind.Times,
        ["true"] = TokenKind.Boolean,
        ["false"] = TokenKind.Boolean,
    };

    private int position;

    public static bool IsReservedWord(string word) => Keywords.ContainsKey(word);

    /// <summary>Keywords are case-sensitive; a near miss gets a hint in the parser's message.</summary>
    public static bool IsKeywordIgnoringCase(string word) =>
        Keywords.Keys.Any(k => string.Equals(k, word, StringComparison.OrdinalIgnoreCase));

    public Token Next()
    {
        if (SkipTrivia() is { } trivia)
        {
            return trivia;
        }
        if (position >= text.Length)
        {
            return new Token(TokenKind.EndOfInput, position, position);
        }

        var start = position;
        var c = text[position];
        if (c is 't' or 'b' or 'h' && Peek(1) == '\'')
        {
            return TypedLiteral(c);
        }
        if (char.IsAsciiLetter(c) || c == '_')
        {
            return Word();
        }
        if (char.IsAsciiDigit(c) || (c is '+' or '-' or '.' && NumberFollows()))
        {
            return Number();
        }

        position++;
        return c switch
        {
            '[' => new Token(TokenKind.LeftBracket, start, position),
            ']' => new Token(TokenKind.RightBracket, start, position),
            '(' => new Token(TokenKind.LeftParen, start, position),
            ')' => new Token(TokenKind.RightParen, start, position),
            ':' => new Token(TokenKind.Colon, start, position),
            '.' => new Token(TokenKind.Dot, start, position),
            ',' => new Token(TokenKind.Comma, start, position),
            '*' => new Token(TokenKind.Asterisk, start, position),
            '\'' => StringLiteral(start),
            '=' => Take('=', TokenKind.Equal, TokenKind.Equal, start),
            '<' when Peek(0) == '>' => Advance(TokenKind.NotEqual, start),
            '<' => Take('=', TokenKind.LessOrEqual, TokenKind.Less, start),
            '>' => Take('=', TokenKind.GreaterOrEqual, TokenKind.Greater, start),
            '!' when Peek(0) == '=' => Advance(TokenKind.NotEqual, start),
            '+' or '-' or '/' or '^' => new Token(TokenKind.Unusable, start, position),
            _ => Invalid(start, $"unexpected character {Describe(text, start)}"),
        };
    }

    private Token? SkipTrivia()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (IsSpace(c))
            {
                position++;
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var end = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    var start = position;
                    position = text.Length;
                    return Invalid(start, "a comment opened with /* is never closed");
                }
                position = end + 2;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (position < text.Length && text[position] is not ('\r' or '\n'))
                {
                    position++;
                }
            }
            else
            {
                break;
            }
        }
        return null;
    }

    private static bool IsSpace(char c) => c switch
    {
        ' ' or '\t' or '\r' or '\n' or '\u000B' or '\u000C' or '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };

    private Token Word()
    {
        var start = position;
        var hyphenated = false;
        position++;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '_' or '-'))
        {
            hyphenated |= text[position] == '-';
            position++;
        }
        var word = text[start..position];
        if (!hyphenated && Keywords.TryGetValue(word, out var keyword))
        {
            return new Token(keyword, start, position, word);
        }
        return new Token(TokenKind.Identifier, start, position, word, Hyphenated: hyphenated);
    }

    private bool NumberFollows()
    {
        var next = Peek(1);
        return text[position] == '.' ? char.IsAsciiDigit(next) : char.IsAsciiDigit(next) || (next == '.' && char.IsAsciiDigit(Peek(2)));
    }

    private Token Number()
    {
        var start = position;
        var negative = text[position] == '-';
        if (text[position] is '+' or '-')
        {
            position++;
        }
        var digitsStart = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }
        if (Peek(0) == '.' && char.IsAsciiDigit(Peek(1)))
        {
            position++;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
            var value = double.Parse(text.AsSpan(start, position - start), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var problem = double.IsFinite(value) ? null : "is too large for a 64-bit float";
            return new Token(TokenKind.Float, start, position, Float: value, Negative: negative, Problem: problem);
        }

        // The grammar's integers have no leading zeros, so "007" is three tokens, the way ANTLR splits it.
        if (text[digitsStart] == '0')
        {
            position = digitsStart + 1;
        }
        var fits = long.TryParse(text.AsSpan(start, position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer);
        return new Token(TokenKind.Integer, start, position, Integer: integer, Negative: negative, Problem: fits ? null : "is outside the 64-bit integer range");
    }

    private Token StringLiteral(int start)
    {
        // Most strings hold no escapes: take them as one slice and skip the builder.
        var end = text.AsSpan(position).IndexOfAny('\'', '\\');
        if (end >= 0 && text[position + end] == '\'')
        {
            var slice = text.Substring(position, end);
            position += end + 1;
            return new Token(TokenKind.String, start, position, slice);
        }
        var value = new StringBuilder();
        string? problem = null;
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '\'')
            {
                return new Token(TokenKind.String, start, position, value.ToString(), Problem: problem);
            }
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }
            if (position < text.Length && text[position] is '\'' or '\\')
            {
                value.Append(text[position++]);
                continue;
            }
            problem ??= $"has the escape \\{(position < text.Length ? text[position].ToString() : string.Empty)} at offset {position - 1}; only \\' and \\\\ are allowed";
            value.Append(c);
        }
        return Invalid(start, "a string opened with ' is never closed");
    }

    private Token TypedLiteral(char prefix)
    {
        var start = position;
        position += 2;
        var close = text.IndexOf('\'', position);
        if (close < 0)
        {
            position = text.Length;
            return Invalid(start, $"a {prefix}'…' constant is never closed");
        }
        var inside = text[position..close];
        position = close + 1;
        return prefix switch
        {
            't' => new Token(TokenKind.Timestamp, start, position, inside, Problem: Timestamps.Problem(inside)),
            'b' => new Token(TokenKind.Binary, start, position, inside, Problem: Base64Problem(inside)),
            _ => new Token(TokenKind.Hex, start, position, inside, Problem: HexProblem(inside)),
        };
    }

    private static string? Base64Problem(string value)
    {
        if (value.Length == 0 || value.Length % 4 != 0)
        {
            return "is not base64: its length must be a positive multiple of 4";
        }
        var padding = value.EndsWith("==", StringComparison.Ordinal) ? 2 : value.EndsWith('=') ? 1 : 0;
        for (var i = 0; i < value.Length - padding; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(value[i]) || value[i] is '+' or '/'))
            {
                return $"is not base64: {Describe(value, i)} is not a base64 character";
            }
        }
        return null;
    }

    private static string? HexProblem(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return $"is not hex: '{c}' is not a hex digit";
            }
        }
        return value.Length % 2 == 0 ? null : "is not hex: it needs an even number of digits";
    }

    private Token Take(char second, TokenKind twoChars, TokenKind oneChar, int start)
    {
        if (Peek(0) == second)
        {
            position++;
            return new Token(twoChars, start, position);
        }
        return new Token(oneChar, start, position);
    }

    private Token Advance(TokenKind kind, int start)
    {
        position++;
        return new Token(kind, start, position);
    }

    private Token Invalid(int start, string problem) => new(TokenKind.Invalid, start, Math.Max(position, start + 1), Problem: problem);

    private char Peek(int ahead) => position + ahead < text.Length ? text[position + ahead] : '\0';

    /// <summary>A character for a message: quoted when printable, as U+XXXX otherwise.</summary>
    public static string Describe(string source, int index)
    {
        var c = source[index];
        return char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c)
            ? $"U+{(int)c:X4}"
            : $"'{c}'";
    }
}
