using System.Net.Http.Headers;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Comity.Tests.Library;

/// <summary>Files and multipart requests for the library's upload tests.</summary>
internal static class LibraryUploads
{
    public static Dictionary<string, string> Guide(string title, string language = "en") => new()
    {
        ["title"] = title,
        ["type"] = "guide",
        ["language"] = language,
        ["countries"] = "KE, UG",
        ["region"] = "East Africa",
        ["topics"] = "electronic-evidence,online-investigations",
        ["year"] = "2025",
        ["publisher"] = "Test Centre",
        ["licence"] = "CC-BY-4.0",
        ["summary"] = "A guide written for a test.",
    };

    public static MultipartFormDataContent Multipart(string fileName, byte[] content, IReadOnlyDictionary<string, string> fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }
        return form;
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, IReadOnlyDictionary<string, string> fields) =>
        client.PostAsync("/api/v1/library/documents", Multipart(fileName, content, fields));

    /// <summary>A Markdown file whose body holds <paramref name="word"/>, a word no other document contains.</summary>
    public static byte[] Markdown(string word) => Encoding.UTF8.GetBytes(
        $"# Seizing routers\n\nInvestigators photograph the router before unplugging it and note its {word} lights.\n\n" +
        "The configuration is exported to a write-protected drive and hashed.\n");

    public static byte[] Pdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText(text, 12, new UglyToad.PdfPig.Core.PdfPoint(40, 700), font);
        return builder.Build();
    }

    public static string Unique() => "zq" + Guid.NewGuid().ToString("N")[..10];
}
