using System.Globalization;
using System.Text;

namespace Comity.Exchange.Stix;

/// <summary>
/// Collects problems while walking one object. Paths are kept as a stack of segments and only turned into text when a
/// problem is reported, so a valid object costs no path strings.
/// </summary>
internal sealed class ValidationContext(Func<string, string?>? checkStixPattern)
{
    private readonly List<(string? Name, int Index)> path = [];
    private List<StixProblem>? errors;
    private List<StixProblem>? warnings;

    public Func<string, string?>? CheckStixPattern { get; } = checkStixPattern;

    /// <summary>Inside the deprecated observed-data <c>objects</c> container: local key → type of the object there.</summary>
    public IReadOnlyDictionary<string, string>? Container { get; set; }

    /// <summary>The type of the top-level object being validated.</summary>
    public string ObjectType { get; set; } = "";

    /// <summary>The family of the object being validated, for rules on custom properties.</summary>
    public StixKind ObjectKind { get; set; }

    /// <summary>The object being validated, against which granular-marking selectors are resolved.</summary>
    public System.Text.Json.JsonElement Root { get; set; }

    public bool HasErrors => errors is { Count: > 0 };

    public void Push(string name) => path.Add((name, 0));

    public void Push(int index) => path.Add((null, index));

    public void Pop() => path.RemoveAt(path.Count - 1);

    /// <summary>The current position as text, e.g. <c>external_references[0].source_name</c>.</summary>
    public string Here
    {
        get
        {
            if (path.Count == 0)
            {
                return "";
            }
            var sb = new StringBuilder();
            foreach (var (name, index) in path)
            {
                if (name is null)
                {
                    sb.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else if (IsPlainName(name))
                {
                    if (sb.Length > 0)
                    {
                        sb.Append('.');
                    }
                    sb.Append(name);
                }
                else
                {
                    sb.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                }
            }
            return sb.ToString();
        }
    }

    /// <summary>Reports an error whose message begins with the current path ("created_by_ref must …").</summary>
    public void Error(string rest) => (errors ??= []).Add(new StixProblem(Here, Sentence(rest)));

    public void Warn(string rest) => (warnings ??= []).Add(new StixProblem(Here, Sentence(rest)));

    /// <summary>Reports an error at a child of the current position.</summary>
    public void ErrorAt(string child, string rest)
    {
        Push(child);
        Error(rest);
        Pop();
    }

    public void WarnAt(string child, string rest)
    {
        Push(child);
        Warn(rest);
        Pop();
    }

    /// <summary>Reports an error at the current position with a message that does not start with the path.</summary>
    public void ErrorPlain(string message) => (errors ??= []).Add(new StixProblem(Here, message));

    public void WarnPlain(string message) => (warnings ??= []).Add(new StixProblem(Here, message));

    public StixValidation Result() =>
        new((IReadOnlyList<StixProblem>?)errors ?? [], (IReadOnlyList<StixProblem>?)warnings ?? []);

    private string Sentence(string rest)
    {
        var here = Here;
        var subject = here.Length == 0 ? "The object" : here;
        return subject + " " + rest + (rest.EndsWith('.') ? "" : ".");
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Quotes a value for a message, shortening long ones.</summary>
    public static string Quote(string value) =>
        value.Length <= 80 ? "'" + value + "'" : "'" + value[..77] + "…'";
}
