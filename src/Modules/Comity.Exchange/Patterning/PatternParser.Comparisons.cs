namespace Comity.Exchange.Patterning;

/// <summary>The inside of the brackets: comparison expressions, object paths and constants.</summary>
internal sealed partial class PatternParser
{
    private ComparisonExpression ParseComparisons(BooleanOperator level)
    {
        var first = level == BooleanOperator.And ? ParsePropertyTest() : ParseComparisons(BooleanOperator.And);
        var keyword = level == BooleanOperator.And ? TokenKind.And : TokenKind.Or;
        if (current.Kind != keyword)
        {
            return first;
        }
        var operands = new List<ComparisonExpression> { first };
        while (current.Kind == keyword)
        {
            Advance();
            operands.Add(level == BooleanOperator.And ? ParsePropertyTest() : ParseComparisons(BooleanOperator.And));
        }
        return new CompoundComparison(level, new ValueList<ComparisonExpression>(operands));
    }

    private ComparisonExpression ParsePropertyTest()
    {
        if (current.Kind == TokenKind.LeftParen)
        {
            Enter();
            var inner = ParseComparisons(BooleanOperator.Or);
            Expect(TokenKind.RightParen, "AND, OR or ')'");
            depth--;
            return inner;
        }
        if (current.Kind is TokenKind.Not or TokenKind.Exists)
        {
            var negated = current.Kind == TokenKind.Not;
            if (negated)
            {
                Advance();
                if (current.Kind != TokenKind.Exists)
                {
                    throw Fail($"NOT goes after the object path (path NOT = value) or before EXISTS, so EXISTS was expected here, not {Found()}");
                }
            }
            Advance();
            return new ExistsComparison(ParseObjectPath(), negated);
        }

        var path = ParseObjectPath();
        var not = current.Kind == TokenKind.Not;
        if (not)
        {
            Advance();
        }
        switch (current.Kind)
        {
            case TokenKind.In:
                Advance();
                return new SetComparison(path, not, ParseSet(path));
            case TokenKind.Exists:
                throw Fail("EXISTS goes before the object path: EXISTS type:property");
        }
        var op = current.Kind switch
        {
            TokenKind.Equal => ComparisonOperator.Equal,
            TokenKind.NotEqual => ComparisonOperator.NotEqual,
            TokenKind.Less => ComparisonOperator.Less,
            TokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
            TokenKind.Greater => ComparisonOperator.Greater,
            TokenKind.GreaterOrEqual => ComparisonOperator.GreaterOrEqual,
            TokenKind.Like => ComparisonOperator.Like,
            TokenKind.Matches => ComparisonOperator.Matches,
            TokenKind.IsSubset => ComparisonOperator.IsSubset,
            TokenKind.IsSuperset => ComparisonOperator.IsSuperset,
            _ => throw Expected($"{(not ? string.Empty : "NOT or ")}a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET) after the object path"),
        };
        Advance();
        var symbol = PatternPrinter.Symbol(op);
        var valueToken = current;
        Constant value;
        if (op is ComparisonOperator.Like or ComparisonOperator.Matches or ComparisonOperator.IsSubset or ComparisonOperator.IsSuperset)
        {
            if (current.Kind != TokenKind.String)
            {
                throw Expected($"a quoted string after {symbol}");
            }
            value = ParseConstant(symbol, allowBoolean: false);
            var problem = op switch
            {
                ComparisonOperator.Matches when valueToken.Problem is null => PatternRules.RegexProblem(valueToken.Text!),
                ComparisonOperator.IsSubset or ComparisonOperator.IsSuperset => PatternRules.CidrProblem(symbol, valueToken.Text!),
                _ => null,
            };
            if (problem is not null)
            {
                AddError(problem, valueToken.Start);
            }
        }
        else
        {
            var ordering = op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual);
            value = ParseConstant(symbol, allowBoolean: !ordering);
            CheckOperand(path, value, valueToken.Start, equality: !ordering);
        }
        return new PropertyComparison(path, op, not, value);
    }

    private ValueList<Constant> ParseSet(ObjectPath path)
    {
        if (current.Kind != TokenKind.LeftParen)
        {
            throw Expected("'(' to open the IN set");
        }
        var open = current.Start;
        Advance();
        var values = new List<Constant>();
        if (current.Kind == TokenKind.RightParen)
        {
            AddError("IN needs at least one constant in its set", open);
            Advance();
            return ValueList<Constant>.Empty;
        }
        while (true)
        {
            var start = current.Start;
            var value = ParseConstant("IN (", allowBoolean: true);
            if (values.Count > 0 && value.Kind != values[0].Kind)
            {
                AddError($"an IN set holds constants of one kind; this {KindName(value.Kind)} follows a {KindName(values[0].Kind)}", start);
            }
            CheckOperand(path, value, start, equality: true);
            values.Add(value);
            if (current.Kind == TokenKind.RightParen)
            {
                Advance();
                return new ValueList<Constant>(values);
            }
            Expect(TokenKind.Comma, "',' or ')' in the IN set");
        }
    }

    private void CheckOperand(ObjectPath path, Constant value, int offset, bool equality)
    {
        if (value is not TimestampConstant && PatternRules.IsTimestampProperty(path))
        {
            AddError($"{path} is a timestamp; compare it with a t'…' constant, not a {KindName(value.Kind)}", offset);
        }
        if (equality && value is StringConstant text && PatternRules.HashProblem(path, text.Value) is { } hashProblem)
        {
            AddError(hashProblem, offset);
        }
    }

    private Constant ParseConstant(string after, bool allowBoolean)
    {
        var token = current;
        Constant constant = token.Kind switch
        {
            TokenKind.String => new StringConstant(token.Text!),
            TokenKind.Integer => new IntegerConstant(token.Integer),
            TokenKind.Float => new FloatConstant(token.Float),
            TokenKind.Boolean when allowBoolean => new BooleanConstant(token.Text == "true"),
            TokenKind.Boolean => throw Fail($"a boolean cannot be compared with {after}; only = and != take true or false"),
            TokenKind.Timestamp => new TimestampConstant(token.Text!),
            TokenKind.Binary => new BinaryConstant(token.Text!),
            TokenKind.Hex => new HexConstant(token.Text!),
            TokenKind.Identifier when token.Text is "T" or "B" or "H" && token.End < text.Length && text[token.End] == '\'' =>
                throw Fail("the t'…', b'…' and h'…' prefixes are lower case"),
            TokenKind.Identifier => throw Fail($"expected a constant after {after} but found {Found()}; strings need single quotes"),
            _ => throw Expected($"a constant after {after}"),
        };
        CheckLiteral(token);
        Advance();
        return constant;
    }

    private ObjectPath ParseObjectPath()
    {
        var typeToken = current;
        if (typeToken.Kind != TokenKind.Identifier)
        {
            throw Expected("an object path such as file:name");
        }
        Advance();
        Expect(TokenKind.Colon, $"':' between the object type '{typeToken.Text}' and its property");
        if (PatternRules.ObjectTypeProblem(typeToken.Text!) is { } typeProblem)
        {
            AddError(typeProblem, typeToken.Start);
        }

        var steps = new List<PathStep> { ParseKey(first: true) };
        while (current.Kind is TokenKind.Dot or TokenKind.LeftBracket)
        {
            if (current.Kind == TokenKind.Dot)
            {
                Advance();
                steps.Add(ParseKey(first: false));
                continue;
            }
            Advance();
            var index = current;
            if (index.Kind == TokenKind.Asterisk)
            {
                steps.Add(new IndexStep(null));
            }
            else if (index.Kind == TokenKind.Integer)
            {
                CheckLiteral(index);
                steps.Add(new IndexStep(index.Integer));
            }
            else
            {
                throw Expected("a list index (a whole number or *) inside '[ ]'");
            }
            Advance();
            Expect(TokenKind.RightBracket, "']' after the list index");
        }
        return new ObjectPath(typeToken.Text!, new ValueList<PathStep>(steps));
    }

    private KeyStep ParseKey(bool first)
    {
        var token = current;
        string name;
        if (token.Kind == TokenKind.String)
        {
            CheckLiteral(token);
            name = token.Text!;
        }
        else if (token.Kind == TokenKind.Identifier && !token.Hyphenated)
        {
            name = token.Text!;
        }
        else if (token.Kind == TokenKind.Identifier)
        {
            throw Fail($"a property name with a hyphen must be quoted: write '{token.Text}' in single quotes");
        }
        else if (token.Text is { } word && PatternLexer.IsReservedWord(word))
        {
            throw Fail($"{word} is a keyword; quote it ('{word}') to use it as a property name");
        }
        else
        {
            throw Expected(first ? "a property name after ':'" : "a property name or quoted key after '.'");
        }
        var problem = first ? PatternRules.PropertyNameProblem(name) : PatternRules.KeyProblem(name);
        if (problem is not null)
        {
            AddError(problem, token.Start);
        }
        Advance();
        return new KeyStep(name);
    }

    /// <summary>A literal that lexed but holds a bad value (date, base64, hex, escape, range) is reported, not fatal.</summary>
    private void CheckLiteral(Token token)
    {
        if (token.Problem is not null)
        {
            AddError($"{KindLabel(token.Kind)} {PatternRules.Shorten(text[token.Start..token.End])} {token.Problem}", token.Start);
        }
    }

    private static string KindLabel(TokenKind kind) => kind switch
    {
        TokenKind.String => "the string",
        TokenKind.Integer => "the integer",
        TokenKind.Float => "the float",
        TokenKind.Timestamp => "the timestamp",
        TokenKind.Binary => "the binary constant",
        TokenKind.Hex => "the hex constant",
        _ => "the constant",
    };

    private static string KindName(ConstantKind kind) => kind switch
    {
        ConstantKind.String => "string",
        ConstantKind.Number => "number",
        ConstantKind.Boolean => "boolean",
        ConstantKind.Timestamp => "timestamp",
        ConstantKind.Binary => "binary constant",
        _ => "hex constant",
    };
}
