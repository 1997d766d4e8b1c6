using System.Globalization;
using System.Text.Json.Nodes;

namespace Comity.Exchange.Misp;

/// <summary>One attribute of a MISP object: its object_relation, type, value and uuid.</summary>
internal sealed record ObjectPart(string Relation, string Type, string Value, string Uuid);

/// <summary>
/// MISP object templates that become one observable graph (hence one combined pattern or one observed-data). Parts that
/// the graph cannot hold come back as problems, keyed by the part, for the caller to report.
/// </summary>
internal static class ObjectMapper
{
    public static readonly IReadOnlySet<string> Templates = new HashSet<string>(StringComparer.Ordinal)
    {
        "file", "domain-ip", "url", "email", "ip-port",
    };

    /// <summary>Parts of a url object that only restate pieces of the url value itself.</summary>
    private static readonly HashSet<string> UrlPieces = new(StringComparer.Ordinal)
    {
        "domain", "host", "ip", "port", "scheme", "resource_path", "query_string", "fragment", "credential",
        "domain_without_tld", "subdomain", "tld", "first-seen", "last-seen",
    };

    public static Observable? Map(string template, IReadOnlyList<ObjectPart> parts, List<(ObjectPart Part, string Problem)> problems) =>
        template switch
        {
            "file" => File(parts, problems),
            "domain-ip" => DomainIp(parts, problems),
            "url" => Url(parts, problems),
            "email" => Email(parts, problems),
            "ip-port" => IpPort(parts, problems),
            _ => null,
        };

    private static Observable? File(IReadOnlyList<ObjectPart> parts, List<(ObjectPart, string)> problems)
    {
        var file = new Observable("file");
        foreach (var p in parts)
        {
            string? problem = null;
            if (ObservableValues.Hashes.ContainsKey(p.Relation))
            {
                problem = ObservableValues.AddHash(file, p.Relation, p.Value);
            }
            else if (p.Relation == "filename")
            {
                problem = SetOnce(file, "name", p.Value);
            }
            else if (p.Relation == "size-in-bytes" && long.TryParse(p.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                file.Set("size", size);
            }
            else if (p.Relation == "mimetype")
            {
                problem = SetOnce(file, "mime_type", p.Value);
            }
            else
            {
                problem = NotMapped(p);
            }
            if (problem is not null)
            {
                problems.Add((p, problem));
            }
        }
        return file.Properties.Count > 0 ? file : null;
    }

    private static Observable? DomainIp(IReadOnlyList<ObjectPart> parts, List<(ObjectPart, string)> problems)
    {
        Observable? domain = null;
        var addresses = new List<(Observable Ip, ObjectPart Part)>();
        foreach (var p in parts)
        {
            switch (p.Relation)
            {
                case "domain" or "hostname" when domain is null:
                    domain = Observable.Of("domain-name", "value", p.Value);
                    break;
                case "ip":
                    var ip = ObservableValues.Address(p.Value.Trim(), out var problem);
                    if (problem is null)
                    {
                        addresses.Add((ip, p));
                    }
                    else
                    {
                        problems.Add((p, problem));
                    }
                    break;
                case "domain" or "hostname":
                    problems.Add((p, "only the first domain of a domain-ip object is kept (one observation per object)"));
                    break;
                default:
                    problems.Add((p, NotMapped(p)));
                    break;
            }
        }
        if (domain is null)
        {
            // Without a domain there is nothing to hang the addresses on; the first stands for the object.
            foreach (var (_, part) in addresses.Skip(1))
            {
                problems.Add((part, "a domain-ip object without a domain keeps only its first address"));
            }
            return addresses.Count > 0 ? addresses[0].Ip : null;
        }
        foreach (var (ip, _) in addresses)
        {
            domain.AddToList("resolves_to_refs", ip);
        }
        return domain;
    }

    private static Observable? Url(IReadOnlyList<ObjectPart> parts, List<(ObjectPart, string)> problems)
    {
        Observable? url = null;
        foreach (var p in parts)
        {
            if (p.Relation == "url" && url is null)
            {
                url = Observable.Of("url", "value", p.Value);
            }
            else if (!UrlPieces.Contains(p.Relation))
            {
                problems.Add((p, NotMapped(p)));
            }
        }
        return url;
    }

    private static Observable? Email(IReadOnlyList<ObjectPart> parts, List<(ObjectPart, string)> problems)
    {
        var email = new Observable("email-message").Set("is_multipart", false);
        var meaningful = false;
        foreach (var p in parts)
        {
            string? problem = null;
            switch (p.Relation)
            {
                case "from" when !email.Refs.Any(r => r.Name == "from_ref"):
                    email.Ref("from_ref", Observable.Of("email-addr", "value", p.Value));
                    break;
                case "to" or "cc" or "bcc":
                    email.AddToList(p.Relation + "_refs", Observable.Of("email-addr", "value", p.Value));
                    break;
                case "subject":
                    problem = SetOnce(email, "subject", p.Value);
                    break;
                case "message-id":
                    problem = SetOnce(email, "message_id", p.Value);
                    break;
                case "email-body":
                    problem = SetOnce(email, "body", p.Value);
                    break;
                case "reply-to":
                    email.SetKey("additional_header_fields", "Reply-To", p.Value);
                    break;
                case "x-mailer":
                    email.SetKey("additional_header_fields", "X-Mailer", p.Value);
                    break;
                default:
                    problem = NotMapped(p);
                    break;
            }
            if (problem is null)
            {
                meaningful = true;
            }
            else
            {
                problems.Add((p, problem));
            }
        }
        return meaningful ? email : null;
    }

    private static Observable? IpPort(IReadOnlyList<ObjectPart> parts, List<(ObjectPart, string)> problems)
    {
        var traffic = new Observable("network-traffic");
        Observable? firstAddress = null;
        foreach (var p in parts)
        {
            string? problem = null;
            var side = p.Relation switch
            {
                "ip-src" or "src-ip" => "src",
                "ip-dst" or "dst-ip" or "ip" or "domain" or "hostname" => "dst",
                _ => null,
            };
            if (side is not null && traffic.Refs.Any(r => r.Name == side + "_ref"))
            {
                problem = $"the object already has a {(side == "src" ? "source" : "destination")}; network-traffic holds one";
            }
            else if (side is not null && p.Relation is "domain" or "hostname")
            {
                traffic.Ref("dst_ref", Observable.Of("domain-name", "value", p.Value));
            }
            else if (side is not null)
            {
                var ip = ObservableValues.Address(p.Value.Trim(), out problem);
                if (problem is null)
                {
                    traffic.Ref(side + "_ref", ip);
                    firstAddress ??= ip;
                }
            }
            else if (p.Relation is "src-port" or "dst-port")
            {
                if (ObservableValues.Port(p.Value) is { } port)
                {
                    traffic.Set(p.Relation[..3] + "_port", port);
                }
                else
                {
                    problem = $"'{ObservableValues.Short(p.Value)}' is not a port";
                }
            }
            else
            {
                problem = NotMapped(p);
            }
            if (problem is not null)
            {
                problems.Add((p, problem));
            }
        }
        if (traffic.Refs.Count == 0 && traffic.Properties.Count == 0)
        {
            return null;
        }
        traffic.Set("protocols", ObservableValues.Protocols(firstAddress));
        return traffic;
    }

    private static string? SetOnce(Observable target, string property, string value)
    {
        if (target.Properties.ContainsKey(property))
        {
            return $"a second {property} does not fit in one object; only the first is kept";
        }
        target.Set(property, JsonValue.Create(value));
        return null;
    }

    private static string NotMapped(ObjectPart p) => $"the object relation '{p.Relation}' has no mapping in this template";
}
