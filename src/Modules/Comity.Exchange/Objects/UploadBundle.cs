using System.Text.Json;
using Comity.Exchange.Collections;
using Comity.Exchange.Sharing;
using Comity.Kernel;

namespace Comity.Exchange.Objects;

/// <summary>The fate of one object of an uploaded bundle.</summary>
public sealed record UploadedObject(string Id, string? Version, bool Accepted, string? Message);

/// <summary>What became of an uploaded bundle: the counts of the status resource and a line per object.</summary>
public sealed record UploadResult(int Total, int Accepted, int Refused, IReadOnlyList<UploadedObject> Objects);

/// <summary>
/// A STIX bundle (or TAXII envelope) uploaded from a page goes through <see cref="IngestObjects"/> exactly like a
/// TAXII POST: each object is checked on its own and the accepted ones commit together with the audit record.
/// </summary>
internal static class UploadBundle
{
    /// <summary>Largest file accepted; bigger feeds belong on TAXII, in envelopes.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    public static async Task<Outcome<UploadResult>> HandleAsync(ExchangeCaller caller, Guid? collectionId, Stream? file, long length,
        IReadOnlyList<VisibleCollection> collections, IngestObjects ingest, CancellationToken cancellationToken)
    {
        var target = collections.FirstOrDefault(c => c.Collection.Id == collectionId);
        if (target is null)
        {
            return Outcome<UploadResult>.Invalid("collection", "Choose a collection you may write to.");
        }
        if (!target.Access.CanWrite)
        {
            return Outcome<UploadResult>.Forbidden();
        }
        if (file is null || length == 0)
        {
            return Outcome<UploadResult>.Invalid("bundle", "Choose a STIX 2.1 bundle (a .json file).");
        }
        if (length > MaxBytes)
        {
            return Outcome<UploadResult>.Invalid("bundle", $"The file is larger than {MaxBytes / 1024 / 1024} MB; send large feeds over TAXII.");
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(file, default, cancellationToken);
        }
        catch (JsonException exception)
        {
            return Outcome<UploadResult>.Invalid("bundle", $"The file is not JSON: {exception.Message}");
        }
        using (document)
        {
            if (!Envelope.TryReadObjects(document.RootElement, out var objects, out var problem))
            {
                return Outcome<UploadResult>.Invalid("bundle", problem!);
            }
            if (objects.Count == 0)
            {
                return Outcome<UploadResult>.Invalid("bundle", "The bundle holds no objects.");
            }
            var (status, accepted, refused) = await ingest.IngestAsync(target.Collection, caller, objects, cancellationToken);
            var lines = refused.Select(f => new UploadedObject(f.Id ?? "", f.Version, false, f.Message))
                .Concat(accepted.Select(a => new UploadedObject(a.Id, a.Version == 0 ? null : StixVersions.Format(a.Version), true, null)))
                .ToList();
            return Outcome<UploadResult>.Ok(new UploadResult(status.TotalCount, status.SuccessCount, status.FailureCount, lines));
        }
    }
}
