using System.IO.Compression;
using System.Text;
using Comity.Capacity.Evidence;
using CsCheck;

namespace Comity.Tests.Capacity;

/// <summary>Evidence files are told apart by their bytes; the name counts only to tell CSV from plain text.</summary>
public sealed class EvidenceRecognition
{
    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }

    public static TheoryData<string, byte[], string, EvidenceKind> Accepted => new()
    {
        { "a PDF named as a Word file", "%PDF-1.4\n%%EOF"u8.ToArray(), "report.docx", EvidenceKind.Pdf },
        { "a PNG named as a PDF", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "scan.pdf", EvidenceKind.Png },
        { "a JPEG without extension", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16], "photo", EvidenceKind.Jpeg },
        { "a workbook named .bin", Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")), "figures.bin", EvidenceKind.Xlsx },
        { "OpenDocument text named .zip", Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")), "a.zip", EvidenceKind.Odt },
        { "UTF-8 text with a byte-order mark", Encoding.UTF8.GetPreamble().Concat("Décret n° 12\r\n\tArticle 1"u8.ToArray()).ToArray(), "decree", EvidenceKind.Text },
        { "UTF-8 text named .CSV", "year,budget\n2025,1200\n"u8.ToArray(), "BUDGET.CSV", EvidenceKind.Csv },
    };

    public static TheoryData<string, byte[], EvidenceRefusal> Refused => new()
    {
        { "a Windows program", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00], EvidenceRefusal.Program },
        { "a Linux program", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], EvidenceRefusal.Program },
        { "a macOS program", [0xCF, 0xFA, 0xED, 0xFE, 0x07, 0x00], EvidenceRefusal.Program },
        { "a ZIP archive that is no document", Zip(("setup.exe", "MZ")), EvidenceRefusal.UnknownType },
        { "an OpenDocument spreadsheet", Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet")), EvidenceRefusal.UnknownType },
        { "a damaged ZIP", "PK\u0003\u0004 not really a zip"u8.ToArray(), EvidenceRefusal.UnknownType },
        { "a Word file with a macro project", Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w/>"), ("word/vbaProject.bin", "x")), EvidenceRefusal.Macros },
        { "OpenDocument text with Basic macros", Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("Basic/Standard/Module1.xml", "x")), EvidenceRefusal.Macros },
        { "UTF-16 text", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("budget")).ToArray(), EvidenceRefusal.TextNotUtf8 },
        { "Windows-1252 text", Encoding.Latin1.GetBytes("Année budgétaire"), EvidenceRefusal.TextNotUtf8 },
        { "a GIF image", "GIF89a\u0001\u0000\u0001\u0000\u0080\u0000"u8.ToArray(), EvidenceRefusal.UnknownType },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void An_accepted_kind_is_recognised_by_its_bytes_whatever_its_name(string what, byte[] bytes, string name, EvidenceKind kind)
    {
        var (recognised, refusal) = EvidenceTypes.Recognise(bytes, name);
        Assert.True(recognised == kind && refusal is null, $"{what}: {recognised?.ToString() ?? refusal.ToString()}");
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Anything_else_is_refused_with_the_reason(string what, byte[] bytes, EvidenceRefusal expected)
    {
        foreach (var name in new[] { "evidence.pdf", "evidence.txt", "evidence.csv", "evidence" })
        {
            var (kind, refusal) = EvidenceTypes.Recognise(bytes, name);
            Assert.True(kind is null && refusal == expected, $"{what} named {name}: {kind?.ToString() ?? refusal.ToString()}");
        }
    }

    [Fact]
    public void Whatever_the_bytes_recognition_never_throws_refuses_programs_and_accepts_as_text_only_text()
    {
        var program = Gen.Byte.Array[0, 200].Select(rest => (byte[])[0x4D, 0x5A, .. rest]);
        Gen.OneOf(Gen.Byte.Array[0, 200], program).Select(Gen.String[0, 20]).Sample((bytes, name) =>
        {
            var (kind, refusal) = EvidenceTypes.Recognise(bytes, name);
            var isProgram = bytes.AsSpan().StartsWith("MZ"u8);
            var looksLikeText = kind is not (EvidenceKind.Text or EvidenceKind.Csv)
                || (System.Text.Unicode.Utf8.IsValid(bytes) && !bytes.Any(b => b is < 0x09 or 0x0B or (> 0x0D and < 0x20) or 0x7F));
            return (kind is null) != (refusal is null) && (!isProgram || refusal == EvidenceRefusal.Program) && looksLikeText;
        });
    }
}
