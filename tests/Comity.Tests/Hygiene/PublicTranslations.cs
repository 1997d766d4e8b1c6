using System.Text.RegularExpressions;
using System.Xml.Linq;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Hygiene;

/// <summary>Every text of the public campaign's pages has a translation in each UN language, so no visitor meets English by accident.</summary>
public sealed partial class PublicTranslations
{
    public static TheoryData<string> OtherLanguages => [.. Comity.Hygiene.Languages.Codes.Where(c => c != "en")];

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_label_of_the_public_pages_is_translated(string culture)
    {
        var module = Path.Combine(Repository.Root, "src", "Modules", "Comity.Hygiene");
        var pages = Directory.EnumerateFiles(Path.Combine(module, "Areas", "Hygiene", "Pages", "Visitors"), "*.cshtml*")
            .Append(Path.Combine(module, "Areas", "Hygiene", "Pages", "Shared", "_PublicLayout.cshtml"));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (Match m in LocalizedKey().Matches(File.ReadAllText(page)))
            {
                keys.Add(m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal));
            }
        }
        keys.Add("Type a password to check.");
        var resx = XDocument.Load(Path.Combine(module, "Resources", $"HygieneText.{culture}.resx"));
        var translated = resx.Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
        Assert.True(keys.Count > 60, $"only {keys.Count} keys found; the scan is broken");
        Assert.Empty(keys.Where(k => !translated.TryGetValue(k, out var value) || string.IsNullOrWhiteSpace(value)).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\bT\[""((?:[^""\\]|\\.)*)""\]")]
    private static partial Regex LocalizedKey();
}
