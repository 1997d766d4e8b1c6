using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Comity.Tests.Hygiene;

/// <summary>Every text of the public campaign's pages has a translation in each UN language, so no visitor meets English by accident.</summary>
public sealed partial class PublicTranslations
{
    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Every_label_of_the_public_pages_is_translated(string culture)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Comity.slnx")))
        {
            root = root.Parent;
        }
        Assert.NotNull(root);
        var module = Path.Combine(root.FullName, "src", "Modules", "Comity.Hygiene");
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
