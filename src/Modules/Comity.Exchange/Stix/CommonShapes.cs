using System.Text.Json;

namespace Comity.Exchange.Stix;

/// <summary>Rules and shapes shared by many types: the common properties of §3.2 and the data types of §2.</summary>
internal static class CommonShapes
{
    public static readonly PropertyRule Str = new StringRule();
    public static readonly PropertyRule StrList = new ListRule(Str);
    public static readonly PropertyRule Bool = new BooleanRule();
    public static readonly PropertyRule Int = new IntegerRule();
    public static readonly PropertyRule NonNegative = new IntegerRule(0);
    public static readonly PropertyRule Timestamp = new TimestampRule();
    public static readonly PropertyRule Millis = new TimestampRule(minFractionDigits: 3);
    public static readonly PropertyRule Hex = new StringRule(StixFormats.Hex);
    public static readonly PropertyRule Binary = new StringRule(StixFormats.Base64);
    public static readonly PropertyRule Url = new StringRule(StixFormats.Url);
    public static readonly PropertyRule Hashes = new HashesRule();
    public static readonly PropertyRule Dictionary = new DictionaryRule();
    public static readonly PropertyRule Any = new AnyRule();

    /// <summary>Placeholder for properties the validator checks itself (type, id, spec_version, extensions).</summary>
    public static readonly PropertyRule Handled = new HandledRule();

    public static PropertyRule Ref(RefTarget target) => new ReferenceRule(target);

    public static PropertyRule Refs(RefTarget target) => new ListRule(new ReferenceRule(target));

    public static PropertyRule Ref(params string[] types) => new ReferenceRule(RefTarget.Types(types));

    public static PropertyRule Refs(params string[] types) => new ListRule(new ReferenceRule(RefTarget.Types(types)));

    /// <summary>A reference between cyber-observables, which may be a local key inside the deprecated objects container.</summary>
    public static PropertyRule ObsRef(params string[] types) => new ReferenceRule(RefTarget.Types(types), observable: true);

    public static PropertyRule ObsRefs(params string[] types) => new ListRule(new ReferenceRule(RefTarget.Types(types), observable: true));

    public static PropertyRule ObsRefs(RefTarget target) => new ListRule(new ReferenceRule(target, observable: true));

    public static PropertyRule List(PropertyRule item) => new ListRule(item);

    public static PropertyRule Shape(ObjectShape shape) => new ShapeRule(shape);

    public static readonly ObjectShape ExternalReference = new ObjectShape("an external reference")
        .Require("source_name", Str)
        .Optional("description", Str)
        .Optional("url", Url)
        .Optional("hashes", Hashes)
        .Optional("external_id", Str)
        .AtLeastOneOf("description", "url", "external_id")
        .Rule(CheckWellKnownExternalIds);

    public static readonly ObjectShape KillChainPhase = new ObjectShape("a kill chain phase")
        .Require("kill_chain_name", Str)
        .Require("phase_name", Str);

    public static readonly ObjectShape GranularMarking = new ObjectShape("a granular marking")
        .Require("selectors", List(new StringRule(SelectorForm)))
        .Optional("marking_ref", Ref("marking-definition"))
        .Optional("lang", new StringRule(StixFormats.LanguageTag, formatIsWarning: true))
        .Rule(CheckGranularMarking);

    public static readonly PropertyRule ExternalReferences = List(Shape(ExternalReference));
    public static readonly PropertyRule KillChainPhases = List(Shape(KillChainPhase));
    public static readonly PropertyRule GranularMarkings = List(Shape(GranularMarking));

    /// <summary>Common properties of domain, relationship and meta objects (§3.2).</summary>
    public static ObjectShape Core(string type) => new ObjectShape(StixTypes.WithArticle(type))
        .Require("type", Handled)
        .Require("spec_version", Handled)
        .Require("id", Handled)
        .Require("created", Millis)
        .Require("modified", Millis)
        .Optional("created_by_ref", Ref("identity"))
        .Optional("revoked", Bool)
        .Optional("labels", StrList)
        .Optional("confidence", new IntegerRule(0, 100))
        .Optional("lang", new StringRule(StixFormats.LanguageTag, formatIsWarning: true))
        .Optional("external_references", ExternalReferences)
        .Optional("object_marking_refs", Refs("marking-definition"))
        .Optional("granular_markings", GranularMarkings)
        .Optional("extensions", Handled);

    /// <summary>Common properties of cyber-observable objects (§3.2, §6).</summary>
    public static ObjectShape ObservableCore(string type) => new ObjectShape(StixTypes.WithArticle(type))
        .Require("type", Handled)
        .Optional("spec_version", Handled)
        .Require("id", Handled)
        .Optional("object_marking_refs", Refs("marking-definition"))
        .Optional("granular_markings", GranularMarkings)
        .Optional("defanged", Bool)
        .Optional("extensions", Handled);

    /// <summary>Reports <paramref name="later"/> when it is before <paramref name="earlier"/> (or not after it, when strict).</summary>
    public static Action<JsonElement, ValidationContext> Order(string earlier, string later, bool strict = false) => (obj, ctx) =>
    {
        if (TimeOf(obj, earlier) is { } a && TimeOf(obj, later) is { } b && (strict ? b <= a : b < a))
        {
            ctx.ErrorAt(later, strict ? $"must be later than {earlier}" : $"must not be earlier than {earlier}");
        }
    };

    public static DateTimeOffset? TimeOf(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        Span<char> buffer = stackalloc char[48];
        var length = JsonText.Value(v, buffer);
        var ok = length >= 0
            ? StixTimestamp.TryParse(buffer[..length], out var t, out _)
            : StixTimestamp.TryParse(v.GetString()!, out t, out _);
        return ok ? t : null;
    }

    public static bool Has(JsonElement obj, string name) => obj.TryGetProperty(name, out _);

    private static string? SelectorForm(string selector)
    {
        if (selector == "id")
        {
            return null;
        }
        foreach (var step in selector.Split('.'))
        {
            var ok = step.Length is >= 1 and <= 250 && (IsIndex(step) || step.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-'));
            if (!ok)
            {
                return $"must be a selector such as description or external_references.[0].url, not {ValidationContext.Quote(selector)}";
            }
        }
        return null;
    }

    private static bool IsIndex(string step) => step.Length >= 3 && step[0] == '[' && step[^1] == ']' && step[1..^1].All(char.IsAsciiDigit);

    private static void CheckGranularMarking(JsonElement marking, ValidationContext ctx)
    {
        var hasRef = Has(marking, "marking_ref");
        var hasLang = Has(marking, "lang");
        if (hasRef == hasLang)
        {
            ctx.Error(hasRef
                ? "must have either marking_ref or lang, not both"
                : "must have either marking_ref or lang");
        }
        if (!marking.TryGetProperty("selectors", out var selectors) || selectors.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        var i = 0;
        foreach (var s in selectors.EnumerateArray())
        {
            if (s.ValueKind == JsonValueKind.String && SelectorForm(s.GetString()!) is null && !Resolves(ctx.Root, s.GetString()!))
            {
                ctx.Push("selectors");
                ctx.Push(i);
                ctx.Error($"selects {ValidationContext.Quote(s.GetString()!)}, which is not present in the object");
                ctx.Pop();
                ctx.Pop();
            }
            i++;
        }
    }

    /// <summary>Follows a selector (§7.2.3.1: property names and list indexes joined by dots) through the object.</summary>
    private static bool Resolves(JsonElement root, string selector)
    {
        var current = root;
        foreach (var step in selector.Split('.'))
        {
            if (IsIndex(step))
            {
                if (current.ValueKind != JsonValueKind.Array || !int.TryParse(step.AsSpan(1, step.Length - 2), out var index)
                    || index >= current.GetArrayLength())
                {
                    return false;
                }
                current = current[index];
            }
            else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step, out current))
            {
                return false;
            }
        }
        return true;
    }

    private static void CheckWellKnownExternalIds(JsonElement reference, ValidationContext ctx)
    {
        if (!reference.TryGetProperty("source_name", out var source) || source.ValueKind != JsonValueKind.String)
        {
            return;
        }
        var name = source.GetString();
        if (name is not ("cve" or "capec"))
        {
            return;
        }
        var id = reference.TryGetProperty("external_id", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : null;
        var ok = name == "cve" ? IsCve(id) : id is not null && id.StartsWith("CAPEC-", StringComparison.Ordinal) && id.Length > 6 && id[6..].All(char.IsAsciiDigit);
        if (!ok)
        {
            ctx.WarnAt("external_id", name == "cve"
                ? "should be a CVE id such as CVE-2024-12345 when source_name is cve"
                : "should be a CAPEC id such as CAPEC-163 when source_name is capec");
        }
    }

    private static bool IsCve(string? id) =>
        id is not null && id.Length >= 13 && id.StartsWith("CVE-", StringComparison.Ordinal) && id[8] == '-'
        && id.AsSpan(4, 4).ContainsAnyExceptInRange('0', '9') is false && id[9..].All(char.IsAsciiDigit);

    private sealed class HandledRule : PropertyRule
    {
        public override void Check(JsonElement value, ValidationContext ctx)
        {
        }
    }
}
