using System.Text;
using Comity.Library.Demo;
using Comity.Library.Extraction;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Comity.Tests.Library;

public sealed class TextExtractorTests
{
    private readonly TextExtractor extractor = new();

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void The_text_layer_of_a_PDF_is_extracted()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Chain of custody for seized phones", 12, new UglyToad.PdfPig.Core.PdfPoint(40, 700), font);

        var text = extractor.Extract("guide.pdf", new MemoryStream(builder.Build())).Text;

        Assert.Contains("Chain of custody for seized phones", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_PDF_is_reported_as_unreadable()
    {
        var error = Assert.Throws<TextExtractionException>(() => extractor.Extract("broken.pdf", Utf8("%PDF-1.7 this is not really a pdf")));

        Assert.Equal(ExtractionFailure.Unreadable, error.Failure);
        Assert.Contains("broken.pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HTML_gives_its_visible_text_without_scripts_styles_or_tags()
    {
        const string html = "<html><head><title>Page</title><style>p{color:red}</style></head><body>" +
            "<h1>Heading</h1><p>First <b>bold</b> paragraph</p><script>alert('x')</script><p>Second &amp; last</p></body></html>";

        var text = extractor.Extract("page.html", Utf8(html)).Text;

        Assert.Equal("Page\n\nHeading\n\nFirst bold paragraph\n\nSecond & last", text);
    }

    [Fact]
    public void Markdown_gives_plain_text_without_front_matter_or_markup()
    {
        const string markdown = "---\ntitle: T\nlanguage: en\n---\n# Heading\n\nSome **strong** text and a [link](http://example.org).\n";

        var text = extractor.Extract("note.md", Utf8(markdown)).Text;

        Assert.Equal("Heading\nSome strong text and a link.", text);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_parsing()
    {
        var small = new TextExtractor(new ExtractionLimits(MaxInputBytes: 100));

        var error = Assert.Throws<TextExtractionException>(() => small.Extract("big.txt", new MemoryStream(new byte[101])));

        Assert.Equal(ExtractionFailure.TooLarge, error.Failure);
    }

    [Fact]
    public void Text_beyond_the_character_limit_is_cut_at_a_word_boundary()
    {
        var limited = new TextExtractor(new ExtractionLimits(MaxTextChars: 20));

        var result = limited.Extract("long.txt", Utf8("alpha beta gamma delta epsilon zeta"));

        Assert.True(result.Truncated);
        Assert.Equal("alpha beta gamma", result.Text);
    }

    [Fact]
    public void Unsupported_and_empty_files_get_their_own_reasons()
    {
        Assert.Equal(ExtractionFailure.UnsupportedFormat, Assert.Throws<TextExtractionException>(() => extractor.Extract("x.docx", Utf8("x"))).Failure);
        Assert.Equal(ExtractionFailure.NoText, Assert.Throws<TextExtractionException>(() => extractor.Extract("x.html", Utf8("<p>  </p>"))).Failure);
    }

    [Fact]
    public void Demo_front_matter_becomes_document_metadata()
    {
        var doc = DemoLibrary.FromMarkdown("x", "---\ntitle: \"Guide\"\nlanguage: fr\ncountries: [SN, CI]\nyear: 2024\n---\nTexte.");

        Assert.Equal("Guide", doc.Title);
        Assert.Equal("fr", doc.Metadata.Language);
        Assert.Equal(["SN", "CI"], doc.Metadata.Countries);
        Assert.Equal(2024, doc.Metadata.Year);
        Assert.Equal("Texte.", doc.Text);
    }
}
