using System.Text.Json;
using System.Text.Json.Nodes;
using Comity.Exchange.Sharing;
using Comity.Exchange.Stix;

namespace Comity.Exchange.Misp;

internal sealed partial class EventConverter
{
    /// <summary>What every attribute-like source (an attribute, or an object seen as a whole) contributes to its SDO.</summary>
    private sealed record Source(
        string Uuid, string Kind, string? Category, string? Comment, DateTimeOffset Time, DateTimeOffset? FirstSeen,
        DateTimeOffset? LastSeen, Tlp Tlp, List<string> Labels);

    /// <summary>Each attribute's source and SDO, for sightings listed at event level.</summary>
    private readonly Dictionary<string, (Source Source, string? SdoId)> sources = new(StringComparer.Ordinal);

    private readonly HashSet<string> sightingsSeen = new(StringComparer.Ordinal);

    private void ConvertAttribute(JsonElement attribute, string fallbackKey)
    {
        var type = MispJson.Text(attribute, "type") ?? "";
        var uuid = MispJson.Text(attribute, "uuid") ?? fallbackKey;
        if (MispJson.Flag(attribute, "deleted"))
        {
            Warn(uuid, type, "the attribute is marked deleted in MISP and was not imported");
            return;
        }
        var source = ReadSource(attribute, uuid, type);
        source.Labels.Insert(0, $"misp:type=\"{type}\"");
        if (source.Category is { } category)
        {
            source.Labels.Insert(1, $"misp:category=\"{category}\"");
        }
        var value = MispJson.Text(attribute, "value") ?? "";
        var toIds = MispJson.Flag(attribute, "to_ids");

        string? sdoId;
        if (AttributeMapper.IsObservableType(type))
        {
            var observable = AttributeMapper.Map(type, value, out var problem);
            if (observable is null)
            {
                Warn(uuid, type, problem!);
                sdoId = null;
            }
            else
            {
                sdoId = toIds ? Indicator(source, observable) : ObservedData(source, observable);
            }
        }
        else
        {
            sdoId = NonObservable(type, value, source);
        }
        if (sdoId is not null)
        {
            stixIdByMispUuid[uuid] = sdoId;
        }
        AttachAttributeExtras(attribute, source, sdoId);
    }

    /// <summary>Galaxies and sightings of an attribute, whether it stands alone or belongs to an object.</summary>
    private void AttachAttributeExtras(JsonElement attribute, Source source, string? sdoId)
    {
        var clusters = ConvertGalaxies(attribute, source.Tlp);
        if (sdoId is not null)
        {
            foreach (var (clusterId, clusterType) in clusters)
            {
                var indicates = sdoId.StartsWith("indicator--", StringComparison.Ordinal) && GalaxyMapper.Indicatable.Contains(clusterType);
                Relationship(sdoId, indicates ? "indicates" : "related-to", clusterId, source.Tlp, source.Time);
            }
        }
        else if (clusters.Count > 0)
        {
            Warn(source.Uuid, source.Kind, "the attribute's galaxy clusters were imported but cannot be linked to it");
        }
        sources[source.Uuid] = (source, sdoId);
        ConvertSightings(MispJson.Items(attribute, "Sighting"), source, sdoId);
    }

    private Source ReadSource(JsonElement element, string uuid, string kind)
    {
        CollectGalaxyTags(element);
        var (tlp, labels) = ReadTags(element, uuid, kind, eventTlp);
        var time = MispJson.UnixTime(element, "timestamp") ?? eventTime;
        var first = MispJson.IsoTime(element, "first_seen");
        var last = MispJson.IsoTime(element, "last_seen");
        if (first is { } f && last is { } l && l < f)
        {
            Warn(uuid, kind, "last_seen is before first_seen; last_seen was dropped");
            last = null;
        }
        return new Source(uuid, kind, MispJson.Text(element, "category"), MispJson.Text(element, "comment") is { Length: > 0 } c ? c : null,
            time, first, last, tlp!.Value, labels);
    }

    private string Indicator(Source source, Observable observable)
    {
        var indicator = Sdo("indicator", StixIds.FromMisp("indicator", source.Uuid, source.Uuid), source.Time, source.Time);
        if (source.Comment is { } comment)
        {
            indicator["description"] = comment;
        }
        indicator["pattern"] = PatternWriter.Write(observable);
        indicator["pattern_type"] = "stix";
        indicator["pattern_version"] = "2.1";
        var validFrom = source.FirstSeen ?? source.Time;
        indicator["valid_from"] = StixTime.Format(validFrom);
        // valid_until must be strictly later than valid_from; MISP allows them equal.
        if (source.LastSeen is { } last && string.CompareOrdinal(StixTime.Format(last), StixTime.Format(validFrom)) > 0)
        {
            indicator["valid_until"] = StixTime.Format(last);
        }
        if (source.Category is { } category)
        {
            indicator["kill_chain_phases"] = new JsonArray(new JsonObject { ["kill_chain_name"] = "misp-category", ["phase_name"] = category });
        }
        Finish(indicator, source.Tlp, source.Labels);
        Add(indicator);
        return (string)indicator["id"]!;
    }

    private string ObservedData(Source source, Observable observable)
    {
        var refs = AddObservables(observable, source.Uuid, source.Tlp);
        var observed = Sdo("observed-data", StixIds.FromMisp("observed-data", source.Uuid, source.Uuid), source.Time, source.Time);
        var first = source.FirstSeen ?? source.Time;
        observed["first_observed"] = StixTime.Format(first);
        // A last_seen without a first_seen may predate the attribute's timestamp; the interval must not run backwards.
        observed["last_observed"] = StixTime.Format(source.LastSeen is { } last && last > first ? last : first);
        observed["number_observed"] = 1;
        observed["object_refs"] = new JsonArray([.. refs.Select(id => (JsonNode)id)]);
        Finish(observed, source.Tlp, source.Labels);
        Add(observed);
        var id = (string)observed["id"]!;
        if (source.Comment is { } comment)
        {
            // observed-data has no description property; a note carries the comment instead.
            var note = Sdo("note", StixIds.Derived("note", "comment|" + id), source.Time, source.Time);
            note["content"] = comment;
            note["object_refs"] = new JsonArray(id);
            Finish(note, source.Tlp, null);
            Add(note);
        }
        return id;
    }

    /// <summary>Attribute types that are not observables: a few become SDOs, links become references, the rest are reported.</summary>
    private string? NonObservable(string type, string value, Source source)
    {
        switch (type)
        {
            case "vulnerability":
                var vulnerability = Sdo("vulnerability", StixIds.FromMisp("vulnerability", source.Uuid, source.Uuid), source.Time, source.Time);
                vulnerability["name"] = value;
                if (source.Comment is { } comment)
                {
                    vulnerability["description"] = comment;
                }
                if (IsCve(value.Trim()))
                {
                    vulnerability["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "cve", ["external_id"] = value.Trim().ToUpperInvariant() });
                }
                return Named(vulnerability, source);
            case "campaign-name" or "threat-actor":
                var stixType = type == "campaign-name" ? "campaign" : "threat-actor";
                var named = Sdo(stixType, StixIds.FromMisp(stixType, source.Uuid, source.Uuid), source.Time, source.Time);
                named["name"] = value;
                if (source.Comment is { } note)
                {
                    named["description"] = note;
                }
                return Named(named, source);
            case "link":
                if (GalaxyMapper.IsWebUrl(value))
                {
                    var reference = new JsonObject { ["source_name"] = "url", ["url"] = value };
                    if (source.Comment is { } why)
                    {
                        reference["description"] = why;
                    }
                    externalReferences.Add(reference);
                }
                else
                {
                    Warn(source.Uuid, type, $"'{ObservableValues.Short(value)}' is not an http(s) URL; the link was not kept");
                }
                return null;
            case "btc" or "xmr" or "bic" or "iban" or "phone-number":
                Warn(source.Uuid, type, $"STIX 2.1 has no standard cyber-observable for '{type}' values; not imported");
                return null;
            default:
                Warn(source.Uuid, type, $"the MISP type '{type}' has no STIX 2.1 mapping; not imported");
                return null;
        }
    }

    private string Named(JsonObject sdo, Source source)
    {
        Finish(sdo, source.Tlp, source.Labels);
        Add(sdo);
        return (string)sdo["id"]!;
    }

    private static bool IsCve(string id) =>
        id.Length >= 13 && id.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase) && id[8] == '-'
        && id.AsSpan(4, 4).ContainsAnyExceptInRange('0', '9') is false && id[9..].All(char.IsAsciiDigit);
}
