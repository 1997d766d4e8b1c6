using Comity.Library.Search;
using CsCheck;
using Lucene.Net.Analysis.En;

namespace Comity.Tests.Library;

public sealed class SnippetBuilderTests
{
    private static readonly EnglishAnalyzer English = new(LibraryLanguages.Version);

    private static string Strip(string html) => System.Net.WebUtility.HtmlDecode(html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));

    [Fact]
    public void The_passage_with_the_most_distinct_terms_is_chosen()
    {
        var text = string.Join(" ", Enumerable.Repeat("Unrelated filler words about the weather.", 20))
            + " Preserve the logs and keep offline backups. "
            + string.Join(" ", Enumerable.Repeat("More filler about gardening tools.", 20));

        var snippets = SnippetBuilder.Build(text, English, "body_en", new HashSet<string> { "log", "backup" }, maxPassages: 1);

        var snippet = Assert.Single(snippets);
        Assert.Contains("<mark>logs</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>backups</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_match_the_opening_of_the_text_is_returned()
    {
        var snippets = SnippetBuilder.Build("A short text & more.", English, "body_en", new HashSet<string> { "absent" });

        Assert.Equal(["A short text &amp; more."], snippets);
    }

    [Fact]
    public void Any_text_gives_snippets_that_contain_no_tag_but_mark_and_decode_back_to_the_source()
    {
        var words = Gen.OneOf("<script>", "</script>", "<b>", "&amp;", "\"", "'", "evidence", "Evidence", "data", "x", "é", "😀", "\n");
        words.Array[1, 200].Select(w => string.Join(" ", w)).Sample(text =>
        {
            var snippets = SnippetBuilder.Build(text, English, "body_en", new HashSet<string> { "evid", "data" });
            foreach (var snippet in snippets)
            {
                var withoutMarks = snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
                Assert.DoesNotContain('<', withoutMarks);
                Assert.DoesNotContain('>', withoutMarks);
                var plain = Strip(snippet).Trim('…');
                Assert.Contains(plain, text.Replace('\n', ' '), StringComparison.Ordinal);
            }
        });
    }
}
