using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using Comity.Library.Extraction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Comity.Library.Documents;

/// <summary>An uploaded file that was recognised and read: its bytes, what they are, and their text.</summary>
public sealed record ExtractedFile(string FileName, DocumentFormat Format, string ContentType, byte[] Content, string Sha256, string Text, bool Truncated,
    string? SuggestedTitle);

/// <summary>
/// Recognises an upload by its bytes — a PDF starts with <c>%PDF-</c>; HTML and Markdown are UTF-8 text, told apart by
/// their markup and then by the file's extension — and extracts its text. Anything else is refused with a sentence that
/// says why; nothing is stored until this has succeeded.
/// </summary>
public static class UploadedFiles
{
    /// <summary>Largest file accepted; the host refuses larger request bodies before they are read.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    /// <summary>The request body an upload may send: the file plus its form fields.</summary>
    public const int MaxRequestBytes = MaxBytes + (64 * 1024);

    private const int SniffedBytes = 8 * 1024;

    /// <summary>Reads at most <see cref="MaxBytes"/> from <paramref name="content"/>; null when there is more.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Recognises and reads <paramref name="content"/>; the error, when there is one, is fit to show the uploader.</summary>
    public static (ExtractedFile? File, string? Error) Read(string? fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        var shown = name.Length == 0 ? "The file" : $"'{name}'";
        if (content.Length == 0)
        {
            return (null, $"{shown} is empty.");
        }
        if (content.Length > MaxBytes)
        {
            return (null, $"{shown} is larger than the {MaxBytes / (1024 * 1024)} MB the library accepts.");
        }
        var (sniffed, refusal) = Sniff(content, Path.GetExtension(name).ToLowerInvariant());
        if (sniffed is not { } format)
        {
            return (null, $"{shown} {refusal}");
        }
        ExtractedText text;
        try
        {
            text = new TextExtractor(new ExtractionLimits(MaxBytes)).Extract(name.Length == 0 ? "file" : name, Extension(format), content);
        }
        catch (TextExtractionException e)
        {
            return (null, e.Failure switch
            {
                ExtractionFailure.NoText => $"{shown} contains no text to search (a scanned PDF needs text recognition first).",
                ExtractionFailure.TooLarge => $"{shown} is larger than the {MaxBytes / (1024 * 1024)} MB the library accepts.",
                _ when e.InnerException is PdfDocumentEncryptedException => $"{shown} is password-protected; upload an unprotected copy.",
                _ => $"{shown} could not be read as {Label(format)}; it may be damaged.",
            });
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var cleanName = CleanName(name, format);
        var title = TitleOf(format, content) ?? FirstLine(text.Text) ?? Path.GetFileNameWithoutExtension(cleanName);
        return (new ExtractedFile(cleanName, format, ContentType(format), content, hash, text.Text, text.Truncated, title), null);
    }

    public static string ContentType(DocumentFormat format) => format switch
    {
        DocumentFormat.Pdf => "application/pdf",
        DocumentFormat.Html => "text/html; charset=utf-8",
        _ => "text/markdown; charset=utf-8",
    };

    private static string Extension(DocumentFormat format) => format switch
    {
        DocumentFormat.Pdf => ".pdf",
        DocumentFormat.Html => ".html",
        _ => ".md",
    };

    private static string Label(DocumentFormat format) => format switch
    {
        DocumentFormat.Pdf => "PDF",
        DocumentFormat.Html => "HTML",
        _ => "Markdown",
    };

    private static (DocumentFormat? Format, string? Error) Sniff(byte[] content, string extension)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, SniffedBytes));
        if (head.StartsWith("%PDF-"u8))
        {
            return (DocumentFormat.Pdf, null);
        }
        if (extension == ".pdf")
        {
            return (null, "is named .pdf but is not a PDF file.");
        }
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return (null, "is an office or archive file; save it as PDF, HTML or Markdown first.");
        }
        if (head.Contains((byte)0) || !IsUtf8(head))
        {
            return (null, "is not a PDF, HTML or Markdown file.");
        }
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var markup = text.StartsWith('<')
            && (text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
                || text.Contains("<body", StringComparison.OrdinalIgnoreCase) || text.Contains("<head", StringComparison.OrdinalIgnoreCase));
        // A page fragment without <html> is HTML only when its name says so; otherwise text is read as Markdown, which
        // plain text also is.
        return markup || (text.StartsWith('<') && extension is ".html" or ".htm") ? (DocumentFormat.Html, null) : (DocumentFormat.Markdown, null);
    }

    /// <summary>Whether the bytes are UTF-8, allowing a sequence cut off at the end of the sniffed window.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        var strict = new UTF8Encoding(false, true);
        for (var cut = 0; cut < 4 && cut < bytes.Length; cut++)
        {
            try
            {
                strict.GetCharCount(bytes[..^cut]);
                return true;
            }
            catch (DecoderFallbackException)
            {
                if (bytes.Length < SniffedBytes)
                {
                    return false;
                }
            }
        }
        return false;
    }

    /// <summary>A title the file gives itself: Markdown front matter or first heading, the HTML title, the PDF's document information.</summary>
    private static string? TitleOf(DocumentFormat format, byte[] content)
    {
        try
        {
            var title = format switch
            {
                DocumentFormat.Pdf => PdfTitle(content),
                DocumentFormat.Html => new HtmlParser().ParseDocument(TextExtractor.Decode(content)) is var page
                    ? (string.IsNullOrWhiteSpace(page.Title) ? page.QuerySelector("h1")?.TextContent : page.Title)
                    : null,
                _ => MarkdownTitle(TextExtractor.Decode(content)),
            };
            if (string.IsNullOrWhiteSpace(title))
            {
                return null;
            }
            var clean = TextExtractor.Normalize(title).Replace('\n', ' ');
            return clean.Length > Document.TitleMax ? clean[..Document.TitleMax] : clean;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The text was read already; a title is only a convenience.
            return null;
        }
    }

    /// <summary>The text's first line, cut at a word near 150 characters: a title of last resort for files that name none.</summary>
    private static string? FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        if (line.Length <= 150)
        {
            return line.Length == 0 ? null : line;
        }
        var cut = line.LastIndexOf(' ', 149);
        return line[..(cut > 50 ? cut : 150)] + "…";
    }

    private static string? PdfTitle(byte[] content)
    {
        using var pdf = PdfDocument.Open(content);
        return pdf.Information.Title;
    }

    private static string? MarkdownTitle(string markdown)
    {
        var front = FrontMatter.Split(markdown);
        if (front.Single("title") is { Length: > 0 } title)
        {
            return title;
        }
        return front.Body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..];
    }

    /// <summary>A file name safe to store and offer back: no folders or control characters, and the extension of what the file is.</summary>
    private static string CleanName(string name, DocumentFormat format)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var kept = new string(stem.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.').ToArray()).Trim(' ', '.');
        if (kept.Length == 0)
        {
            kept = "document";
        }
        var extension = Extension(format);
        return (kept.Length > Document.FileNameMax - extension.Length ? kept[..(Document.FileNameMax - extension.Length)] : kept) + extension;
    }
}
