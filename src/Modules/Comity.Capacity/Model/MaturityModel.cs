using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Comity.Kernel;

namespace Comity.Capacity.Model;

/// <summary>The five ordinal stages of capacity; a factor is at the highest stage whose indicators, and all below, are met.</summary>
public enum Stage
{
    StartUp = 1,
    Formative = 2,
    Established = 3,
    Strategic = 4,
    Dynamic = 5,
}

/// <summary>Text in several languages; English ("en") is required and is the fallback.</summary>
public sealed class LocalText : Dictionary<string, string>
{
    public LocalText()
        : base(StringComparer.Ordinal)
    {
    }

    public string In(string culture) =>
        TryGetValue(culture, out var text) || TryGetValue(culture.Split('-')[0], out text) ? text : this.GetValueOrDefault("en", "");
}

public sealed record DimensionDef(string Code, LocalText Name, List<FactorDef> Factors);

/// <summary>A factor: where the stage is measured. Skills are roster skill codes an expert would bring to close its gaps.</summary>
public sealed record FactorDef(string Code, LocalText Name, List<string> Skills, List<AspectDef> Aspects, List<IndicatorDef> Indicators);

/// <summary>An optional cluster of indicators inside a factor, for readability.</summary>
public sealed record AspectDef(string Code, LocalText Name);

/// <summary>An evidence statement that holds at one stage of a factor.</summary>
public sealed record IndicatorDef(string Code, Stage Stage, LocalText Text, string? Aspect = null, string? EvidenceHint = null);

/// <summary>The content of one model version: dimensions → factors → (aspects) → indicators.</summary>
public sealed record ModelContent(List<DimensionDef> Dimensions)
{
    /// <summary>
    /// How versions are stored, exported and edited: text outside ASCII is written as itself, not as \u escapes, so the stored
    /// model stays a third of the size and administrators read Arabic, Chinese or Russian in the editor. Characters that matter
    /// in HTML are still escaped.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public IEnumerable<FactorDef> Factors => Dimensions.SelectMany(d => d.Factors);

    public IEnumerable<IndicatorDef> Indicators => Factors.SelectMany(f => f.Indicators);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ModelContent FromJson(string json) => JsonSerializer.Deserialize<ModelContent>(json, Json)
        ?? throw new InvalidOperationException("A stored model version is empty.");
}

/// <summary>The rules every model version must satisfy before it is saved.</summary>
public static partial class ModelRules
{
    public const int MaxDimensions = 8;
    public const int MaxFactorsPerDimension = 12;
    public const int MaxIndicatorsPerFactor = 60;
    public const int NameMax = 200;
    public const int TextMax = 600;
    public const int HintMax = 300;
    public const int MaxJsonChars = 1_000_000;

    public static readonly IReadOnlyList<string> Cultures = ["en", "ar", "zh", "fr", "ru", "es"];

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,39}$")]
    private static partial Regex CodePattern();

    public static Validation Validate(ModelContent? content, IReadOnlyDictionary<string, string> knownSkills)
    {
        ArgumentNullException.ThrowIfNull(knownSkills);
        var v = new Validation();
        if (content?.Dimensions is not { Count: > 0 and <= MaxDimensions } dimensions)
        {
            return v.Add("dimensions", $"A model has one to {MaxDimensions} dimensions.");
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in dimensions)
        {
            var at = $"dimensions[{d?.Code}]";
            if (d is null || !Code(v, codes, d.Code, at) || !Text(v, d.Name, at + ".name", NameMax))
            {
                continue;
            }
            if (d.Factors is not { Count: > 0 and <= MaxFactorsPerDimension })
            {
                v.Add(at, $"A dimension has one to {MaxFactorsPerDimension} factors.");
                continue;
            }
            foreach (var f in d.Factors)
            {
                Factor(v, codes, f, knownSkills);
            }
        }
        return v;
    }

    private static void Factor(Validation v, HashSet<string> codes, FactorDef? f, IReadOnlyDictionary<string, string> knownSkills)
    {
        var at = $"factors[{f?.Code}]";
        if (f is null || !Code(v, codes, f.Code, at) || !Text(v, f.Name, at + ".name", NameMax))
        {
            return;
        }
        foreach (var skill in f.Skills ?? [])
        {
            v.Require(knownSkills.ContainsKey(skill), at + ".skills", $"'{skill}' is not an active roster skill.");
        }
        v.Require((f.Skills?.Count ?? 0) <= 15, at + ".skills", "A factor maps to at most fifteen skills.");
        var aspects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in f.Aspects ?? [])
        {
            if (a is not null && Code(v, codes, a.Code, at + ".aspects"))
            {
                aspects.Add(a.Code);
                Text(v, a.Name, $"aspects[{a.Code}].name", NameMax);
            }
        }
        if (f.Indicators is not { Count: > 0 and <= MaxIndicatorsPerFactor })
        {
            v.Add(at + ".indicators", $"A factor has one to {MaxIndicatorsPerFactor} indicators.");
            return;
        }
        foreach (var i in f.Indicators)
        {
            var iat = $"indicators[{i?.Code}]";
            if (i is null || !Code(v, codes, i.Code, iat))
            {
                continue;
            }
            v.Require(Enum.IsDefined(i.Stage), iat + ".stage", "Stages are StartUp, Formative, Established, Strategic and Dynamic.")
                .Require(i.Aspect is null || aspects.Contains(i.Aspect), iat + ".aspect", $"The factor has no aspect '{i.Aspect}'.")
                .MaxLength(i.EvidenceHint, iat + ".evidenceHint", HintMax);
            Text(v, i.Text, iat + ".text", TextMax);
        }
        // Without an indicator at every stage a stage could be reached by meeting nothing.
        var missing = Enum.GetValues<Stage>().Where(s => f.Indicators.All(i => i?.Stage != s)).ToList();
        v.Require(missing.Count == 0, at + ".indicators", $"Every stage needs at least one indicator; missing: {string.Join(", ", missing)}.");
    }

    private static bool Code(Validation v, HashSet<string> codes, string? code, string at)
    {
        if (code is null || !CodePattern().IsMatch(code))
        {
            v.Add(at + ".code", "Codes are 1 to 40 lower-case letters, digits, dots or hyphens.");
            return false;
        }
        if (!codes.Add(code))
        {
            v.Add(at + ".code", $"The code '{code}' is used twice.");
            return false;
        }
        return true;
    }

    private static bool Text(Validation v, LocalText? text, string at, int max)
    {
        if (text is null || string.IsNullOrWhiteSpace(text.GetValueOrDefault("en")))
        {
            v.Add(at, "The English text is required.");
            return false;
        }
        foreach (var (culture, value) in text)
        {
            v.Require(Cultures.Contains(culture), at, $"'{culture}' is not one of the languages: {string.Join(", ", Cultures)}.")
                .Require(!string.IsNullOrWhiteSpace(value) && value.Length <= max, at, $"Each translation has 1 to {max} characters.");
        }
        return true;
    }
}
