using System.Text.Json;
using Comity.Exchange.Sharing;
using Comity.Exchange.Stix;

namespace Comity.Exchange.Misp;

internal sealed partial class EventConverter
{
    private readonly List<(JsonElement Reference, string SourceUuid, Tlp Tlp, DateTimeOffset Time)> objectReferences = [];

    /// <summary>
    /// A MISP object of a known template becomes one indicator (when any attribute is to_ids) or one observed-data. An
    /// object of another template is imported attribute by attribute, so nothing in it is lost unannounced.
    /// </summary>
    private void ConvertObject(JsonElement obj, string fallbackKey)
    {
        var name = MispJson.Text(obj, "name") ?? "";
        var uuid = MispJson.Text(obj, "uuid") ?? fallbackKey;
        var kind = "object:" + name;
        if (MispJson.Flag(obj, "deleted"))
        {
            Warn(uuid, kind, "the object is marked deleted in MISP and was not imported");
            return;
        }
        var attributes = MispJson.Items(obj, "Attribute").Where(a => !MispJson.Flag(a, "deleted")).ToList();
        var source = ReadSource(obj, uuid, kind);
        foreach (var reference in MispJson.Items(obj, "ObjectReference"))
        {
            objectReferences.Add((reference, uuid, source.Tlp, source.Time));
        }
        if (!ObjectMapper.Templates.Contains(name))
        {
            Warn(uuid, kind, $"the object template '{name}' has no combined mapping; its {attributes.Count} attributes were imported one by one");
            var i = 0;
            foreach (var attribute in attributes)
            {
                ConvertAttribute(attribute, uuid + "/" + i++);
            }
            return;
        }

        // The object's TLP and labels gather those of its attributes: a tlp:red attribute makes the whole object red.
        var tlp = source.Tlp;
        var parts = new List<ObjectPart>(attributes.Count);
        foreach (var (attribute, i) in attributes.Select((a, i) => (a, i)))
        {
            var partUuid = MispJson.Text(attribute, "uuid") ?? uuid + "/" + i;
            CollectGalaxyTags(attribute);
            var (partTlp, partLabels) = ReadTags(attribute, partUuid, MispJson.Text(attribute, "type") ?? "", tlp);
            tlp = partTlp!.Value;
            source.Labels.AddRange(partLabels);
            parts.Add(new ObjectPart(MispJson.Text(attribute, "object_relation") ?? "", MispJson.Text(attribute, "type") ?? "",
                MispJson.Text(attribute, "value") ?? "", partUuid));
        }
        source = source with { Tlp = tlp };
        source.Labels.Insert(0, $"misp:name=\"{name}\"");

        var problems = new List<(ObjectPart Part, string Problem)>();
        var observable = ObjectMapper.Map(name, parts, problems);
        foreach (var (part, problem) in problems)
        {
            Warn(part.Uuid, part.Type, $"in {name} object {uuid}: {problem}");
        }
        if (observable is null)
        {
            Warn(uuid, kind, "no attribute of the object could be mapped; the object was not imported");
            return;
        }
        var toIds = attributes.Any(a => MispJson.Flag(a, "to_ids"));
        var sdoId = toIds ? Indicator(source, observable) : ObservedData(source, observable);
        stixIdByMispUuid[uuid] = sdoId;
        foreach (var (attribute, part) in attributes.Zip(parts))
        {
            stixIdByMispUuid.TryAdd(part.Uuid, sdoId);
            AttachAttributeExtras(attribute, source with { Uuid = part.Uuid, Kind = part.Type }, sdoId);
        }
    }

    /// <summary>Object references become relationships once every object is converted, so forward references resolve.</summary>
    private void ConvertObjectReferences()
    {
        foreach (var (reference, sourceUuid, tlp, time) in objectReferences)
        {
            var uuid = MispJson.Text(reference, "uuid") ?? sourceUuid + "/ref/" + MispJson.Text(reference, "referenced_uuid");
            var targetUuid = MispJson.Text(reference, "referenced_uuid") ?? "";
            var type = RelationshipType(MispJson.Text(reference, "relationship_type"));
            if (!stixIdByMispUuid.TryGetValue(sourceUuid, out var from) || !stixIdByMispUuid.TryGetValue(targetUuid, out var to))
            {
                Warn(uuid, "object-reference", $"'{type}' from {sourceUuid} to {targetUuid}: one end was not imported, so the reference was dropped");
                continue;
            }
            Relationship(from, type, to, tlp, MispJson.UnixTime(reference, "timestamp") ?? time, StixIds.FromMisp("relationship", uuid, uuid));
        }
    }

    /// <summary>STIX relationship types are lowercase letters, digits and hyphens; MISP's are free text ("communicates-with", "Drops").</summary>
    private static string RelationshipType(string? text)
    {
        var chars = (text ?? "").Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '-');
        var joined = string.Join('-', new string([.. chars]).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return joined.Length > 0 ? joined : "related-to";
    }
}
