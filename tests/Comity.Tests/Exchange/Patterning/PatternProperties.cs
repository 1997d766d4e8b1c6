using System.Globalization;
using Comity.Exchange.Patterning;
using CsCheck;

namespace Comity.Tests.Exchange.Patterning;

/// <summary>
/// Random valid trees survive printing and parsing unchanged; random and mangled text never makes the parser throw.
/// </summary>
public sealed class PatternProperties
{
    private static readonly Gen<string> ObjectTypes =
        Gen.OneOf("file", "ipv4-addr", "domain-name", "x-usb-device", "network-traffic", "win-registry-key", "abc", "x509-certificate");

    // No generated name is a known timestamp property or hash algorithm, so every generated value is acceptable.
    private static readonly Gen<string> FirstKeys = Gen.Frequency(
        (4, Gen.OneOf("value", "name", "size", "hashes", "extensions", "src_ref", "AND", "true", "_x", "Key_9", "IN", "NOT")),
        (1, Gen.Char["abcXYZ019_"].Array[1, 6].Select(s => "k" + new string(s))));

    private static readonly Gen<string> LaterKeys = Gen.Frequency(
        (3, FirstKeys),
        (1, Gen.OneOf("x-sha-256", "windows-pebinary-ext", "X-Mailer", "-", "9lives")));

    private static readonly Gen<PathStep> LaterSteps = Gen.Frequency(
        (3, LaterKeys.Select(k => (PathStep)new KeyStep(k))),
        (1, Gen.Long[-3, 40].Select(i => (PathStep)new IndexStep(i))),
        (1, Gen.Const((PathStep)new IndexStep(null))));

    private static readonly Gen<ObjectPath> Paths =
        Gen.Select(ObjectTypes, FirstKeys, LaterSteps.Array[0, 3], (type, first, rest) =>
            new ObjectPath(type, new ValueList<PathStep>([new KeyStep(first), .. rest])));

    private static readonly Gen<string> Texts = Gen.Frequency(
        (3, Gen.Char["ab'\\ %_.\n"].Array[0, 8].Select(c => new string(c))),
        (1, Gen.String));

    private static readonly Gen<TimestampConstant> TimestampConstants =
        Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 86_399], Gen.Char["0123456789"].Array[0, 9].Select(c => new string(c)),
            (year, month, day, second, fraction) =>
            {
                var date = new DateTime(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)), 0, 0, 0, DateTimeKind.Utc).AddSeconds(second);
                var text = date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (fraction.Length > 0 ? "." + fraction : string.Empty) + "Z";
                return new TimestampConstant(text);
            });

    private static readonly Gen<Constant> NonBooleanConstants = Gen.OneOf<Constant>(
        Texts.Select(s => (Constant)new StringConstant(s)),
        Gen.Long.Select(i => (Constant)new IntegerConstant(i)),
        Gen.Double.Where(double.IsFinite).Select(d => (Constant)new FloatConstant(d)),
        TimestampConstants.Select(t => (Constant)t),
        Gen.Byte.Array[1, 6].Select(b => (Constant)new BinaryConstant(Convert.ToBase64String(b))),
        Gen.Byte.Array[0, 4].Select(b => (Constant)new HexConstant(Convert.ToHexStringLower(b))));

    private static readonly Gen<Constant> Constants = Gen.Frequency(
        (8, NonBooleanConstants),
        (1, Gen.Bool.Select(b => (Constant)new BooleanConstant(b))));

    private static readonly Gen<ComparisonExpression> Comparisons = Gen.OneOf(
        Gen.Select(Paths, Gen.Bool, Gen.OneOf(ComparisonOperator.Equal, ComparisonOperator.NotEqual), Constants,
            (path, not, op, value) => (ComparisonExpression)new PropertyComparison(path, op, not, value)),
        Gen.Select(Paths, Gen.Bool, Gen.OneOf(ComparisonOperator.Less, ComparisonOperator.LessOrEqual, ComparisonOperator.Greater, ComparisonOperator.GreaterOrEqual), NonBooleanConstants,
            (path, not, op, value) => (ComparisonExpression)new PropertyComparison(path, op, not, value)),
        Gen.Select(Paths, Gen.Bool, Texts, (path, not, text) => (ComparisonExpression)new PropertyComparison(path, ComparisonOperator.Like, not, new StringConstant(text))),
        Gen.Select(Paths, Gen.Bool, Gen.OneOf("^a.+\\.exe$", "x", "[0-9]{2,}", "\\\\server\\\\share", "(?i)evil"),
            (path, not, regex) => (ComparisonExpression)new PropertyComparison(path, ComparisonOperator.Matches, not, new StringConstant(regex))),
        Gen.Select(Paths, Gen.Bool, Gen.OneOf(ComparisonOperator.IsSubset, ComparisonOperator.IsSuperset), Gen.OneOf("10.0.0.0/8", "198.51.100.7/32", "2001:db8::/32", "::/0"),
            (path, not, op, cidr) => (ComparisonExpression)new PropertyComparison(path, op, not, new StringConstant(cidr))),
        Gen.Select(Paths, Gen.Bool, Constants.SelectMany(first => Constants.Where(c => c.Kind == first.Kind).Array[0, 3].Select(rest => (Constant[])[first, .. rest])),
            (path, not, values) => (ComparisonExpression)new SetComparison(path, not, new ValueList<Constant>(values))),
        Gen.Select(Paths, Gen.Bool, (path, not) => (ComparisonExpression)new ExistsComparison(path, not)));

    private static readonly Gen<Qualifier> Qualifiers = Gen.OneOf<Qualifier>(
        Gen.Long[1, long.MaxValue].Select(n => (Qualifier)new WithinQualifier(new IntegerConstant(n))),
        Gen.Double[0.001, 1e9].Select(d => (Qualifier)new WithinQualifier(new FloatConstant(d))),
        Gen.Long[1, long.MaxValue].Select(n => (Qualifier)new RepeatsQualifier(n)),
        Gen.Select(TimestampConstants, TimestampConstants, (a, b) => (a, b))
            .Where(p => Timestamps.Compare(p.a.Text, p.b.Text) != 0)
            .Select(p => (Qualifier)(Timestamps.Compare(p.a.Text, p.b.Text) < 0 ? new StartStopQualifier(p.a, p.b) : new StartStopQualifier(p.b, p.a))));

    /// <summary>One to three qualifiers of distinct kinds.</summary>
    private static readonly Gen<ValueList<Qualifier>> QualifierLists =
        Qualifiers.Array[1, 3].Select(q => new ValueList<Qualifier>(q.DistinctBy(x => x.GetType())));

    private static readonly Gen<Pattern> Patterns = Observations(3).Select(o => new Pattern(o));

    private static Gen<ComparisonExpression> Criteria(int depth) => depth == 0
        ? Comparisons
        : Gen.Frequency(
            (2, Comparisons),
            (1, Gen.Select(Gen.OneOf(BooleanOperator.And, BooleanOperator.Or), Criteria(depth - 1).Array[2, 3],
                (op, operands) => (ComparisonExpression)new CompoundComparison(op, new ValueList<ComparisonExpression>(operands)))));

    private static Gen<ObservationExpression> Observations(int depth)
    {
        var bracket = Criteria(2).Select(c => (ObservationExpression)new BracketObservation(c));
        if (depth == 0)
        {
            return bracket;
        }
        var inner = Observations(depth - 1);
        return Gen.Frequency(
            (3, bracket),
            (2, Gen.Select(Gen.OneOf(ObservationOperator.And, ObservationOperator.Or, ObservationOperator.FollowedBy), inner.Array[2, 3],
                (op, operands) => (ObservationExpression)new CompoundObservation(op, new ValueList<ObservationExpression>(operands)))),
            (1, Gen.Select(inner, QualifierLists, (o, q) => (ObservationExpression)new QualifiedObservation(o, q))));
    }

    [Fact]
    public void Printing_any_valid_tree_and_parsing_the_text_gives_the_same_tree()
    {
        Patterns.Sample(pattern =>
        {
            var text = pattern.ToString();
            var result = StixPattern.Parse(text);
            Assert.True(result.IsValid, text + " -> " + string.Join("; ", result.Errors));
            Assert.Equal(pattern, result.Pattern);
        }, iter: 1_500, print: p => p.ToString());
    }

    [Fact]
    public void Arbitrary_strings_never_make_the_parser_throw()
    {
        Gen.String.Sample(text => Check(text), iter: 10_000);
    }

    /// <summary>Text made of the grammar's own pieces reaches far deeper into the parser than random characters.</summary>
    [Fact]
    public void Strings_of_grammar_fragments_never_make_the_parser_throw()
    {
        var fragments = Gen.OneOf(
            "[", "]", "(", ")", " ", "file", ":", "name", ".", "'x'", "'", "\\", "=", "!=", "<", ">=", "<>", "IN", "NOT", "EXISTS",
            "LIKE", "MATCHES", "ISSUBSET", "'10.0.0.0/8'", "AND", "OR", "FOLLOWEDBY", "WITHIN", "5", "-1", "0.5", "SECONDS", "REPEATS",
            "TIMES", "START", "STOP", "t'2016-01-01T00:00:00Z'", "t'", "b'AA=='", "h'0f'", "h'", "true", "*", ",", "/*", "*/", "//", "\n",
            "'(?<'", "[*]", "[0]", "x-y", "--", "é", "\u2028");
        fragments.Array[0, 40].Select(parts => string.Concat(parts)).Sample(text => Check(text), iter: 10_000);
    }

    [Fact]
    public void Valid_patterns_with_one_character_changed_never_make_the_parser_throw()
    {
        Gen.Select(Patterns, Gen.Int[0, 10_000], Gen.Char, Gen.Int[0, 2], (pattern, at, c, edit) =>
        {
            var text = pattern.ToString();
            var i = at % (text.Length + 1);
            return edit switch
            {
                0 => text.Insert(i, c.ToString()),
                1 when i < text.Length => text.Remove(i, 1),
                _ when i < text.Length => text[..i] + c + text[(i + 1)..],
                _ => text + c,
            };
        }).Sample(text => Check(text), iter: 2_000);
    }

    private static void Check(string text)
    {
        var result = StixPattern.Parse(text);
        if (result.IsValid)
        {
            Assert.Empty(result.Errors);
            Assert.Equal(result.Pattern, StixPattern.Parse(result.Pattern!.ToString()).Pattern);
            return;
        }
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.InRange(e.Offset, 0, text.Length));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

}
