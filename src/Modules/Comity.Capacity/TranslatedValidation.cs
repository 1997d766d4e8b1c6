using Comity.Kernel;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity;

/// <summary>The kernel's required and length checks, with their messages in the reader's language from the Capacity texts.</summary>
internal static class TranslatedValidation
{
    public static Validation Required(this Validation validation, string? value, string field, int maxLength, IStringLocalizer t) =>
        string.IsNullOrWhiteSpace(value) ? validation.Add(field, t["This field is required."]) : validation.MaxLength(value, field, maxLength, t);

    public static Validation MaxLength(this Validation validation, string? value, string field, int maxLength, IStringLocalizer t) =>
        validation.Require(value is null || value.Length <= maxLength, field, t["Use at most {0} characters.", maxLength]);
}
