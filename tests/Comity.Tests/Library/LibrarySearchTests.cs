using Comity.Library.Search;

namespace Comity.Tests.Library;

public sealed class LibrarySearchTests(DemoIndexFixture demo) : IClassFixture<DemoIndexFixture>
{
    private LibrarySearchResult Search(string? text, string? language = null, LibraryFilters? filters = null, int pageSize = 50) =>
        demo.Index.Search(new LibrarySearchRequest { Text = text, QueryLanguage = language, Filters = filters ?? LibraryFilters.None, PageSize = pageSize });

    private static List<string> Ids(LibrarySearchResult result) => result.Hits.Select(h => h.Id).ToList();

    [Fact]
    public void Every_demo_document_is_indexed_and_the_six_languages_are_all_present()
    {
        var all = Search(null);
        Assert.Equal(demo.Documents.Count, all.TotalHits);
        Assert.Equal(LibraryLanguages.All.Order(), all.Facets[LibraryFacet.Language].Select(f => f.Value).Order());
        Assert.True(demo.Documents.Count(d => d.Metadata.Language == "fr") >= 4);
        Assert.True(demo.Documents.Count(d => d.Metadata.Language == "ar") >= 4);
    }

    [Fact]
    public void A_French_plural_finds_the_document_that_only_uses_the_singular()
    {
        var strategy = demo.Documents.Single(d => d.Id == "fr-strategie-nationale-cybersecurite");
        Assert.DoesNotContain("stratégies", strategy.Text, StringComparison.OrdinalIgnoreCase);

        var result = Search("stratégies nationales", "fr");

        Assert.Equal("fr-strategie-nationale-cybersecurite", result.Hits[0].Id);
        Assert.All(result.Hits, h => Assert.Equal("fr", h.Metadata.Language));
    }

    [Fact]
    public void French_accents_may_be_left_out_of_the_query()
    {
        var result = Search("preuve electronique", "fr");

        Assert.Equal("fr-guide-preuve-electronique", result.Hits[0].Id);
    }

    [Theory]
    [InlineData("الأدلة الرقمية")]
    [InlineData("أدلة رقمية")]
    public void An_Arabic_query_finds_the_evidence_guide_with_or_without_the_definite_article(string query)
    {
        var result = Search(query, "ar");

        Assert.Equal("ar-dalil-al-adilla-al-raqamiya", result.Hits[0].Id);
    }

    [Fact]
    public void An_Arabic_word_without_its_article_finds_the_documents_that_write_it_with_one()
    {
        // The demo texts write "الجريمة" (with al-); the query omits it.
        var result = Search("جريمة", "ar");

        Assert.Contains("ar-qanun-namudhaji", Ids(result));
        Assert.Contains("ar-istratijiya-wataniya", Ids(result));
    }

    [Fact]
    public void A_Chinese_query_is_matched_by_bigrams()
    {
        var result = Search("勒索软件", "zh");

        Assert.Equal(["zh-lesuo-ruanjian-anli"], Ids(result));
    }

    [Fact]
    public void Searching_all_languages_analyses_the_query_in_each_language()
    {
        var result = Search("ransomware");
        var arabic = Search("الفدية");

        Assert.Contains("en-ransomware-case-study-hospital", Ids(result));
        Assert.Contains("ar-dirasat-hala-fidya", Ids(arabic));
    }

    [Fact]
    public void A_query_language_restricts_the_search_to_documents_in_that_language()
    {
        var result = Search("cybersecurity", "fr");

        Assert.Empty(result.Hits);
        Assert.NotEmpty(Search("cybersecurity", "en").Hits);
    }

    [Fact]
    public void A_quoted_phrase_requires_the_words_in_order()
    {
        Assert.Contains("en-mutual-legal-assistance-handbook", Ids(Search("\"mutual legal assistance\"", "en")));
        Assert.Empty(Search("\"assistance legal mutual\"", "en").Hits);
    }

    [Fact]
    public void A_minus_sign_excludes_documents_containing_the_word()
    {
        var with = Ids(Search("ransomware", "en"));
        var without = Ids(Search("ransomware -hospital", "en"));

        Assert.Contains("en-ransomware-case-study-hospital", with);
        Assert.DoesNotContain("en-ransomware-case-study-hospital", without);
    }

    [Fact]
    public void Facet_counts_equal_a_direct_count_over_the_matching_documents()
    {
        var result = Search("capacity building training formation", pageSize: 100);
        var matching = result.Hits.Select(h => demo.Documents.Single(d => d.Id == h.Id)).ToList();
        Assert.Equal(result.TotalHits, matching.Count);

        var topics = matching.SelectMany(d => d.Metadata.Topics).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(topics.OrderBy(p => p.Key), result.Facets[LibraryFacet.Topics].ToDictionary(f => f.Value, f => f.Count).OrderBy(p => p.Key));
        var types = matching.GroupBy(d => d.Metadata.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(types.OrderBy(p => p.Key), result.Facets[LibraryFacet.Type].ToDictionary(f => f.Value, f => f.Count).OrderBy(p => p.Key));
    }

    [Fact]
    public void Facets_over_the_whole_library_count_every_country_and_year()
    {
        var result = Search(null);

        var countries = demo.Documents.SelectMany(d => d.Metadata.Countries).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(countries.OrderBy(p => p.Key), result.Facets[LibraryFacet.Countries].ToDictionary(f => f.Value, f => f.Count).OrderBy(p => p.Key));
        Assert.Equal(demo.Documents.Count(d => d.Metadata.Year == 2024), result.Facets[LibraryFacet.Year].Single(f => f.Value == "2024").Count);
        Assert.Equal(result.Facets[LibraryFacet.Countries].Select(f => f.Count).OrderDescending(), result.Facets[LibraryFacet.Countries].Select(f => f.Count));
    }

    [Fact]
    public void Filters_combine_values_of_one_field_with_or_and_fields_with_and()
    {
        var filters = new LibraryFilters { Types = ["case-study", "guide"], Languages = ["fr", "ar"], YearFrom = 2025 };

        var result = Search(null, filters: filters);

        var expected = demo.Documents
            .Where(d => d.Metadata.Type is "case-study" or "guide" && d.Metadata.Language is "fr" or "ar" && d.Metadata.Year >= 2025)
            .Select(d => d.Id).Order();
        Assert.Equal(expected, Ids(result).Order());
        Assert.NotEmpty(result.Hits);
    }

    [Fact]
    public void Every_metadata_field_can_be_filtered_on()
    {
        Assert.All(Search(null, filters: new LibraryFilters { Countries = ["SN"] }).Hits, h => Assert.Contains("SN", h.Metadata.Countries));
        Assert.All(Search(null, filters: new LibraryFilters { Regions = ["Central Asia"] }).Hits, h => Assert.Equal("Central Asia", h.Metadata.Region));
        Assert.All(Search(null, filters: new LibraryFilters { Topics = ["ransomware"] }).Hits, h => Assert.Contains("ransomware", h.Metadata.Topics));
        Assert.All(Search(null, filters: new LibraryFilters { Publishers = ["Ministerio (ficticio)"] }).Hits, h => Assert.Equal("Ministerio (ficticio)", h.Metadata.Publisher));
        Assert.All(Search(null, filters: new LibraryFilters { Licences = ["CC-BY-SA-4.0"] }).Hits, h => Assert.Equal("CC-BY-SA-4.0", h.Metadata.Licence));
        Assert.Equal(6, Search(null, filters: new LibraryFilters { Licences = ["CC-BY-SA-4.0"] }).TotalHits);
        Assert.Equal(5, Search(null, filters: new LibraryFilters { Topics = ["ransomware"] }).TotalHits);
    }

    [Fact]
    public void Without_query_text_the_newest_documents_come_first()
    {
        var years = Search(null).Hits.Select(h => h.Metadata.Year ?? 0).ToList();

        Assert.Equal(years.OrderDescending(), years);
    }

    [Fact]
    public void Pages_do_not_overlap_and_together_cover_all_hits()
    {
        var pages = Enumerable.Range(1, 4)
            .Select(p => demo.Index.Search(new LibrarySearchRequest { Page = p, PageSize = 10 }))
            .ToList();

        var ids = pages.SelectMany(Ids).ToList();
        Assert.Equal(demo.Documents.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(pages, p => Assert.Equal(demo.Documents.Count, p.TotalHits));
    }

    [Fact]
    public void Snippets_mark_the_matched_terms_in_their_inflected_form()
    {
        var hit = Search("preuves", "fr").Hits.Single(h => h.Id == "fr-guide-preuve-electronique");

        Assert.NotEmpty(hit.Snippets);
        Assert.Contains("<mark>preuve</mark>", string.Join(" ", hit.Snippets), StringComparison.Ordinal);
    }

    [Fact]
    public void Snippets_mark_Arabic_terms_written_with_the_article()
    {
        var hit = Search("أدلة", "ar").Hits.Single(h => h.Id == "ar-dalil-al-adilla-al-raqamiya");

        Assert.Contains("<mark>الأدلة</mark>", string.Join(" ", hit.Snippets), StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_containing_script_tags_yields_escaped_inert_snippets()
    {
        var hit = Search("script payloads", "en").Hits.Single(h => h.Id == "en-html-injection-awareness");
        var html = string.Join(" ", hit.Snippets);

        var unmarked = html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;stolen&#39;)&lt;/script&gt;", unmarked, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        // Once the <mark> tags are taken out, no angle bracket is left.
        Assert.DoesNotContain('<', unmarked);
    }

    [Fact]
    public void More_like_this_returns_the_documents_on_the_same_subject_first()
    {
        var similar = demo.Index.MoreLikeThis("en-ransomware-case-study-hospital", 5).Select(h => h.Id).ToList();

        Assert.DoesNotContain("en-ransomware-case-study-hospital", similar);
        var ransomware = demo.Documents.Where(d => d.Metadata.Topics.Contains("ransomware") && d.Id != "en-ransomware-case-study-hospital").Select(d => d.Id).ToHashSet();
        Assert.True(ransomware.Contains(similar[0]), $"first was {similar[0]}");
        Assert.Equal(ransomware.Count, similar.Take(ransomware.Count).Count(ransomware.Contains));
    }

    [Fact]
    public void More_like_this_in_French_puts_the_French_evidence_guide_before_unrelated_French_texts()
    {
        var similar = demo.Index.MoreLikeThis("fr-loi-type-cybercriminalite", 10).Select(h => h.Id).ToList();

        var firstFrench = similar.First(id => id.StartsWith("fr-", StringComparison.Ordinal));
        Assert.NotEqual("fr-etude-de-cas-rancongiciel", firstFrench);
        Assert.Empty(demo.Index.MoreLikeThis("no-such-document"));
    }
}
