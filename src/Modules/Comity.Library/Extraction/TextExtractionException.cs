namespace Comity.Library.Extraction;

/// <summary>Why a file gave no text.</summary>
internal enum ExtractionFailure
{
    /// <summary>The file (or its text) is over the configured limit.</summary>
    TooLarge,

    /// <summary>The format is not one the library reads.</summary>
    UnsupportedFormat,

    /// <summary>The file is damaged, encrypted or not what its name says.</summary>
    Unreadable,

    /// <summary>The file was read but holds no text (e.g. a scanned PDF without a text layer).</summary>
    NoText,
}

/// <summary>A file could not be turned into searchable text; <see cref="Exception.Message"/> is fit to show an editor.</summary>
internal sealed class TextExtractionException : Exception
{
    public TextExtractionException(ExtractionFailure failure, string message, Exception? inner = null)
        : base(message, inner) => Failure = failure;

    public TextExtractionException()
    {
    }

    public TextExtractionException(string message)
        : base(message)
    {
    }

    public TextExtractionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ExtractionFailure Failure { get; } = ExtractionFailure.Unreadable;
}
