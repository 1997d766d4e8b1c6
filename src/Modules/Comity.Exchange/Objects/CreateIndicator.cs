using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Comity.Exchange.Collections;
using Comity.Exchange.Patterning;
using Comity.Exchange.Sharing;
using Comity.Kernel;

namespace Comity.Exchange.Objects;

/// <summary>What the indicator form sends.</summary>
public sealed record IndicatorBody(
    Guid? Collection,
    string? Name,
    string? Description,
    string? Pattern,
    DateTimeOffset? ValidFrom,
    IReadOnlyList<string>? IndicatorTypes,
    string? Labels,
    Tlp? Tlp,
    IReadOnlyList<Guid>? Recipients);

/// <summary>The indicator as stored, or why it was refused.</summary>
public sealed record CreatedIndicator(Guid CollectionId, string StixId);

/// <summary>
/// Writes a STIX 2.1 indicator from a form and hands it to <see cref="IngestObjects"/>, the same path TAXII
/// clients take, so the validator, TLP recipients, transaction and audit record are the ones every object gets.
/// The pattern is parsed first so that its mistakes come back beside the field with their line and column.
/// </summary>
internal static class CreateIndicator
{
    public const int NameMax = 250;
    public const int DescriptionMax = 10_000;
    public const int MaxLabels = 20;
    public const int LabelMax = 100;
    public const int MaxRecipients = 100;

    /// <summary>The open vocabulary indicator-type-ov of STIX 2.1.</summary>
    public static readonly IReadOnlyList<string> IndicatorTypes =
        ["anomalous-activity", "anonymization", "benign", "compromised", "malicious-activity", "attribution", "unknown"];

    public static async Task<Outcome<CreatedIndicator>> HandleAsync(ExchangeCaller caller, IndicatorBody body, IReadOnlyList<VisibleCollection> collections,
        IngestObjects ingest, TimeProvider clock, CancellationToken cancellationToken)
    {
        var target = collections.FirstOrDefault(c => c.Collection.Id == body.Collection);
        var labels = (body.Labels ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        var types = body.IndicatorTypes ?? [];
        var recipients = (body.Recipients ?? []).Distinct().ToList();
        var v = new Validation()
            .Require(target is not null, "collection", "Choose a collection you may write to.")
            .Required(body.Name, "name", NameMax)
            .MaxLength(body.Description, "description", DescriptionMax)
            .Require(!string.IsNullOrWhiteSpace(body.Pattern), "pattern", "Write the STIX pattern, such as [ipv4-addr:value = '198.51.100.7'].")
            .Require(body.ValidFrom is not null, "validFrom", "Give the date and time from which the indicator holds.")
            .Require(types.All(IndicatorTypes.Contains), "indicatorTypes", "Choose indicator types from the list.")
            .Require(labels.Count <= MaxLabels && labels.All(l => l.Length <= LabelMax), "labels", $"Give at most {MaxLabels} labels of up to {LabelMax} characters.")
            .Require(body.Tlp is { } tlp && Enum.IsDefined(tlp), "tlp", "Choose a TLP marking.")
            .Require(recipients.Count <= MaxRecipients, "recipients", $"Name at most {MaxRecipients} recipient organisations.")
            .Require(body.Tlp is not (Sharing.Tlp.AmberStrict or Sharing.Tlp.Red) || recipients.Count > 0, "recipients",
                "TLP:AMBER+STRICT and TLP:RED need at least one recipient organisation.");
        if (target is { Access.CanWrite: false })
        {
            return Outcome<CreatedIndicator>.Forbidden();
        }
        if (!string.IsNullOrWhiteSpace(body.Pattern) && StixPattern.Parse(body.Pattern) is { IsValid: false } parsed)
        {
            var error = parsed.Errors[0];
            v.Require(false, "pattern", $"Line {error.Line}, column {error.Column}: {error.Message}.");
        }
        if (!v.IsValid)
        {
            return v;
        }
        var now = clock.GetUtcNow();
        // STIX identifiers take RFC 4122 UUIDs of versions 1 to 5 (version 4 recommended), so not version 7.
        var id = $"indicator--{Guid.NewGuid()}";
        var json = Write(id, body, types, labels, recipients, now);
        using var document = JsonDocument.Parse(json);
        var result = await ingest.IngestAsync(target!.Collection, caller, [document.RootElement], cancellationToken);
        if (result.Refused.Count > 0)
        {
            return Outcome<CreatedIndicator>.Invalid("", result.Refused[0].Message);
        }
        return Outcome<CreatedIndicator>.Ok(new CreatedIndicator(target.Collection.Id, id));
    }

    private static string Write(string id, IndicatorBody body, IReadOnlyList<string> types, List<string> labels, List<Guid> recipients,
        DateTimeOffset now)
    {
        var stamp = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "indicator");
            w.WriteString("spec_version", "2.1");
            w.WriteString("id", id);
            w.WriteString("created", stamp);
            w.WriteString("modified", stamp);
            w.WriteString("name", body.Name!.Trim());
            if (!string.IsNullOrWhiteSpace(body.Description))
            {
                w.WriteString("description", body.Description.Trim());
            }
            if (types.Count > 0)
            {
                w.WriteStartArray("indicator_types");
                foreach (var type in types.Distinct())
                {
                    w.WriteStringValue(type);
                }
                w.WriteEndArray();
            }
            w.WriteString("pattern", body.Pattern!.Trim());
            w.WriteString("pattern_type", "stix");
            w.WriteString("valid_from", body.ValidFrom!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            if (labels.Count > 0)
            {
                w.WriteStartArray("labels");
                foreach (var label in labels)
                {
                    w.WriteStringValue(label);
                }
                w.WriteEndArray();
            }
            w.WriteStartArray("object_marking_refs");
            w.WriteStringValue(body.Tlp!.Value.ToMarking());
            w.WriteEndArray();
            if (recipients.Count > 0)
            {
                w.WriteStartArray(IncomingObjects.RecipientsProperty);
                foreach (var recipient in recipients)
                {
                    w.WriteStringValue($"identity--{recipient}");
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
