using System.Text.Json;
using static Comity.Exchange.Stix.CommonShapes;
using V = Comity.Exchange.Stix.StixVocabularies;

namespace Comity.Exchange.Stix;

/// <summary>The 19 domain objects (§4) and the two relationship objects (§5).</summary>
internal static class DomainObjectSpecs
{
    public static IEnumerable<TypeSpec> All()
    {
        yield return Sdo("attack-pattern", s => s
            .Require("name", Str).Optional("description", Str).Optional("aliases", StrList)
            .Optional("kill_chain_phases", KillChainPhases));

        yield return Sdo("campaign", s => s
            .Require("name", Str).Optional("description", Str).Optional("aliases", StrList)
            .Optional("first_seen", Timestamp).Optional("last_seen", Timestamp).Optional("objective", Str)
            .Rule(Order("first_seen", "last_seen")));

        yield return Sdo("course-of-action", s => s
            .Require("name", Str).Optional("description", Str));

        yield return Sdo("grouping", s => s
            .Optional("name", Str).Optional("description", Str)
            .Require("context", V.GroupingContext)
            .Require("object_refs", Refs(RefTarget.Any)));

        yield return Sdo("identity", s => s
            .Require("name", Str).Optional("description", Str).Optional("roles", StrList)
            .Optional("identity_class", V.IdentityClass).Optional("sectors", List(V.IndustrySector))
            .Optional("contact_information", Str));

        yield return Sdo("incident", s => s
            .Require("name", Str).Optional("description", Str).Optional("kill_chain_phases", KillChainPhases));

        yield return Sdo("indicator", s => s
            .Optional("name", Str).Optional("description", Str)
            .Optional("indicator_types", List(V.IndicatorType))
            .Require("pattern", Str)
            .Require("pattern_type", V.PatternType)
            .Optional("pattern_version", Str)
            .Require("valid_from", Timestamp)
            .Optional("valid_until", Timestamp)
            .Optional("kill_chain_phases", KillChainPhases)
            .Rule(Order("valid_from", "valid_until", strict: true))
            .Rule(CheckPattern));

        yield return Sdo("infrastructure", s => s
            .Require("name", Str).Optional("description", Str)
            .Optional("infrastructure_types", List(V.InfrastructureType)).Optional("aliases", StrList)
            .Optional("kill_chain_phases", KillChainPhases)
            .Optional("first_seen", Timestamp).Optional("last_seen", Timestamp)
            .Rule(Order("first_seen", "last_seen")));

        yield return Sdo("intrusion-set", s => s
            .Require("name", Str).Optional("description", Str).Optional("aliases", StrList)
            .Optional("first_seen", Timestamp).Optional("last_seen", Timestamp)
            .Optional("goals", StrList).Optional("resource_level", V.AttackResourceLevel)
            .Optional("primary_motivation", V.AttackMotivation)
            .Optional("secondary_motivations", List(V.AttackMotivation))
            .Rule(Order("first_seen", "last_seen")));

        yield return Sdo("location", s => s
            .Optional("name", Str).Optional("description", Str)
            .Optional("latitude", new NumberRule(-90, 90)).Optional("longitude", new NumberRule(-180, 180))
            .Optional("precision", new NumberRule(0))
            .Optional("region", V.Region)
            .Optional("country", new StringRule(StixFormats.CountryCode, formatIsWarning: true))
            .Optional("administrative_area", Str).Optional("city", Str).Optional("street_address", Str)
            .Optional("postal_code", Str)
            .Rule(CheckLocation));

        yield return Sdo("malware", s => s
            .Optional("name", Str).Optional("description", Str)
            .Optional("malware_types", List(V.MalwareType))
            .Require("is_family", Bool)
            .Optional("aliases", StrList).Optional("kill_chain_phases", KillChainPhases)
            .Optional("first_seen", Timestamp).Optional("last_seen", Timestamp)
            .Optional("operating_system_refs", Refs("software"))
            .Optional("architecture_execution_envs", List(V.ProcessorArchitecture))
            .Optional("implementation_languages", List(V.ImplementationLanguage))
            .Optional("capabilities", List(V.MalwareCapabilities))
            .Optional("sample_refs", Refs("file", "artifact"))
            .Rule(Order("first_seen", "last_seen"))
            .Rule((obj, ctx) =>
            {
                if (obj.TryGetProperty("is_family", out var f) && f.ValueKind == JsonValueKind.True && !Has(obj, "name"))
                {
                    ctx.ErrorAt("name", "is required when is_family is true (a malware family must be named)");
                }
            }));

        yield return Sdo("malware-analysis", s => s
            .Require("product", Str).Optional("version", Str)
            .Optional("host_vm_ref", Ref("software")).Optional("operating_system_ref", Ref("software"))
            .Optional("installed_software_refs", Refs("software"))
            .Optional("configuration_version", Str).Optional("modules", StrList)
            .Optional("analysis_engine_version", Str).Optional("analysis_definition_version", Str)
            .Optional("submitted", Timestamp).Optional("analysis_started", Timestamp).Optional("analysis_ended", Timestamp)
            .Optional("result_name", Str).Optional("result", V.MalwareResult)
            .Optional("analysis_sco_refs", Refs(RefTarget.Sco))
            .Optional("sample_ref", Ref("file", "network-traffic", "artifact"))
            .AtLeastOneOf("result", "analysis_sco_refs")
            .Rule(Order("analysis_started", "analysis_ended")));

        yield return Sdo("note", s => s
            .Optional("abstract", Str).Require("content", Str).Optional("authors", StrList)
            .Require("object_refs", Refs(RefTarget.Any)));

        yield return Sdo("observed-data", s => s
            .Require("first_observed", Timestamp).Require("last_observed", Timestamp)
            .Require("number_observed", new IntegerRule(1, 999_999_999))
            .Optional("objects", Handled)
            .Optional("object_refs", Refs(RefTarget.ScoOrSro))
            .Rule(Order("first_observed", "last_observed"))
            .Rule(ObservedDataContainer.Check));

        yield return Sdo("opinion", s => s
            .Optional("explanation", Str).Optional("authors", StrList)
            .Require("opinion", V.Opinion)
            .Require("object_refs", Refs(RefTarget.Any)));

        yield return Sdo("report", s => s
            .Require("name", Str).Optional("description", Str)
            .Optional("report_types", List(V.ReportType))
            .Require("published", Timestamp)
            .Require("object_refs", Refs(RefTarget.Any)));

        yield return Sdo("threat-actor", s => s
            .Require("name", Str).Optional("description", Str)
            .Optional("threat_actor_types", List(V.ThreatActorType)).Optional("aliases", StrList)
            .Optional("first_seen", Timestamp).Optional("last_seen", Timestamp)
            .Optional("roles", List(V.ThreatActorRole)).Optional("goals", StrList)
            .Optional("sophistication", V.ThreatActorSophistication)
            .Optional("resource_level", V.AttackResourceLevel)
            .Optional("primary_motivation", V.AttackMotivation)
            .Optional("secondary_motivations", List(V.AttackMotivation))
            .Optional("personal_motivations", List(V.AttackMotivation))
            .Rule(Order("first_seen", "last_seen")));

        yield return Sdo("tool", s => s
            .Require("name", Str).Optional("description", Str).Optional("tool_types", List(V.ToolType))
            .Optional("aliases", StrList).Optional("kill_chain_phases", KillChainPhases).Optional("tool_version", Str));

        yield return Sdo("vulnerability", s => s
            .Require("name", Str).Optional("description", Str));

        // Relationships may join domain and cyber-observable objects, never other relationships, bundles or meta objects.
        yield return Sro("relationship", s => s
            .Require("relationship_type", new StringRule(RelationshipType))
            .Optional("description", Str)
            .Require("source_ref", Ref(RefTarget.SdoOrSco))
            .Require("target_ref", Ref(RefTarget.SdoOrSco))
            .Optional("start_time", Timestamp).Optional("stop_time", Timestamp)
            .Rule(Order("start_time", "stop_time", strict: true)));

        yield return Sro("sighting", s => s
            .Optional("description", Str)
            .Optional("first_seen", Timestamp).Optional("last_seen", Timestamp)
            .Optional("count", new IntegerRule(0, 999_999_999))
            .Require("sighting_of_ref", Ref(RefTarget.Sdo))
            .Optional("observed_data_refs", Refs("observed-data"))
            .Optional("where_sighted_refs", Refs("identity", "location"))
            .Optional("summary", Bool)
            .Rule(Order("first_seen", "last_seen")));
    }

    private static TypeSpec Sdo(string type, Func<ObjectShape, ObjectShape> build) =>
        new(type, StixKind.Sdo, build(Core(type)));

    private static TypeSpec Sro(string type, Func<ObjectShape, ObjectShape> build) =>
        new(type, StixKind.Sro, build(Core(type)));

    private static string? RelationshipType(string s) =>
        s.Length > 0 && s.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            ? null
            : $"must use only lowercase letters, digits and hyphens, not {ValidationContext.Quote(s)}";

    private static void CheckPattern(JsonElement obj, ValidationContext ctx)
    {
        if (ctx.CheckStixPattern is null
            || !obj.TryGetProperty("pattern_type", out var type) || type.ValueKind != JsonValueKind.String
            || type.GetString() != "stix"
            || !obj.TryGetProperty("pattern", out var pattern) || pattern.ValueKind != JsonValueKind.String)
        {
            return;
        }
        if (ctx.CheckStixPattern(pattern.GetString()!) is { } problem)
        {
            ctx.Push("pattern");
            ctx.ErrorPlain("pattern is not a valid STIX pattern: " + problem);
            ctx.Pop();
        }
    }

    private static void CheckLocation(JsonElement obj, ValidationContext ctx)
    {
        var lat = Has(obj, "latitude");
        var lon = Has(obj, "longitude");
        if (!Has(obj, "region") && !Has(obj, "country") && !(lat && lon))
        {
            ctx.Error("must have at least one of region, country, or latitude and longitude");
        }
        if (lat != lon)
        {
            ctx.ErrorAt(lat ? "longitude" : "latitude", $"is required when {(lat ? "latitude" : "longitude")} is present");
        }
        if (Has(obj, "precision") && !(lat && lon))
        {
            ctx.ErrorAt("precision", "may only be given together with latitude and longitude");
        }
    }
}
