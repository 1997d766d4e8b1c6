using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Comity.Tests.Infrastructure;

/// <summary>The texts a module's pages look up, and its translations, read from the source tree for the translation tests.</summary>
public static class PageTexts
{
    /// <summary>
    /// Keys in the module's pages: <c>T["…"]</c> in views, and in page models whatever <paramref name="codePattern"/> captures
    /// (its first or second group).
    /// </summary>
    public static HashSet<string> Keys(string module, string codePattern)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in Directory.EnumerateFiles(Path.Combine(ModuleFolder(module), "Areas"), "*.cshtml*", SearchOption.AllDirectories))
        {
            var pattern = page.EndsWith(".cs", StringComparison.Ordinal) ? codePattern : @"T\[""((?:[^""\\]|\\.)*)""";
            foreach (Match m in Regex.Matches(File.ReadAllText(page), pattern))
            {
                keys.Add((m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Replace("\\\"", "\"", StringComparison.Ordinal));
            }
        }
        return keys;
    }

    /// <summary>The keys among <paramref name="keys"/> that <c>Resources/{resources}.{culture}.resx</c> leaves out or leaves empty.</summary>
    public static List<string> Untranslated(string module, string resources, string culture, IEnumerable<string> keys)
    {
        var resx = XDocument.Load(Path.Combine(ModuleFolder(module), "Resources", $"{resources}.{culture}.resx"));
        var translated = resx.Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
        return keys.Where(k => !translated.TryGetValue(k, out var value) || string.IsNullOrWhiteSpace(value)).Order(StringComparer.Ordinal).ToList();
    }

    private static string ModuleFolder(string module)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Comity.slnx")))
        {
            root = root.Parent;
        }
        Assert.NotNull(root);
        return Path.Combine(root.FullName, "src", "Modules", module);
    }
}
