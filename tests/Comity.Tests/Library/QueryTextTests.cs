using Comity.Library.Search;
using CsCheck;

namespace Comity.Tests.Library;

public sealed class QueryTextTests(DemoIndexFixture demo) : IClassFixture<DemoIndexFixture>
{
    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.String,
        Gen.Char['\0', '\uFFFF'].Array[0, 80].Select(c => new string(c)),
        Gen.OneOf("\"", "-", "--", "\"\"", "-\"", "*", "?", "~", "^", "\\", "(", ")", "[", "]", "{", "}", ":", "AND", "OR", "NOT", "title_fr:x",
                "preuves", "الأدلة", "网络犯罪", "<script>", "e-mail", "de", "the", " ", "\t", "\uD800", "\u200F")
            .Array[0, 30].Select(parts => string.Join(" ", parts)));

    [Fact]
    public void Words_phrases_and_exclusions_are_recognised()
    {
        var parts = QueryText.Parse("ransomware \"chain of custody\" -hospital e-mail");

        Assert.Equal(
            [new QueryPart("ransomware", false, false), new QueryPart("chain of custody", true, false), new QueryPart("hospital", false, true), new QueryPart("e-mail", false, false)],
            parts);
    }

    [Fact]
    public void An_unclosed_quote_makes_a_phrase_of_the_rest()
    {
        Assert.Equal([new QueryPart("a", false, false), new QueryPart("b c", true, false)], QueryText.Parse("a \"b c"));
    }

    [Fact]
    public void Parsing_any_string_gives_a_bounded_list_of_non_empty_parts()
    {
        Hostile.Sample(text =>
        {
            var parts = QueryText.Parse(text);
            Assert.True(parts.Count <= QueryText.MaxParts);
            Assert.All(parts, p => Assert.Contains(p.Text, c => char.IsLetterOrDigit(c)));
        });
    }

    [Fact]
    public void Random_query_strings_never_throw_in_any_query_language()
    {
        var languages = Gen.OneOf<string?>(null, "fr", "ar", "zh", "en", "ru", "es", "xx", "");
        Gen.Select(Hostile, languages, Gen.Int[-3, 5]).Sample((text, language, page) =>
        {
            var result = demo.Index.Search(new LibrarySearchRequest { Text = text, QueryLanguage = language, Page = page, PageSize = 5 });
            Assert.True(result.TotalHits >= 0);
            Assert.All(result.Hits.SelectMany(h => h.Snippets), s => Assert.DoesNotContain("<script", s, StringComparison.OrdinalIgnoreCase));
        }, iter: 300);
    }
}
