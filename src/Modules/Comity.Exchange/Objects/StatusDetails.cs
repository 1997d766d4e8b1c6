using System.Buffers;
using System.Text;
using System.Text.Json;
using Comity.Exchange.Data;

namespace Comity.Exchange.Objects;

/// <summary>Writes and reads the successes/failures part of a TAXII status resource.</summary>
internal static class StatusDetails
{
    public static string Write(IReadOnlyList<(string Id, long Version)> successes, IReadOnlyList<RejectedObject> failures)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            // TAXII forbids empty lists: a list is written only when it has entries.
            if (successes.Count > 0)
            {
                json.WriteStartArray("successes");
                foreach (var (id, version) in successes)
                {
                    json.WriteStartObject();
                    json.WriteString("id", id);
                    if (version != 0)
                    {
                        json.WriteString("version", StixVersions.Format(version));
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            if (failures.Count > 0)
            {
                json.WriteStartArray("failures");
                foreach (var failure in failures)
                {
                    json.WriteStartObject();
                    json.WriteString("id", failure.Id ?? "");
                    if (failure.Version is not null)
                    {
                        json.WriteString("version", failure.Version);
                    }
                    json.WriteString("message", failure.Message);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The status resource as TAXII clients read it.</summary>
    public static void WriteResource(Utf8JsonWriter json, IngestStatus status)
    {
        json.WriteStartObject();
        json.WriteString("id", status.Id.ToString());
        json.WriteString("status", "complete");
        json.WriteString("request_timestamp", ExchangeModel.TaxiiTimestamp(ExchangeModel.ToMicros(status.RequestedAt)));
        json.WriteNumber("total_count", status.TotalCount);
        json.WriteNumber("success_count", status.SuccessCount);
        json.WriteNumber("failure_count", status.FailureCount);
        json.WriteNumber("pending_count", 0);
        using var details = JsonDocument.Parse(status.DetailsJson);
        foreach (var property in details.RootElement.EnumerateObject())
        {
            property.WriteTo(json);
        }
        json.WriteEndObject();
    }
}
