using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Comity.Kernel;

public static class ModelStateOutcomes
{
    /// <summary>Copies an outcome's field errors into ModelState, naming fields as the form does (Prefix.FieldName).</summary>
    public static void AddOutcomeErrors<T>(this ModelStateDictionary modelState, Outcome<T> outcome, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(outcome);
        foreach (var (field, messages) in outcome.Errors)
        {
            var key = field.Length == 0 ? "" : FormName(prefix, field);
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }

    private static string FormName(string prefix, string field)
    {
        var pascal = char.ToUpper(field[0], CultureInfo.InvariantCulture) + field[1..];
        return prefix.Length == 0 ? pascal : $"{prefix}.{pascal}";
    }
}
