using Comity.Exchange.Patterning;
using Comity.Exchange.Stix;

namespace Comity.Exchange.Objects;

/// <summary>What an object must satisfy to be stored.</summary>
internal static class ObjectRules
{
    /// <summary>
    /// The object must be valid STIX 2.1 (every rule of the specification the validator knows, indicator patterns
    /// included) and must be 2.1: earlier versions are not stored. The first few errors make the refusal's message.
    /// </summary>
    public static RejectedObject? Check(IncomingObject incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var version = incoming.VersionMicros is { } micros ? StixVersions.Format(micros) : null;
        var result = StixValidator.Validate(incoming.Element, PatternProblem);
        if (!result.IsValid)
        {
            var shown = result.Errors.Take(3).Select(e => e.Path.Length == 0 ? e.Message : $"{e.Path}: {e.Message}");
            var more = result.Errors.Count > 3 ? $" (and {result.Errors.Count - 3} more)" : "";
            return new(incoming.Id.Length == 0 ? null : incoming.Id, version, string.Join("; ", shown) + more);
        }
        if (incoming.SpecVersion != "2.1")
        {
            return new(incoming.Id, version, $"spec_version '{incoming.SpecVersion}' is not supported; this server stores STIX 2.1.");
        }
        return null;
    }

    /// <summary>The first error of a STIX pattern, with its position; null when the pattern is valid.</summary>
    public static string? PatternProblem(string pattern)
    {
        var parsed = StixPattern.Parse(pattern);
        if (parsed.IsValid)
        {
            return null;
        }
        var error = parsed.Errors[0];
        return $"{error.Message} (line {error.Line}, column {error.Column})";
    }
}
