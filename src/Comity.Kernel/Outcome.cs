namespace Comity.Kernel;

/// <summary>How a use case ended, independent of HTTP or Razor Pages.</summary>
public enum OutcomeKind
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>
/// The result of a use-case handler. The API maps it to TypedResults, Razor pages to ModelState,
/// so both share one code path.
/// </summary>
public sealed class Outcome<T>
{
    private Outcome(OutcomeKind kind, T? value, IReadOnlyDictionary<string, string[]> errors)
    {
        Kind = kind;
        Value = value;
        Errors = errors;
    }

    public OutcomeKind Kind { get; }

    public T? Value { get; }

    /// <summary>Field name → messages; the key "" holds messages about the request as a whole.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsOk => Kind == OutcomeKind.Ok;

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, Empty);

    public static Outcome<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(OutcomeKind.Invalid, default, errors);

    public static Outcome<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome<T> NotFound() => new(OutcomeKind.NotFound, default, Empty);

    public static Outcome<T> Conflict(string message) => new(OutcomeKind.Conflict, default, new Dictionary<string, string[]> { [""] = [message] });

    public static Outcome<T> Forbidden() => new(OutcomeKind.Forbidden, default, Empty);

    public static implicit operator Outcome<T>(Validation validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        return Invalid(validation.Errors);
    }

    private static readonly Dictionary<string, string[]> Empty = [];
}
