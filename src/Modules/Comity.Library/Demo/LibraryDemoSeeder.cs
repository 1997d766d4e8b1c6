using System.Text;
using Comity.Kernel;
using Comity.Library.Data;
using Comity.Library.Documents;
using Comity.Library.Extraction;
using Comity.Library.Toolkits;
using Microsoft.EntityFrameworkCore;

namespace Comity.Library.Demo;

/// <summary>
/// The demo library: the Markdown documents shipped with the module, stored as if a librarian had uploaded each file
/// (same recognition, extraction and validation), and three toolkits. The index picks them up from the change log.
/// </summary>
internal sealed class LibraryDemoSeeder(LibraryDb db, TimeProvider clock) : IDemoSeeder
{
    private const string Prefix = "Comity.Library.Demo.";
    private const string Uploader = "Comity demo";

    private static readonly (string Title, string Topic, string Description, string[] Documents)[] DemoToolkits =
    [
        ("Electronic evidence from the scene to the court", LibraryTopics.ElectronicEvidence,
            "For investigators, prosecutors and forensic staff: how to seize, copy and document electronic evidence so that it stands in court, " +
            "and what the law must say for that to work. Start with the first responder guide in your language.",
            ["en-evidence-first-responder-guide", "fr-guide-preuve-electronique", "es-guia-evidencia-digital", "ar-dalil-al-adilla-al-raqamiya",
                "ru-rukovodstvo-elektronnye-dokazatelstva", "zh-dianzi-zhengju-zhinan", "en-model-cybercrime-law-summary"]),
        ("Writing a national cybersecurity strategy", LibraryTopics.CyberStrategy,
            "For ministries and national CERTs starting or revising a strategy: examples of the structure, the governance and the objectives " +
            "other countries chose, in each of the six languages.",
            ["en-national-cyber-strategy-excerpt", "fr-strategie-nationale-cybersecurite", "es-estrategia-nacional-ciberseguridad", "ar-istratijiya-wataniya",
                "ru-strategiya-kiberbezopasnosti", "zh-wangluo-anquan-zhanlue"]),
        ("Responding to ransomware", LibraryTopics.Ransomware,
            "Case studies of ransomware attacks on hospitals, utilities and firms, what the responders did in the first hours, and what they would " +
            "do differently.",
            ["en-ransomware-case-study-hospital", "fr-etude-de-cas-rancongiciel", "ru-keys-programma-vymogatel", "ar-dirasat-hala-fidya",
                "zh-lesuo-ruanjian-anli"]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Documents.AnyAsync(cancellationToken) || await db.Toolkits.AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var assembly = typeof(LibraryDemoSeeder).Assembly;
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            var fileName = name[Prefix.Length..];
            var content = buffer.ToArray();
            var (file, error) = UploadedFiles.Read(fileName, content);
            var front = FrontMatter.Split(Encoding.UTF8.GetString(content));
            var (description, validation) = DocumentDescription.From(new DocumentInput
            {
                Title = front.Single("title"),
                Type = front.Single("type"),
                Language = front.Single("language"),
                Countries = front.List("countries"),
                Region = front.Single("region"),
                Topics = front.List("topics"),
                Year = int.TryParse(front.Single("year"), System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null,
                Publisher = front.Single("publisher"),
                Licence = front.Single("licence"),
                Summary = SummaryOf(front.Body),
            }, file?.SuggestedTitle, now.Year);
            if (file is null || description is null)
            {
                throw new InvalidOperationException($"The demo document {fileName} is not valid: {error ?? string.Join("; ", validation.Errors.SelectMany(e => e.Value))}");
            }
            var document = Document.Create(Guid.CreateVersion7(now), description, file, null, Uploader, now);
            db.Documents.Add(document);
            db.Files.Add(DocumentFile.For(document.Id, file.Content));
            db.Changes.Add(DocumentChange.Of(document.Id, ChangeKind.Upsert, now));
            ids[Path.GetFileNameWithoutExtension(fileName)] = document.Id;
        }
        foreach (var (title, topic, description, documents) in DemoToolkits)
        {
            db.Toolkits.Add(Toolkit.Create(title, topic, description, documents.Where(ids.ContainsKey).Select(d => ids[d]).ToList(), now));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The first paragraph after the heading, cut near 300 characters: the demo files carry no summary of their own.</summary>
    private static string? SummaryOf(string markdown)
    {
        var paragraph = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Select(p => p.Trim())
            .FirstOrDefault(p => p.Length > 0 && !p.StartsWith('#'));
        if (paragraph is null)
        {
            return null;
        }
        var text = TextExtractor.Normalize(MarkdownText.Extract(paragraph)).Replace('\n', ' ');
        if (text.Length <= 300)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', 299);
        return text[..(cut > 200 ? cut : 300)] + "…";
    }
}
