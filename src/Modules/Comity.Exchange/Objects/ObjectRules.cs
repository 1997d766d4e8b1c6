namespace Comity.Exchange.Objects;

/// <summary>What an object must satisfy to be stored.</summary>
internal static class ObjectRules
{
    public static RejectedObject? Check(IncomingObject incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var version = incoming.VersionMicros is { } micros ? StixVersions.Format(micros) : null;
        if (incoming.Type.Length == 0)
        {
            return new(incoming.Id, version, "The object has no 'type'.");
        }
        if (incoming.Id.Length == 0)
        {
            return new(null, version, $"The {incoming.Type} object has no 'id'.");
        }
        var separator = incoming.Id.IndexOf("--", StringComparison.Ordinal);
        if (separator < 0 || incoming.Id[..separator] != incoming.Type || !Guid.TryParse(incoming.Id.AsSpan(separator + 2), out _))
        {
            return new(incoming.Id, version, $"'id' must be '{incoming.Type}--' followed by a UUID.");
        }
        if (incoming.SpecVersion != "2.1")
        {
            return new(incoming.Id, version, $"spec_version '{incoming.SpecVersion}' is not supported; this server stores STIX 2.1.");
        }
        return null;
    }
}
