namespace Comity.Kernel;

/// <summary>Collects field-level messages for a request; field names are the request's JSON property names.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool IsValid => errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Validation Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    /// <summary>Adds <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    public Validation Require(bool condition, string field, string message) => condition ? this : Add(field, message);

    public Validation Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "This field is required.");
        }
        return MaxLength(value, field, maxLength);
    }

    public Validation MaxLength(string? value, string field, int maxLength) =>
        value is not null && value.Length > maxLength ? Add(field, $"Use at most {maxLength} characters.") : this;
}
