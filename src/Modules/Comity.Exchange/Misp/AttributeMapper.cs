using System.Text.Json.Nodes;

namespace Comity.Exchange.Misp;

/// <summary>What a single MISP attribute maps to when it is an observable value; null with a reason otherwise.</summary>
internal static class AttributeMapper
{
    /// <summary>The MISP attribute types that become observables (the rest are handled, or warned about, by the caller).</summary>
    public static bool IsObservableType(string type) =>
        Simple.ContainsKey(type) || ObservableValues.Hashes.ContainsKey(type) || Composite.Contains(type)
        || (type.StartsWith("filename|", StringComparison.Ordinal) && ObservableValues.Hashes.ContainsKey(type[9..]));

    private static readonly Dictionary<string, (string Type, string Property)> Simple = new(StringComparer.Ordinal)
    {
        ["domain"] = ("domain-name", "value"),
        ["hostname"] = ("domain-name", "value"),
        ["url"] = ("url", "value"),
        ["uri"] = ("url", "value"),
        ["email"] = ("email-addr", "value"),
        ["email-addr"] = ("email-addr", "value"),
        ["filename"] = ("file", "name"),
        ["mutex"] = ("mutex", "name"),
        ["regkey"] = ("windows-registry-key", "key"),
        ["mac-address"] = ("mac-addr", "value"),
    };

    private static readonly HashSet<string> Composite = new(StringComparer.Ordinal)
    {
        "ip-src", "ip-dst", "ip-src|port", "ip-dst|port", "domain|ip", "hostname|port", "email-src", "email-dst",
        "email-subject", "email-reply-to", "regkey|value", "AS", "x509-fingerprint-md5", "x509-fingerprint-sha1",
        "x509-fingerprint-sha256",
    };

    public static Observable? Map(string type, string value, out string? problem)
    {
        problem = null;
        if (value.Length == 0)
        {
            problem = "the value is empty";
            return null;
        }
        if (Simple.TryGetValue(type, out var simple))
        {
            return Observable.Of(simple.Type, simple.Property, value);
        }
        if (ObservableValues.Hashes.ContainsKey(type))
        {
            var file = new Observable("file");
            problem = ObservableValues.AddHash(file, type, value);
            return problem is null ? file : null;
        }
        if (type.StartsWith("filename|", StringComparison.Ordinal))
        {
            var (name, hash) = SplitLast(value);
            var file = Observable.Of("file", "name", name);
            problem = hash is null ? "the value has no '|' between file name and hash" : ObservableValues.AddHash(file, type[9..], hash);
            return problem is null ? file : null;
        }
        return type switch
        {
            "ip-src" or "ip-dst" => Traffic(type[3..6] + "_ref", value, port: null, out problem),
            "ip-src|port" or "ip-dst|port" => TrafficWithPort(type[3..6], value, out problem),
            "domain|ip" => DomainIp(value, out problem),
            "hostname|port" => HostPort(value, out problem),
            "email-src" => new Observable("email-message").Set("is_multipart", false).Ref("from_ref", Observable.Of("email-addr", "value", value)),
            "email-dst" => new Observable("email-message").Set("is_multipart", false).AddToList("to_refs", Observable.Of("email-addr", "value", value)),
            "email-subject" => new Observable("email-message").Set("is_multipart", false).Set("subject", value),
            "email-reply-to" => new Observable("email-message").Set("is_multipart", false).SetKey("additional_header_fields", "Reply-To", value),
            "regkey|value" => RegistryValue(value, out problem),
            "AS" => AutonomousSystem(value, out problem),
            "x509-fingerprint-md5" or "x509-fingerprint-sha1" or "x509-fingerprint-sha256" => Certificate(type[17..], value, out problem),
            _ => Unmapped(type, out problem),
        };
    }

    private static Observable? Traffic(string refName, string address, int? port, out string? problem)
    {
        var ip = ObservableValues.Address(address.Trim(), out problem);
        if (problem is not null)
        {
            return null;
        }
        var traffic = new Observable("network-traffic").Set("protocols", ObservableValues.Protocols(ip)).Ref(refName, ip);
        if (port is { } p)
        {
            traffic.Set(refName[..3] + "_port", p);
        }
        return traffic;
    }

    private static Observable? TrafficWithPort(string side, string value, out string? problem)
    {
        var (address, portText) = SplitLast(value);
        if (portText is null || ObservableValues.Port(portText) is not { } port)
        {
            problem = $"'{ObservableValues.Short(value)}' is not address|port";
            return null;
        }
        return Traffic(side + "_ref", address, port, out problem);
    }

    private static Observable? DomainIp(string value, out string? problem)
    {
        var (domain, address) = SplitLast(value);
        if (address is null || domain.Length == 0)
        {
            problem = $"'{ObservableValues.Short(value)}' is not domain|ip";
            return null;
        }
        var ip = ObservableValues.Address(address.Trim(), out problem);
        return problem is null ? Observable.Of("domain-name", "value", domain).AddToList("resolves_to_refs", ip) : null;
    }

    private static Observable? HostPort(string value, out string? problem)
    {
        var (host, portText) = SplitLast(value);
        if (portText is null || host.Length == 0 || ObservableValues.Port(portText) is not { } port)
        {
            problem = $"'{ObservableValues.Short(value)}' is not hostname|port";
            return null;
        }
        problem = null;
        // network-traffic needs a protocol; the port alone does not say TCP or UDP, so only the IP layer is claimed.
        return new Observable("network-traffic").Set("protocols", new JsonArray("ipv4"))
            .Ref("dst_ref", Observable.Of("domain-name", "value", host)).Set("dst_port", port);
    }

    private static Observable? RegistryValue(string value, out string? problem)
    {
        var (key, data) = SplitFirst(value);
        if (data is null || key.Length == 0)
        {
            problem = $"'{ObservableValues.Short(value)}' is not key|data";
            return null;
        }
        problem = null;
        return Observable.Of("windows-registry-key", "key", key).Set("values", new JsonArray(new JsonObject { ["data"] = data }));
    }

    private static Observable? AutonomousSystem(string value, out string? problem)
    {
        problem = ObservableValues.AsNumber(value) is null ? $"'{ObservableValues.Short(value)}' is not an AS number" : null;
        return problem is null ? new Observable("autonomous-system").Set("number", ObservableValues.AsNumber(value)!.Value) : null;
    }

    private static Observable? Certificate(string hashType, string value, out string? problem)
    {
        var cert = new Observable("x509-certificate");
        problem = ObservableValues.AddHash(cert, hashType, value);
        return problem is null ? cert : null;
    }

    private static Observable? Unmapped(string type, out string? problem)
    {
        problem = $"the MISP type '{type}' has no STIX 2.1 cyber-observable";
        return null;
    }

    /// <summary>Composite values split at the last '|': file names and domains may not hold one, but hashes and ports never do.</summary>
    private static (string Left, string? Right) SplitLast(string value)
    {
        var bar = value.LastIndexOf('|');
        return bar < 0 ? (value, null) : (value[..bar], value[(bar + 1)..]);
    }

    /// <summary>Registry keys never hold '|' while the data may, so regkey|value splits at the first.</summary>
    private static (string Left, string? Right) SplitFirst(string value)
    {
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (value, null) : (value[..bar], value[(bar + 1)..]);
    }
}
