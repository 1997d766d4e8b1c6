using System.Text;

namespace Comity.Library.Extraction;

/// <summary>Limits that keep one hostile or huge upload from exhausting the server.</summary>
/// <param name="MaxInputBytes">Largest file read at all.</param>
/// <param name="MaxTextChars">Extracted text beyond this is cut (at a word boundary) rather than rejected.</param>
internal sealed record ExtractionLimits(long MaxInputBytes = 50L * 1024 * 1024, int MaxTextChars = 2_000_000)
{
    public static ExtractionLimits Default { get; } = new();
}

/// <summary>The text of a file, whitespace normalised, and whether it was cut at <see cref="ExtractionLimits.MaxTextChars"/>.</summary>
internal sealed record ExtractedText(string Text, bool Truncated);

/// <summary>
/// Plain text from the formats the library accepts: PDF (text layer), HTML, Markdown and plain text, chosen by
/// file extension. Failures are <see cref="TextExtractionException"/>s with a reason, never parser exceptions.
/// </summary>
internal sealed class TextExtractor(ExtractionLimits? limits = null)
{
    private readonly ExtractionLimits limits = limits ?? ExtractionLimits.Default;

    public static IReadOnlyList<string> SupportedExtensions { get; } = [".pdf", ".html", ".htm", ".md", ".markdown", ".txt"];

    public ExtractedText Extract(string fileName, Stream content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!SupportedExtensions.Contains(extension))
        {
            throw new TextExtractionException(ExtractionFailure.UnsupportedFormat, $"'{fileName}' is not a PDF, HTML, Markdown or text file.");
        }
        return Extract(fileName, extension, ReadLimited(fileName, content));
    }

    /// <summary>The text of <paramref name="bytes"/> read as the format <paramref name="extension"/> names (".pdf", ".html", ".md", ".txt").</summary>
    public ExtractedText Extract(string fileName, string extension, byte[] bytes)
    {
        if (bytes.LongLength > limits.MaxInputBytes)
        {
            throw TooLarge(fileName);
        }
        string raw;
        try
        {
            raw = extension switch
            {
                ".pdf" => PdfText.Extract(bytes, limits.MaxTextChars),
                ".html" or ".htm" => HtmlText.Extract(Decode(bytes)),
                ".md" or ".markdown" => MarkdownText.Extract(FrontMatter.Split(Decode(bytes)).Body),
                _ => Decode(bytes),
            };
        }
        catch (TextExtractionException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new TextExtractionException(ExtractionFailure.Unreadable, $"'{fileName}' could not be read as {extension[1..].ToUpperInvariant()}: {e.Message}", e);
        }
        var text = Normalize(raw);
        if (text.Length == 0)
        {
            throw new TextExtractionException(ExtractionFailure.NoText, $"'{fileName}' contains no text (a scanned PDF needs OCR first).");
        }
        return Cut(text);
    }

    /// <summary>Collapses runs of spaces and blank lines so that snippets and stored text stay compact.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreaks = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                pendingBreaks++;
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
            }
            else
            {
                if (builder.Length > 0)
                {
                    if (pendingBreaks > 0)
                    {
                        builder.Append(pendingBreaks > 1 ? "\n\n" : "\n");
                    }
                    else if (pendingSpace)
                    {
                        builder.Append(' ');
                    }
                }
                pendingSpace = false;
                pendingBreaks = 0;
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private byte[] ReadLimited(string fileName, Stream content)
    {
        if (content.CanSeek && content.Length - content.Position > limits.MaxInputBytes)
        {
            throw TooLarge(fileName);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxInputBytes)
            {
                throw TooLarge(fileName);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private TextExtractionException TooLarge(string fileName) =>
        new(ExtractionFailure.TooLarge, $"'{fileName}' is larger than the {limits.MaxInputBytes / (1024 * 1024)} MB the library accepts.");

    private ExtractedText Cut(string text)
    {
        if (text.Length <= limits.MaxTextChars)
        {
            return new ExtractedText(text, false);
        }
        var end = text.LastIndexOf(' ', limits.MaxTextChars - 1, Math.Min(200, limits.MaxTextChars));
        end = end > 0 ? end : limits.MaxTextChars;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }
        return new ExtractedText(text[..end], true);
    }

    internal static string Decode(byte[] bytes)
    {
        // UTF-8 unless a byte-order mark says otherwise; invalid bytes become U+FFFD instead of failing.
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
