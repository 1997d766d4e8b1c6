using System.Net;
using Comity.Identity.Access;
using Comity.Library.Data;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Library;

/// <summary>The library's pages on a real host: search with facets and safe snippets, upload, edit, delete, toolkits, languages.</summary>
[Collection(nameof(SqliteCollection))]
public sealed class LibraryPages(SqliteAppFixture app)
{
    private static async Task<HttpResponseMessage> UploadFormAsync(HttpClient client, string fileName, byte[] content, Dictionary<string, string> fields)
    {
        var token = AppFixture.AntiforgeryToken(await client.GetStringAsync("/library/upload"));
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (fileName.Length > 0)
        {
            form.Add(new ByteArrayContent(content), "Upload", fileName);
        }
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }
        return await client.PostAsync("/library/upload", form);
    }

    private static Dictionary<string, string> Fields(string title) => new()
    {
        ["Form.Title"] = title,
        ["Form.Type"] = "case-study",
        ["Form.Language"] = "en",
        ["Form.Countries"] = "GH",
        ["Form.Topics"] = "ransomware",
        ["Form.OtherTopics"] = "hospitals",
        ["Form.Year"] = "2025",
    };

    private Task<int> DocumentCountAsync() => app.WithScopeAsync(services => services.GetRequiredService<LibraryDb>().Documents.CountAsync());

    [Fact]
    public async Task A_coordinator_uploads_through_the_form_and_finds_the_document_with_its_words_marked()
    {
        var coordinator = await app.SignInAsync(Role.CentreCoordinator);
        var word = LibraryUploads.Unique();
        var uploaded = await UploadFormAsync(coordinator, "clinic.md", LibraryUploads.Markdown(word), Fields($"Clinic attack {word}"));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Matches("/library/documents/[0-9a-f-]{36}$", uploaded.RequestMessage!.RequestUri!.AbsolutePath);
        var page = WebUtility.HtmlDecode(await uploaded.Content.ReadAsStringAsync());
        Assert.Contains("The document is in the library and can be searched now.", page, StringComparison.Ordinal);
        Assert.Contains("hospitals", page, StringComparison.Ordinal);

        var search = await coordinator.GetStringAsync($"/library?q={word}");
        Assert.Contains($"<mark>{word}</mark>", search, StringComparison.Ordinal);
        Assert.Contains($"Clinic attack {word}", search, StringComparison.Ordinal);
        var download = await coordinator.GetAsync(uploaded.RequestMessage.RequestUri.AbsolutePath + "/file");
        Assert.Equal(LibraryUploads.Markdown(word), await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_bad_file_is_refused_on_the_form_with_the_reason_and_nothing_is_stored()
    {
        var coordinator = await app.SignInAsync(Role.CentreCoordinator);
        var before = await DocumentCountAsync();
        var refused = await UploadFormAsync(coordinator, "photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0], Fields("Photo"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("&#x27;photo.jpg&#x27; is not a PDF, HTML or Markdown file.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var missing = await UploadFormAsync(coordinator, "", [], Fields("Nothing"));
        Assert.Contains("Choose a file to upload.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DocumentCountAsync());
    }

    [Fact]
    public async Task Snippets_show_markup_written_in_a_document_as_text_and_only_mark_is_live()
    {
        var analyst = await app.SignInAsync(Role.Analyst);
        var html = await analyst.GetStringAsync("/library?q=script+injection&queryLanguage=en");
        Assert.Contains("Awareness note: script injection in web forms", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facet_choices_narrow_the_page_and_stay_ticked()
    {
        var expert = await app.SignInAsync(Role.Expert);
        var html = WebUtility.HtmlDecode(await expert.GetStringAsync("/library?type=strategy&language=fr"));
        Assert.Contains("Extrait de la stratégie nationale de cybersécurité", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Guide pratique de la preuve électronique", html, StringComparison.Ordinal);
        Assert.Matches("name=\"type\" value=\"strategy\" checked=\"checked\"", html);
        Assert.Matches("name=\"type\" value=\"guide\"(?! checked)", html);
        Assert.Contains("One document", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_page_shows_its_metadata_download_toolkits_and_documents_like_it()
    {
        var focalPoint = await app.SignInAsync(Role.CountryFocalPoint);
        var search = await focalPoint.GetStringAsync("/library?q=%22first+responder%22&queryLanguage=en");
        var link = System.Text.RegularExpressions.Regex.Match(search, "href=\"(/library/documents/[0-9a-f-]{36})\"").Groups[1].Value;
        var html = WebUtility.HtmlDecode(await focalPoint.GetStringAsync(link));
        Assert.Contains("First responder guide to electronic evidence", html, StringComparison.Ordinal);
        Assert.Contains("Ghana, Nigeria", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}/file\"", html, StringComparison.Ordinal);
        Assert.Contains("Electronic evidence from the scene to the court", html, StringComparison.Ordinal);
        var similar = html[html.IndexOf("More like this", StringComparison.Ordinal)..];
        Assert.Matches("href=\"/library/documents/[0-9a-f-]{36}\"", similar);
        // Readers get no editing controls.
        Assert.DoesNotContain("/edit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_edits_a_description_and_removes_a_document_through_the_pages()
    {
        var admin = await app.SignInAsync(Role.PlatformAdministrator);
        var word = LibraryUploads.Unique();
        var uploaded = await UploadFormAsync(admin, "outline.md", LibraryUploads.Markdown(word), Fields($"Outline {word}"));
        var path = uploaded.RequestMessage!.RequestUri!.AbsolutePath;

        var fields = Fields("");
        var refused = await AppFixture.PostFormAsync(admin, path + "/edit", fields);
        Assert.Contains("This field is required.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        fields["Form.Title"] = $"Renamed {word}";
        var saved = await AppFixture.PostFormAsync(admin, path + "/edit", fields);
        Assert.Equal(path, saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains($"Renamed {word}", await admin.GetStringAsync($"/library?q={word}"), StringComparison.Ordinal);

        var removed = await AppFixture.PostFormAsync(admin, path + "/edit?handler=Delete", new(), path + "/edit");
        Assert.Equal("/library", removed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("The document is removed from the library.", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_coordinator_creates_a_toolkit_and_readers_see_its_documents_in_order()
    {
        var coordinator = await app.SignInAsync(Role.CentreCoordinator);
        var list = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/library/toolkits"));
        Assert.Contains("Writing a national cybersecurity strategy", list, StringComparison.Ordinal);
        Assert.Contains("Responding to ransomware", list, StringComparison.Ordinal);

        var created = await AppFixture.PostFormAsync(coordinator, "/library/toolkits/new", new()
        {
            ["Form.Title"] = "Cooperation across borders",
            ["Form.Topic"] = "international-cooperation",
            ["Form.Description"] = "Requests for data held abroad, step by step.",
        });
        var edit = created.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.EndsWith("/edit", edit, StringComparison.Ordinal);
        var form = await created.Content.ReadAsStringAsync();
        // The documents on the topic are offered; the handbook goes second, the French notes first.
        var rows = System.Text.RegularExpressions.Regex.Matches(form, "name=\"Form.Rows\\[(\\d+)\\].DocumentId\" value=\"([0-9a-f-]{36})\"")
            .ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        Assert.True(rows.Count >= 4, form);
        string IdOf(string title) => System.Text.RegularExpressions.Regex.Match(WebUtility.HtmlDecode(form),
            $"href=\"/library/documents/([0-9a-f-]{{36}})\">{System.Text.RegularExpressions.Regex.Escape(title)}<").Groups[1].Value;
        var handbook = IdOf("Handbook on mutual legal assistance for data requests");
        var notes = IdOf("Notes de formation : la coopération internationale");
        var fields = new Dictionary<string, string>
        {
            ["Form.Title"] = "Cooperation across borders",
            ["Form.Topic"] = "international-cooperation",
            ["Form.Description"] = "Requests for data held abroad, step by step.",
        };
        foreach (var (id, index) in rows)
        {
            fields[$"Form.Rows[{index}].DocumentId"] = id;
        }
        fields[$"Form.Rows[{rows[handbook]}].Included"] = "true";
        fields[$"Form.Rows[{rows[handbook]}].Position"] = "2";
        fields[$"Form.Rows[{rows[notes]}].Included"] = "true";
        fields[$"Form.Rows[{rows[notes]}].Position"] = "1";
        var saved = await AppFixture.PostFormAsync(coordinator, edit, fields);
        Assert.Equal(edit[..^"/edit".Length], saved.RequestMessage!.RequestUri!.AbsolutePath);

        var reader = await app.SignInAsync(Role.Expert);
        var page = WebUtility.HtmlDecode(await reader.GetStringAsync(edit[..^"/edit".Length]));
        var first = page.IndexOf("Notes de formation : la coopération internationale", StringComparison.Ordinal);
        var second = page.IndexOf("Handbook on mutual legal assistance for data requests", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first, page);
        Assert.DoesNotContain("Edit the toolkit", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await (await app.SignInAsync(Role.Expert, followRedirects: false)).GetAsync(edit)).StatusCode);
    }

    [Theory]
    [InlineData("ar", "المكتبة", "rtl")]
    [InlineData("zh", "图书馆", "ltr")]
    [InlineData("fr", "Bibliothèque", "ltr")]
    [InlineData("ru", "Библиотека", "ltr")]
    [InlineData("es", "Biblioteca", "ltr")]
    public async Task The_library_speaks_each_un_language(string culture, string heading, string direction)
    {
        var expert = await app.SignInAsync(Role.Expert);
        var response = await expert.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = culture, ["returnUrl"] = "/library" }));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<html lang=\"{culture}\" dir=\"{direction}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/library\">{heading}</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Apply filters<", html, StringComparison.Ordinal);
    }

    /// <summary>Every text the library's pages look up has an entry in each language, so no library page falls back to English.</summary>
    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Every_library_label_is_translated(string culture)
    {
        var keys = PageTexts.Keys("Comity.Library", @"TempData\[""Message""\] = ""([^""]+)""|new ToolkitFormView\([^;]*, ""([A-Z][^""]+)""\)");
        keys.UnionWith(Comity.Library.Documents.DocumentTypes.All.Select(Comity.Library.Documents.DocumentTypes.Label));
        keys.UnionWith(Comity.Library.Documents.LibraryTopics.All.Select(Comity.Library.Documents.LibraryTopics.Label));
        keys.UnionWith(Comity.Library.Search.SearchLibrary.FacetNames.Select(Comity.Library.LibraryLabels.Facet));
        keys.UnionWith(new[] { "ar", "en", "es", "fr", "ru", "zh" }.Select(Comity.Library.LibraryLabels.Language));
        Assert.True(keys.Count > 100, $"only {keys.Count} keys found; the scan is broken");
        Assert.Empty(PageTexts.Untranslated("Comity.Library", "LibraryText", culture, keys));
    }
}
