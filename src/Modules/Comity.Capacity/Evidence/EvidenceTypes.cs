using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace Comity.Capacity.Evidence;

/// <summary>The kinds of file accepted as evidence.</summary>
public enum EvidenceKind
{
    Pdf,
    Png,
    Jpeg,
    Text,
    Csv,
    Docx,
    Xlsx,
    Odt,
}

/// <summary>Why a file's bytes are refused, so the uploader can be told in a sentence.</summary>
public enum EvidenceRefusal
{
    UnknownType,
    Program,
    Macros,
    TextNotUtf8,
}

/// <summary>
/// Recognises an evidence file by what its bytes are, never by its name or the Content-Type the client sent: PDF, PNG and
/// JPEG by their signatures; Word, Excel and OpenDocument text by the parts their ZIP container must hold; text by being
/// UTF-8 without control characters. Only for text does the name matter, and only to tell CSV from plain text.
/// </summary>
public static class EvidenceTypes
{
    public static IReadOnlyList<EvidenceKind> All { get; } = Enum.GetValues<EvidenceKind>();

    /// <summary>What the <c>accept</c> attribute of a file input offers; a hint for the browser's file picker, not a check.</summary>
    public const string Accept = ".pdf,.png,.jpg,.jpeg,.txt,.csv,.docx,.xlsx,.odt";

    private const string OdtMediaType = "application/vnd.oasis.opendocument.text";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    /// <summary>Byte-order marks of UTF-16 text, which Windows tools still write: text, but not in the encoding accepted.</summary>
    private static readonly byte[] Utf16LittleEndian = [0xFF, 0xFE];
    private static readonly byte[] Utf16BigEndian = [0xFE, 0xFF];

    /// <summary>Windows and DOS executables (MZ), ELF, Mach-O in both byte orders and widths, and fat Mach-O or Java class files.</summary>
    private static readonly byte[][] ProgramSignatures =
    [
        [0x4D, 0x5A],
        [0x7F, 0x45, 0x4C, 0x46],
        [0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF], [0xCE, 0xFA, 0xED, 0xFE], [0xCF, 0xFA, 0xED, 0xFE],
        [0xCA, 0xFE, 0xBA, 0xBE],
    ];

    public static (EvidenceKind? Kind, EvidenceRefusal? Refusal) Recognise(ReadOnlySpan<byte> content, string? fileName)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return (EvidenceKind.Pdf, null);
        }
        if (content.StartsWith(PngSignature))
        {
            return (EvidenceKind.Png, null);
        }
        if (content.StartsWith(JpegSignature))
        {
            return (EvidenceKind.Jpeg, null);
        }
        if (IsProgram(content))
        {
            return (null, EvidenceRefusal.Program);
        }
        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return OfficeDocument(content.ToArray());
        }
        if (content.StartsWith(Utf16LittleEndian) || content.StartsWith(Utf16BigEndian))
        {
            return (null, EvidenceRefusal.TextNotUtf8);
        }
        if (HasControlCharacters(content))
        {
            return (null, EvidenceRefusal.UnknownType);
        }
        if (!Utf8.IsValid(content))
        {
            // No control characters, so most likely text in an 8-bit encoding such as Windows-1252.
            return (null, EvidenceRefusal.TextNotUtf8);
        }
        return (string.Equals(Path.GetExtension(fileName ?? ""), ".csv", StringComparison.OrdinalIgnoreCase) ? EvidenceKind.Csv : EvidenceKind.Text, null);
    }

    public static string MediaType(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Pdf => "application/pdf",
        EvidenceKind.Png => "image/png",
        EvidenceKind.Jpeg => "image/jpeg",
        EvidenceKind.Text => "text/plain; charset=utf-8",
        EvidenceKind.Csv => "text/csv; charset=utf-8",
        EvidenceKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        EvidenceKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        EvidenceKind.Odt => OdtMediaType,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Extension(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Pdf => ".pdf",
        EvidenceKind.Png => ".png",
        EvidenceKind.Jpeg => ".jpg",
        EvidenceKind.Text => ".txt",
        EvidenceKind.Csv => ".csv",
        EvidenceKind.Docx => ".docx",
        EvidenceKind.Xlsx => ".xlsx",
        EvidenceKind.Odt => ".odt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind's English name (a translation key), as the pages show it beside a file.</summary>
    public static string Label(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Pdf => "PDF",
        EvidenceKind.Png => "PNG image",
        EvidenceKind.Jpeg => "JPEG image",
        EvidenceKind.Text => "Plain text",
        EvidenceKind.Csv => "CSV table",
        EvidenceKind.Docx => "Word document",
        EvidenceKind.Xlsx => "Excel workbook",
        EvidenceKind.Odt => "OpenDocument text",
        _ => kind.ToString(),
    };

    /// <summary>The label of a stored media type; a stored file always has one of the kinds' media types.</summary>
    public static string Label(string mediaType)
    {
        foreach (var kind in All)
        {
            if (MediaType(kind) == mediaType)
            {
                return Label(kind);
            }
        }
        return mediaType;
    }

    /// <summary>Programs are refused outright, whatever they are named.</summary>
    private static bool IsProgram(ReadOnlySpan<byte> content)
    {
        foreach (var signature in ProgramSignatures)
        {
            if (content.StartsWith(signature))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A ZIP container is a document only when it holds the parts its format requires: Word's and Excel's main part beside
    /// <c>[Content_Types].xml</c>, or OpenDocument text's <c>mimetype</c>. Any macro project refuses it.
    /// </summary>
    private static (EvidenceKind? Kind, EvidenceRefusal? Refusal) OfficeDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
                || e.FullName.StartsWith("Basic/", StringComparison.Ordinal) || e.FullName.StartsWith("Scripts/", StringComparison.Ordinal)))
            {
                return (null, EvidenceRefusal.Macros);
            }
            if (zip.GetEntry("mimetype") is { Length: < 100 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() == OdtMediaType ? (EvidenceKind.Odt, null) : (null, EvidenceRefusal.UnknownType);
            }
            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return (null, EvidenceRefusal.UnknownType);
            }
            return zip.GetEntry("word/document.xml") is not null ? (EvidenceKind.Docx, null)
                : zip.GetEntry("xl/workbook.xml") is not null ? (EvidenceKind.Xlsx, null)
                : (null, EvidenceRefusal.UnknownType);
        }
        catch (InvalidDataException)
        {
            return (null, EvidenceRefusal.UnknownType);
        }
    }

    /// <summary>Control characters other than tab, line feed, form feed and carriage return, which text files do not hold.</summary>
    private static bool HasControlCharacters(ReadOnlySpan<byte> content)
    {
        foreach (var b in content)
        {
            if ((b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C) || b == 0x7F)
            {
                return true;
            }
        }
        return false;
    }
}
