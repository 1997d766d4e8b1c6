using System.Text.Json;
using Comity.Exchange.Sharing;

namespace Comity.Exchange.Objects;

/// <summary>One object of a submitted envelope or bundle, with what storage needs read out of it.</summary>
internal sealed record IncomingObject(
    string Id,
    string Type,
    string SpecVersion,
    long? VersionMicros,
    Tlp Tlp,
    IReadOnlyList<Guid> Recipients,
    string Json,
    JsonElement Element);

/// <summary>An object that could not be accepted, and why — one line of a status resource's failures.</summary>
/// <param name="Id">The object's id, when it has one.</param>
/// <param name="Version">The version refused, when the object has one.</param>
/// <param name="Message">Why it was refused.</param>
public sealed record RejectedObject(string? Id, string? Version, string Message)
{
    /// <summary>"id: reason", as answers that list refusals in one line each show it.</summary>
    public string Line => $"{Id}: {Message}";
}

/// <summary>Reads the storage-relevant facts out of a STIX object: identity, version, TLP and recipients.</summary>
internal static class IncomingObjects
{
    /// <summary>The custom property by which a producer names the organisations or people an object is for.</summary>
    public const string RecipientsProperty = "x_comity_recipients";

    /// <summary>
    /// Reads one object. With <paramref name="honourRecipients"/> off (objects pulled from a federated peer),
    /// <c>x_comity_recipients</c> is not read at all: it names the peer's organisations, which mean nothing here.
    /// </summary>
    public static IncomingObject Read(JsonElement element, Tlp defaultTlp, out RejectedObject? rejected, bool honourRecipients = true)
    {
        rejected = null;
        var id = element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : null;
        var type = element.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString()! : null;
        var versionText = Text(element, "modified") ?? Text(element, "created");
        long? version = null;
        if (versionText is not null)
        {
            if (StixTimestamps.TryParseMicros(versionText, out var micros))
            {
                version = micros;
            }
            else
            {
                rejected = new(id, versionText, $"'{versionText}' is not a STIX timestamp (YYYY-MM-DDThh:mm:ss[.fraction]Z).");
            }
        }
        var tlp = defaultTlp;
        if (element.TryGetProperty("object_marking_refs", out var markings) && markings.ValueKind == JsonValueKind.Array)
        {
            var levels = markings.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String)
                .Select(m => TlpMarkings.FromMarking(m.GetString()!)).OfType<Tlp>().ToList();
            if (levels.Count > 0)
            {
                tlp = levels.Max();
            }
        }
        var recipients = new List<Guid>();
        if (honourRecipients && element.TryGetProperty(RecipientsProperty, out var named))
        {
            if (named.ValueKind != JsonValueKind.Array)
            {
                rejected ??= new(id, versionText, $"{RecipientsProperty} must be a list of identity ids.");
            }
            else
            {
                foreach (var recipient in named.EnumerateArray())
                {
                    if (recipient.ValueKind == JsonValueKind.String && recipient.GetString() is { } text
                        && text.StartsWith("identity--", StringComparison.Ordinal) && Guid.TryParse(text.AsSpan("identity--".Length), out var guid))
                    {
                        recipients.Add(guid);
                    }
                    else
                    {
                        rejected ??= new(id, versionText, $"{RecipientsProperty} holds '{recipient}', which is not an identity id of a Comity organisation or person.");
                    }
                }
            }
        }
        var specVersion = Text(element, "spec_version") ?? "2.1";
        return new IncomingObject(id ?? "", type ?? "", specVersion, version, tlp, recipients.Distinct().ToList(), element.GetRawText(), element);
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>STIX and TAXII timestamps as microseconds since the Unix epoch, parsed by the validator's one parser.</summary>
internal static class StixTimestamps
{
    /// <summary>RFC 3339 UTC timestamps ending in Z, with any number of fraction digits (beyond 6 truncated).</summary>
    public static bool TryParseMicros(string text, out long micros)
    {
        var parsed = Stix.StixTimestamp.TryParse(text, out var instant, out _);
        micros = parsed ? Data.ExchangeModel.ToMicros(instant) : 0;
        return parsed;
    }
}
