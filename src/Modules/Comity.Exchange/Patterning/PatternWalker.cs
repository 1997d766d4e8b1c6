namespace Comity.Exchange.Patterning;

/// <summary>Read-only traversals of a parsed pattern.</summary>
internal static class PatternWalker
{
    public static IReadOnlyList<EqualityComparison> EqualityComparisons(Pattern pattern)
    {
        var found = new List<EqualityComparison>();
        Visit(pattern.Root, found);
        return found;
    }

    private static void Visit(ObservationExpression expression, List<EqualityComparison> found)
    {
        switch (expression)
        {
            case BracketObservation bracket:
                Visit(bracket.Criteria, found);
                break;
            case CompoundObservation compound:
                foreach (var operand in compound.Operands)
                {
                    Visit(operand, found);
                }
                break;
            case QualifiedObservation qualified:
                Visit(qualified.Inner, found);
                break;
        }
    }

    private static void Visit(ComparisonExpression expression, List<EqualityComparison> found)
    {
        switch (expression)
        {
            case CompoundComparison compound:
                foreach (var operand in compound.Operands)
                {
                    Visit(operand, found);
                }
                break;
            case PropertyComparison { Operator: ComparisonOperator.Equal, Negated: false } equal:
                found.Add(new EqualityComparison(equal.Path.ObjectType, equal.Path.PropertyText, equal.Value.ValueText));
                break;
            case SetComparison { Negated: false } set:
                var property = set.Path.PropertyText;
                foreach (var value in set.Values)
                {
                    found.Add(new EqualityComparison(set.Path.ObjectType, property, value.ValueText));
                }
                break;
        }
    }
}
