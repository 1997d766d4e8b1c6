using Microsoft.AspNetCore.Http.Metadata;

namespace Comity.Capacity.Evidence;

/// <summary>Limits on evidence files, from the configuration section <c>Capacity:Evidence</c>.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Capacity:Evidence";

    /// <summary>The largest file the configuration may allow: the bytes are held in memory while they are checked and stored.</summary>
    public const int MaxFileMegabytesCeiling = 100;

    /// <summary>Room for the multipart envelope and, on the questionnaire, every answer's text fields.</summary>
    public const int FormFieldBytes = 2 * 1024 * 1024;

    /// <summary>Largest file accepted, in whole megabytes (MiB) so that messages can state it exactly; 10 unless configured.</summary>
    public int MaxFileMegabytes { get; set; } = 10;

    /// <summary>Most files one answer may carry; also the most files one save of the questionnaire may bring.</summary>
    public int MaxFilesPerAnswer { get; set; } = 10;

    public int MaxFileBytes => MaxFileMegabytes * 1024 * 1024;

    /// <summary>The request body an upload through the API may send: one file and its two form fields.</summary>
    public long ApiRequestBytes => MaxFileBytes + (64L * 1024);

    /// <summary>The request body a save of the questionnaire may send: its answers and up to a full answer's worth of files.</summary>
    public long QuestionnaireRequestBytes => ((long)MaxFileBytes * MaxFilesPerAnswer) + FormFieldBytes;

    public bool IsSensible => MaxFileMegabytes is > 0 and <= MaxFileMegabytesCeiling && MaxFilesPerAnswer is > 0 and <= 50;
}

/// <summary>A request body limit decided by configuration, which the host's body-limit middleware reads like a fixed one.</summary>
internal sealed class EvidenceBodyLimit(long bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => bytes;
}
