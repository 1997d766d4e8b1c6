using System.Text.Json;
using System.Text.Json.Nodes;
using Comity.Exchange.Sharing;
using Comity.Exchange.Stix;

namespace Comity.Exchange.Misp;

internal sealed partial class EventConverter
{
    private static readonly HashSet<string> Actors = new(StringComparer.Ordinal) { "threat-actor", "intrusion-set" };

    /// <summary>The clusters of an event's or attribute's galaxies as SDOs; returns their ids and STIX types.</summary>
    private List<(string Id, string Type)> ConvertGalaxies(JsonElement owner, Tlp tlp)
    {
        var made = new List<(string, string)>();
        foreach (var galaxy in MispJson.Items(owner, "Galaxy"))
        {
            var galaxyType = MispJson.Text(galaxy, "type") ?? "";
            var stixType = GalaxyMapper.StixType(galaxyType);
            foreach (var cluster in MispJson.Items(galaxy, "GalaxyCluster"))
            {
                var uuid = MispJson.Text(cluster, "uuid") ?? MispJson.Text(cluster, "tag_name") ?? galaxyType + "/" + MispJson.Text(cluster, "value");
                if (stixType is null || MispJson.Text(cluster, "value") is not { Length: > 0 })
                {
                    Warn(uuid, "galaxy:" + galaxyType, stixType is null
                        ? $"the galaxy '{galaxyType}' has no STIX mapping; its cluster is kept only as a label of the report"
                        : "the cluster has no value (name); not imported");
                    continue;
                }
                var id = StixIds.FromMisp(stixType, uuid, uuid);
                if (!emitted.Contains(id))
                {
                    // Clusters carry a version rather than a timestamp. Where it is a Unix time (local clusters, recent
                    // misp-galaxy imports) it keeps re-imports identical; small release numbers fall back to the event's time.
                    var time = MispJson.UnixTime(cluster, "version") is { Year: >= 2000 } version ? version : eventTime;
                    var sdo = Sdo(stixType, id, time, time);
                    sdo.Remove("created_by_ref");
                    GalaxyMapper.Fill(sdo, stixType, galaxyType, cluster);
                    Finish(sdo, tlp, MispJson.Text(cluster, "tag_name") is { } tagName ? [tagName] : null);
                    Add(sdo);
                }
                made.Add((id, stixType));
            }
        }
        return made;
    }

    /// <summary>
    /// An event that names an actor and the malware, tools or techniques it is known for implies the actor uses them,
    /// and malware uses the techniques; no other link is implied by MISP.
    /// </summary>
    private void LinkEventGalaxies(List<(string Id, string Type)> clusters)
    {
        foreach (var (sourceId, sourceType) in clusters)
        {
            foreach (var (targetId, targetType) in clusters)
            {
                var uses = (Actors.Contains(sourceType) && targetType is "malware" or "tool" or "attack-pattern")
                    || (sourceType == "malware" && targetType is "tool" or "attack-pattern");
                if (uses && sourceId != targetId)
                {
                    Relationship(sourceId, "uses", targetId, eventTlp, eventTime);
                }
            }
        }
    }

    /// <summary>
    /// Some exports list sightings once at event level, keyed by attribute_uuid, rather than under each attribute.
    /// </summary>
    private void ConvertEventSightings()
    {
        foreach (var group in MispJson.Items(mispEvent, "Sighting").GroupBy(s => MispJson.Text(s, "attribute_uuid") ?? "", StringComparer.Ordinal))
        {
            if (sources.TryGetValue(group.Key, out var known))
            {
                ConvertSightings(group, known.Source, known.SdoId);
                continue;
            }
            foreach (var sighting in group)
            {
                Warn(MispJson.Text(sighting, "uuid") ?? eventUuid, "sighting", $"a sighting of attribute '{group.Key}', which is not in the event");
            }
        }
    }

    private void Relationship(string from, string type, string to, Tlp tlp, DateTimeOffset time, string? id = null)
    {
        var relationship = Sdo("relationship", id ?? StixIds.Derived("relationship", $"{eventUuid}|{from}|{type}|{to}"), time, time);
        relationship["relationship_type"] = type;
        relationship["source_ref"] = from;
        relationship["target_ref"] = to;
        Finish(relationship, tlp, null);
        Add(relationship);
    }

    /// <summary>
    /// MISP sighting types: 0 a sighting, 1 a false positive (an opinion that disagrees), 2 an expiration (no STIX form).
    /// </summary>
    private void ConvertSightings(IEnumerable<JsonElement> sightings, Source source, string? sdoId)
    {
        var index = 0;
        foreach (var sighting in sightings)
        {
            var uuid = MispJson.Text(sighting, "uuid") ?? source.Uuid + "/sighting/" + index++;
            var kind = MispJson.Text(sighting, "type") ?? "0";
            if (!sightingsSeen.Add(uuid))
            {
                continue;
            }
            if (sdoId is null || kind is not ("0" or "1"))
            {
                Warn(uuid, "sighting", sdoId is null
                    ? "a sighting of an attribute that was not imported"
                    : $"sighting type {kind} (expiration) has no STIX 2.1 form; not imported");
                continue;
            }
            var time = MispJson.UnixTime(sighting, "date_sighting") ?? source.Time;
            var org = MispJson.Child(sighting, "Organisation");
            var orgId = Identity(org) ?? authorId;
            var from = MispJson.Text(sighting, "source") is { Length: > 0 } s ? s : null;
            if (kind == "0")
            {
                var stix = Sdo("sighting", StixIds.FromMisp("sighting", uuid, uuid), time, time, orgId);
                if (from is not null)
                {
                    stix["description"] = "Source: " + from;
                }
                stix["first_seen"] = StixTime.Format(time);
                stix["last_seen"] = StixTime.Format(time);
                stix["count"] = 1;
                stix["sighting_of_ref"] = sdoId;
                if (orgId is not null)
                {
                    stix["where_sighted_refs"] = new JsonArray(orgId);
                }
                Finish(stix, source.Tlp, null);
                Add(stix);
            }
            else
            {
                var opinion = Sdo("opinion", StixIds.FromMisp("opinion", uuid, uuid), time, time, orgId);
                opinion["explanation"] = "Reported as a false positive in MISP" + (from is null ? "" : " (source: " + from + ")");
                if (org is { } o && MispJson.Text(o, "name") is { Length: > 0 } author)
                {
                    opinion["authors"] = new JsonArray(author);
                }
                opinion["opinion"] = "strongly-disagree";
                opinion["object_refs"] = new JsonArray(sdoId);
                Finish(opinion, source.Tlp, null);
                Add(opinion);
            }
        }
    }
}
