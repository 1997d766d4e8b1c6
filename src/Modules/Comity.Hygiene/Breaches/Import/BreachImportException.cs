namespace Comity.Hygiene.Breaches.Import;

/// <summary>The input cannot be imported; names the file and 1-based line. The store is left as it was.</summary>
public sealed class BreachImportException : Exception
{
    public BreachImportException(string file, long line, string problem)
        : base(line > 0 ? $"{file}, line {line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public BreachImportException()
    {
        File = Problem = "";
    }

    public BreachImportException(string message)
        : base(message)
    {
        File = Problem = "";
    }

    public BreachImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = Problem = "";
    }

    public string File { get; }

    /// <summary>1-based line number, or 0 when the problem is with the file as a whole.</summary>
    public long Line { get; }

    public string Problem { get; }
}
