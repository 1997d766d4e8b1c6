namespace Comity.Hygiene.Passwords;

/// <summary>Finds walks of three or more neighbouring keys on each keyboard, counting turns and shifted keys.</summary>
internal static class SpatialMatcher
{
    public static void Find(string password, List<PatternMatch> into)
    {
        for (var g = 0; g < KeyboardGraph.All.Count; g++)
        {
            Walks(password, g, KeyboardGraph.All[g], into);
        }
    }

    private static void Walks(string password, int g, KeyboardGraph graph, List<PatternMatch> into)
    {
        var i = 0;
        while (i < password.Length)
        {
            var j = i;
            var turns = 0;
            var lastDirection = -1;
            var shifted = 0;
            if (graph.TryKey(password[i], out var key, out var isShifted))
            {
                shifted = isShifted ? 1 : 0;
                while (j + 1 < password.Length && graph.TryKey(password[j + 1], out var next, out var nextShifted))
                {
                    var direction = graph.Direction(key, next);
                    if (direction < 0)
                    {
                        break;
                    }
                    if (direction != lastDirection)
                    {
                        turns++;
                        lastDirection = direction;
                    }
                    shifted += nextShifted ? 1 : 0;
                    key = next;
                    j++;
                }
            }
            if (j - i + 1 >= 3)
            {
                into.Add(new PatternMatch(PatternKind.Spatial, i, j, password[i..(j + 1)]) { Graph = g, Turns = turns, Shifted = shifted });
            }
            i = j + 1;
        }
    }
}
