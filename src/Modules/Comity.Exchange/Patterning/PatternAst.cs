namespace Comity.Exchange.Patterning;

/// <summary>
/// A parsed STIX 2.1 pattern. Records compare by value and <see cref="ToString"/> prints the canonical form,
/// which parses back to an equal tree.
/// </summary>
internal sealed record Pattern(ObservationExpression Root)
{
    /// <summary>
    /// Every non-negated <c>=</c> comparison and every value of a non-negated <c>IN</c> set, anywhere in the pattern,
    /// as candidates for an exact-value lookup index. Constants other than strings appear in their canonical text.
    /// </summary>
    public IReadOnlyList<EqualityComparison> EqualityComparisons() => PatternWalker.EqualityComparisons(this);

    /// <summary>Every non-negated <c>ISSUBSET</c> comparison (an address inside a CIDR range), for the lookup index's range entries.</summary>
    public IReadOnlyList<EqualityComparison> SubsetComparisons() => PatternWalker.SubsetComparisons(this);

    public override string ToString() => PatternPrinter.Print(Root);
}

/// <summary>One candidate for the indicator lookup index: <c>[ObjectType:Path = 'Value']</c>.</summary>
internal sealed record EqualityComparison(string ObjectType, string Path, string Value);

/// <summary>Binary operators between observation expressions, from the loosest binding to the tightest.</summary>
internal enum ObservationOperator
{
    FollowedBy,
    Or,
    And,
}

/// <summary>Boolean operators between comparison expressions inside one pair of brackets; AND binds tighter.</summary>
internal enum BooleanOperator
{
    Or,
    And,
}

/// <summary>Operators of a <see cref="PropertyComparison"/>; IN and EXISTS have records of their own.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Like,
    Matches,
    IsSubset,
    IsSuperset,
}

/// <summary>An observation expression: a bracketed comparison, a combination of observations, or a qualified one.</summary>
internal abstract record ObservationExpression
{
    public abstract override string ToString();
}

/// <summary><c>[ comparison ]</c>: conditions that one observation must meet.</summary>
internal sealed record BracketObservation(ComparisonExpression Criteria) : ObservationExpression
{
    public override string ToString() => PatternPrinter.Print(this);
}

/// <summary>Two or more observation expressions joined by one operator; parentheses in the text become nesting.</summary>
internal sealed record CompoundObservation(ObservationOperator Operator, ValueList<ObservationExpression> Operands) : ObservationExpression
{
    public override string ToString() => PatternPrinter.Print(this);
}

/// <summary>An observation expression followed by one or more qualifiers, in the order written.</summary>
internal sealed record QualifiedObservation(ObservationExpression Inner, ValueList<Qualifier> Qualifiers) : ObservationExpression
{
    public override string ToString() => PatternPrinter.Print(this);
}

/// <summary>A restriction on the observations that may match the expression it follows.</summary>
internal abstract record Qualifier
{
    public abstract override string ToString();
}

/// <summary><c>WITHIN n SECONDS</c>; the grammar allows an integer or a float.</summary>
internal sealed record WithinQualifier(NumericConstant Seconds) : Qualifier
{
    public override string ToString() => $"WITHIN {Seconds} SECONDS";
}

/// <summary><c>REPEATS n TIMES</c>, n at least 1.</summary>
internal sealed record RepeatsQualifier(long Times) : Qualifier
{
    public override string ToString() => $"REPEATS {Times.ToString(System.Globalization.CultureInfo.InvariantCulture)} TIMES";
}

/// <summary><c>START t'…' STOP t'…'</c>, START strictly earlier.</summary>
internal sealed record StartStopQualifier(TimestampConstant Start, TimestampConstant Stop) : Qualifier
{
    public override string ToString() => $"START {Start} STOP {Stop}";
}

/// <summary>A comparison expression inside brackets.</summary>
internal abstract record ComparisonExpression
{
    public abstract override string ToString();
}

/// <summary>Two or more comparisons joined by one boolean operator; parentheses in the text become nesting.</summary>
internal sealed record CompoundComparison(BooleanOperator Operator, ValueList<ComparisonExpression> Operands) : ComparisonExpression
{
    public override string ToString() => PatternPrinter.Print(this);
}

/// <summary><c>path [NOT] op constant</c> for every operator except IN and EXISTS.</summary>
internal sealed record PropertyComparison(ObjectPath Path, ComparisonOperator Operator, bool Negated, Constant Value) : ComparisonExpression
{
    public override string ToString() => PatternPrinter.Print(this);
}

/// <summary><c>path [NOT] IN (constants)</c>.</summary>
internal sealed record SetComparison(ObjectPath Path, bool Negated, ValueList<Constant> Values) : ComparisonExpression
{
    public override string ToString() => PatternPrinter.Print(this);
}

/// <summary><c>[NOT] EXISTS path</c> (new in STIX 2.1).</summary>
internal sealed record ExistsComparison(ObjectPath Path, bool Negated) : ComparisonExpression
{
    public override string ToString() => PatternPrinter.Print(this);
}

/// <summary>
/// <c>object-type:property(.key | [index] | [*])*</c>. The first step is always a <see cref="KeyStep"/>.
/// </summary>
internal sealed record ObjectPath(string ObjectType, ValueList<PathStep> Steps)
{
    /// <summary>The path after the colon in canonical form, e.g. <c>hashes.'SHA-256'</c> or <c>values[*].name</c>.</summary>
    public string PropertyText => PatternPrinter.PropertyText(Steps);

    public override string ToString() => ObjectType + ":" + PropertyText;
}

/// <summary>One step of an object path after the object type.</summary>
internal abstract record PathStep;

/// <summary>A property name or dictionary key; quoted on output only when the bare form would not lex as one identifier.</summary>
internal sealed record KeyStep(string Name) : PathStep;

/// <summary><c>[n]</c>, or <c>[*]</c> when <see cref="Index"/> is null.</summary>
internal sealed record IndexStep(long? Index) : PathStep;
