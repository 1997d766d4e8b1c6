namespace Comity.Exchange.Patterning;

/// <summary>
/// Recursive descent over STIXPattern.g4 (STIX 2.1). The grammar's left-recursive rules become loops that build
/// n-ary nodes, so a long chain of ANDs is flat rather than deep. The first syntax error ends the parse; checks
/// beyond the grammar are collected along the way so that one pass reports all of them.
/// </summary>
internal sealed partial class PatternParser
{
    private readonly string text;
    private readonly PatternLexer lexer;
    private readonly List<PatternError> errors = [];
    private Token current;
    private int depth;

    public PatternParser(string text)
    {
        this.text = text;
        lexer = new PatternLexer(text);
        current = lexer.Next();
    }

    public PatternParseResult Parse()
    {
        try
        {
            if (current.Kind == TokenKind.EndOfInput)
            {
                throw Fail("the pattern is empty; it needs at least one observation expression in square brackets");
            }
            if (current.Kind is not (TokenKind.LeftBracket or TokenKind.LeftParen or TokenKind.Invalid))
            {
                throw Fail($"a pattern starts with '[' (an observation expression in square brackets) or '(', not {Found()}");
            }
            var root = ParseObservations(ObservationOperator.FollowedBy);
            if (current.Kind != TokenKind.EndOfInput)
            {
                throw Expected("AND, OR, FOLLOWEDBY, a qualifier (WITHIN, REPEATS, START) or the end of the pattern");
            }
            return errors.Count == 0 ? PatternParseResult.Valid(new Pattern(root)) : Invalid();
        }
        catch (SyntaxError e)
        {
            errors.Add(StixPattern.Error(text, e.Message, e.Offset));
            return Invalid();
        }
    }

    private PatternParseResult Invalid() => PatternParseResult.Invalid([.. errors.OrderBy(e => e.Offset)]);

    private ObservationExpression ParseObservations(ObservationOperator level)
    {
        var first = ParseObservationOperand(level);
        var keyword = KeywordOf(level);
        if (current.Kind != keyword)
        {
            return first;
        }
        var operands = new List<ObservationExpression> { first };
        while (current.Kind == keyword)
        {
            Advance();
            operands.Add(ParseObservationOperand(level));
        }
        return new CompoundObservation(level, new ValueList<ObservationExpression>(operands));
    }

    private ObservationExpression ParseObservationOperand(ObservationOperator level) =>
        level == ObservationOperator.And ? ParseQualified() : ParseObservations(level + 1);

    private static TokenKind KeywordOf(ObservationOperator level) => level switch
    {
        ObservationOperator.FollowedBy => TokenKind.FollowedBy,
        ObservationOperator.Or => TokenKind.Or,
        _ => TokenKind.And,
    };

    private ObservationExpression ParseQualified()
    {
        var inner = ParsePrimaryObservation();
        List<Qualifier>? qualifiers = null;
        while (current.Kind is TokenKind.Within or TokenKind.Repeats or TokenKind.Start)
        {
            var start = current.Start;
            var qualifier = ParseQualifier();
            qualifiers ??= [];
            // As the OASIS validator does: one of each kind per list; parentheses allow nesting another.
            if (qualifiers.Any(q => q.GetType() == qualifier.GetType()))
            {
                AddError($"the observation expression already has a {QualifierName(qualifier)} qualifier; put it in parentheses to apply another", start);
            }
            qualifiers.Add(qualifier);
        }
        return qualifiers is null ? inner : new QualifiedObservation(inner, new ValueList<Qualifier>(qualifiers));
    }

    private static string QualifierName(Qualifier qualifier) => qualifier switch
    {
        WithinQualifier => "WITHIN",
        RepeatsQualifier => "REPEATS",
        _ => "START/STOP",
    };

    private ObservationExpression ParsePrimaryObservation()
    {
        if (current.Kind == TokenKind.LeftBracket)
        {
            Enter();
            var criteria = ParseComparisons(BooleanOperator.Or);
            Expect(TokenKind.RightBracket, "AND, OR or ']' to close the observation expression");
            depth--;
            return new BracketObservation(criteria);
        }
        if (current.Kind == TokenKind.LeftParen)
        {
            Enter();
            var inner = ParseObservations(ObservationOperator.FollowedBy);
            Expect(TokenKind.RightParen, "AND, OR, FOLLOWEDBY, a qualifier or ')'");
            depth--;
            return inner;
        }
        throw Expected("'[' or '(' to start an observation expression");
    }

    private Qualifier ParseQualifier()
    {
        var keyword = current.Kind;
        Advance();
        switch (keyword)
        {
            case TokenKind.Within:
            {
                var amount = current;
                if (amount.Kind is not (TokenKind.Integer or TokenKind.Float) || amount.Negative)
                {
                    throw Expected("a positive number of seconds after WITHIN");
                }
                Advance();
                Expect(TokenKind.Seconds, "SECONDS after the WITHIN amount (the only unit)");
                NumericConstant seconds = amount.Kind == TokenKind.Integer ? new IntegerConstant(amount.Integer) : new FloatConstant(amount.Float);
                CheckLiteral(amount);
                if (amount.Problem is null && seconds.AsDouble <= 0)
                {
                    AddError("WITHIN needs a positive number of seconds", amount.Start);
                }
                return new WithinQualifier(seconds);
            }
            case TokenKind.Repeats:
            {
                var count = current;
                if (count.Kind != TokenKind.Integer || count.Negative)
                {
                    throw Expected("a positive whole number after REPEATS");
                }
                Advance();
                Expect(TokenKind.Times, "TIMES after the REPEATS count");
                CheckLiteral(count);
                if (count.Problem is null && count.Integer <= 0)
                {
                    AddError("REPEATS needs a positive whole number", count.Start);
                }
                return new RepeatsQualifier(count.Integer);
            }
            default:
            {
                var startToken = current;
                var start = ExpectTimestamp("a t'…' timestamp after START");
                Expect(TokenKind.Stop, "STOP after the START timestamp");
                var stop = ExpectTimestamp("a t'…' timestamp after STOP");
                if (Timestamps.Problem(start.Text) is null && Timestamps.Problem(stop.Text) is null && Timestamps.Compare(start.Text, stop.Text) >= 0)
                {
                    AddError("START must be earlier than STOP", startToken.Start);
                }
                return new StartStopQualifier(start, stop);
            }
        }
    }

    private TimestampConstant ExpectTimestamp(string expected)
    {
        if (current.Kind != TokenKind.Timestamp)
        {
            throw Expected(expected);
        }
        CheckLiteral(current);
        var timestamp = new TimestampConstant(current.Text!);
        Advance();
        return timestamp;
    }

    private void Enter()
    {
        if (++depth > StixPattern.MaxDepth)
        {
            throw Fail($"brackets and parentheses are nested deeper than {StixPattern.MaxDepth} levels");
        }
        Advance();
    }

    private void Advance() => current = lexer.Next();

    private void Expect(TokenKind kind, string expected)
    {
        if (current.Kind != kind)
        {
            throw Expected(expected);
        }
        Advance();
    }

    private void AddError(string message, int offset) => errors.Add(StixPattern.Error(text, message, offset));

    private SyntaxError Expected(string expected) =>
        current.Kind == TokenKind.Invalid ? Fail(current.Problem!) : Fail($"expected {expected} but found {Found()}");

    private SyntaxError Fail(string message) => new(message, current.Start);

    /// <summary>The current token for a message, with a hint when it is a keyword in the wrong case.</summary>
    private string Found()
    {
        if (current.Kind == TokenKind.EndOfInput)
        {
            return "the end of the pattern";
        }
        var found = "'" + PatternRules.Shorten(text[current.Start..current.End]) + "'";
        return current.Kind == TokenKind.Identifier && PatternLexer.IsKeywordIgnoringCase(current.Text!)
            ? found + " (keywords are case-sensitive: AND, OR, NOT, WITHIN… in upper case, true and false in lower case)"
            : found;
    }

    /// <summary>Unwinds the descent at the first syntax error; never leaves the parser.</summary>
    private sealed class SyntaxError(string message, int offset) : Exception(message)
    {
        public int Offset { get; } = offset;
    }
}
