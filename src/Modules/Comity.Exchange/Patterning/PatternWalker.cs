namespace Comity.Exchange.Patterning;

/// <summary>Read-only traversals of a parsed pattern.</summary>
internal static class PatternWalker
{
    public static IReadOnlyList<EqualityComparison> EqualityComparisons(Pattern pattern)
    {
        var found = new List<EqualityComparison>();
        Visit(pattern.Root, found, subsets: false);
        return found;
    }

    public static IReadOnlyList<EqualityComparison> SubsetComparisons(Pattern pattern)
    {
        var found = new List<EqualityComparison>();
        Visit(pattern.Root, found, subsets: true);
        return found;
    }

    private static void Visit(ObservationExpression expression, List<EqualityComparison> found, bool subsets)
    {
        switch (expression)
        {
            case BracketObservation bracket:
                Visit(bracket.Criteria, found, subsets);
                break;
            case CompoundObservation compound:
                foreach (var operand in compound.Operands)
                {
                    Visit(operand, found, subsets);
                }
                break;
            case QualifiedObservation qualified:
                Visit(qualified.Inner, found, subsets);
                break;
        }
    }

    private static void Visit(ComparisonExpression expression, List<EqualityComparison> found, bool subsets)
    {
        switch (expression)
        {
            case CompoundComparison compound:
                foreach (var operand in compound.Operands)
                {
                    Visit(operand, found, subsets);
                }
                break;
            case PropertyComparison { Operator: ComparisonOperator.IsSubset, Negated: false } subset when subsets:
                found.Add(new EqualityComparison(subset.Path.ObjectType, subset.Path.PropertyText, subset.Value.ValueText));
                break;
            case PropertyComparison { Operator: ComparisonOperator.Equal, Negated: false } equal when !subsets:
                found.Add(new EqualityComparison(equal.Path.ObjectType, equal.Path.PropertyText, equal.Value.ValueText));
                break;
            case SetComparison { Negated: false } set when !subsets:
                var property = set.Path.PropertyText;
                foreach (var value in set.Values)
                {
                    found.Add(new EqualityComparison(set.Path.ObjectType, property, value.ValueText));
                }
                break;
        }
    }
}
