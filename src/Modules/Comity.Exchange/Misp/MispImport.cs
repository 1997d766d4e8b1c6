using System.Text.Json;
using Comity.Exchange.Sharing;

namespace Comity.Exchange.Misp;

/// <summary>Which STIX container a MISP event becomes.</summary>
internal enum MispContainer
{
    /// <summary>A <c>report</c> (needs a publication time: the event's publish_timestamp, else its timestamp).</summary>
    Report,

    /// <summary>A <c>grouping</c> with context <c>suspicious-activity</c>, for events that are still being worked on.</summary>
    Grouping,
}

/// <summary>How <see cref="MispImport.Convert"/> treats what the MISP event leaves open.</summary>
internal sealed record MispImportOptions
{
    /// <summary>The TLP given to an event that carries no <c>tlp:</c> tag. MISP's distribution level is not a TLP.</summary>
    public Tlp DefaultTlp { get; init; } = Tlp.Amber;

    public MispContainer Container { get; init; } = MispContainer.Report;

    /// <summary>Only read when an event has no timestamp at all.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}

/// <summary>
/// Something in the MISP event that was not imported, or imported with a loss. <see cref="Uuid"/> is the MISP uuid of the
/// attribute, object, galaxy cluster or sighting concerned (the event's for event-level notes); <see cref="Kind"/> its
/// MISP type, such as <c>btc</c> or <c>object:person</c>.
/// </summary>
internal sealed record MispWarning(string Uuid, string Kind, string Message);

/// <summary>
/// The STIX 2.1 objects made from one MISP event, each a complete JSON object ready for validation and storage, the id of
/// the report or grouping among them, and what could not be mapped.
/// </summary>
internal sealed record MispConversion(string? ContainerId, IReadOnlyList<string> Objects, IReadOnlyList<MispWarning> Warnings);

/// <summary>
/// Imports a MISP JSON event (<c>/events/view</c>, restSearch <c>returnFormat=json</c>, feed files) as STIX 2.1 objects,
/// following the mapping in docs/misp-mapping.md.
/// </summary>
internal static class MispImport
{
    /// <summary>
    /// Converts one event, given either as <c>{"Event": {...}}</c> or as the bare event object. Never drops an attribute
    /// silently: what has no STIX form comes back in <see cref="MispConversion.Warnings"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The JSON is not a MISP event (no object with a uuid).</exception>
    public static MispConversion Convert(JsonElement mispEvent, MispImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = mispEvent.ValueKind == JsonValueKind.Object && mispEvent.TryGetProperty("Event", out var inner) ? inner : mispEvent;
        if (root.ValueKind != JsonValueKind.Object || MispJson.Text(root, "uuid") is null)
        {
            throw new ArgumentException("The JSON is not a MISP event: expected {\"Event\": {...}} or an event object with a uuid.", nameof(mispEvent));
        }
        return new EventConverter(root, options).Run();
    }
}
