using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Comity.Identity.Access;
using Comity.Library;
using Comity.Library.Data;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Library;

/// <summary>
/// The library through its API on a real host: upload, search with facets in several languages, download, edit, delete,
/// toolkits, and everything that must be refused.
/// </summary>
public abstract class LibraryApi(AppFixture app)
{
    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    private static List<string> Titles(JsonElement search) => search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();

    private static Dictionary<string, int> Facet(JsonElement search, string name) => search.GetProperty("facets").EnumerateArray()
        .Single(f => f.GetProperty("name").GetString() == name).GetProperty("values").EnumerateArray()
        .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    private Task<(int Documents, long Changes)> StateAsync() => app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<LibraryDb>();
        return (await db.Documents.CountAsync(), await db.Changes.LongCountAsync());
    });

    [Fact]
    public async Task An_uploaded_file_is_found_by_search_and_downloads_byte_for_byte()
    {
        var librarian = await app.ApiAsAsync(Role.CentreCoordinator);
        var word = LibraryUploads.Unique();
        var bytes = LibraryUploads.Markdown(word);

        var created = await LibraryUploads.UploadAsync(librarian, "Seizing routers.md", bytes, LibraryUploads.Guide($"Seizing routers {word}"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var document = await created.JsonAsync();
        var id = document.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/library/documents/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("Markdown", document.GetProperty("file").GetProperty("format").GetString());

        // Any signed-in role may search and read.
        var reader = await app.ApiAsAsync(Role.Expert);
        var found = await OkJsonAsync(await reader.GetAsync($"/api/v1/library/search?q={word}"));
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        var hit = found.GetProperty("hits")[0];
        Assert.Equal(id, hit.GetProperty("id").GetString());
        Assert.Contains($"<mark>{word}</mark>", hit.GetProperty("snippets")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(["electronic-evidence", "online-investigations"], hit.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));

        var download = await reader.GetAsync($"/api/v1/library/documents/{id}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/markdown", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Seizing routers.md", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        var metadata = await OkJsonAsync(await reader.GetAsync($"/api/v1/library/documents/{id}"));
        Assert.Equal(["KE", "UG"], metadata.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(bytes.Length, metadata.GetProperty("file").GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task A_pdf_and_an_html_page_are_recognised_by_their_bytes_and_their_text_is_searchable()
    {
        var librarian = await app.ApiAsAsync(Role.PlatformAdministrator);
        var pdfWord = LibraryUploads.Unique();
        var pdf = LibraryUploads.Pdf($"Mobile forensics checklist {pdfWord}");
        // No title given: the form field is empty, so the file's own words name it.
        var fields = LibraryUploads.Guide("");
        var pdfCreated = await OkJsonAsync(await LibraryUploads.UploadAsync(librarian, "checklist", pdf, fields));
        Assert.Equal("Pdf", pdfCreated.GetProperty("file").GetProperty("format").GetString());
        Assert.Equal("checklist.pdf", pdfCreated.GetProperty("file").GetProperty("fileName").GetString());

        var htmlWord = LibraryUploads.Unique();
        var html = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><title>Triage note {htmlWord}</title><script>steal()</script></head>" +
            $"<body><h1>Triage</h1><p>Isolate the host, then image {htmlWord} memory.</p></body></html>");
        var htmlCreated = await OkJsonAsync(await LibraryUploads.UploadAsync(librarian, "triage.txt", html, fields));
        Assert.Equal("Html", htmlCreated.GetProperty("file").GetProperty("format").GetString());
        Assert.Equal($"Triage note {htmlWord}", htmlCreated.GetProperty("title").GetString());

        var reader = await app.ApiAsAsync(Role.Analyst);
        Assert.Equal(pdfCreated.GetProperty("id").GetString(),
            (await OkJsonAsync(await reader.GetAsync($"/api/v1/library/search?q={pdfWord}"))).GetProperty("hits")[0].GetProperty("id").GetString());
        var htmlHit = (await OkJsonAsync(await reader.GetAsync($"/api/v1/library/search?q={htmlWord}+memory"))).GetProperty("hits")[0];
        Assert.DoesNotContain("steal", string.Concat(htmlHit.GetProperty("snippets").EnumerateArray().Select(s => s.GetString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_French_search_finds_the_French_evidence_guide_whatever_the_plural_and_accents()
    {
        var reader = await app.ApiAsAsync(Role.CountryFocalPoint);
        var byQueryLanguage = await OkJsonAsync(await reader.GetAsync("/api/v1/library/search?q=preuves+%C3%A9lectroniques&queryLanguage=fr"));
        Assert.Equal("Guide pratique de la preuve électronique", Titles(byQueryLanguage)[0]);
        Assert.Equal("fr", byQueryLanguage.GetProperty("queryLanguage").GetString());
        Assert.All(byQueryLanguage.GetProperty("hits").EnumerateArray(), h => Assert.Equal("fr", h.GetProperty("language").GetString()));
        // Choosing French documents in the language facet analyses the words as French too.
        var byFacet = await OkJsonAsync(await reader.GetAsync("/api/v1/library/search?q=preuve+electronique&language=fr"));
        Assert.Equal("Guide pratique de la preuve électronique", Titles(byFacet)[0]);
        Assert.Contains("<mark>", byFacet.GetProperty("hits")[0].GetProperty("snippets")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Arabic_search_finds_the_Arabic_evidence_guide_with_or_without_the_article()
    {
        var reader = await app.ApiAsAsync(Role.Expert);
        foreach (var query in new[] { "الأدلة الرقمية", "أدلة رقمية" })
        {
            var result = await OkJsonAsync(await reader.GetAsync($"/api/v1/library/search?q={Uri.EscapeDataString(query)}&queryLanguage=ar"));
            Assert.Equal("دليل التعامل مع الأدلة الرقمية", Titles(result)[0]);
        }
        var ransomware = await OkJsonAsync(await reader.GetAsync($"/api/v1/library/search?q={Uri.EscapeDataString("الفدية")}"));
        Assert.Contains("دراسة حالة: هجوم برامج الفدية على شركة كهرباء", Titles(ransomware));
    }

    [Fact]
    public async Task Facets_count_every_match_and_a_chosen_value_keeps_the_others_of_its_facet_offered()
    {
        var reader = await app.ApiAsAsync(Role.Analyst);
        var all = await OkJsonAsync(await reader.GetAsync("/api/v1/library/search?pageSize=50"));
        var languages = Facet(all, "language");
        Assert.Equal(["ar", "en", "es", "fr", "ru", "zh"], languages.Keys.Order());
        Assert.Equal(all.GetProperty("total").GetInt32(), languages.Values.Sum());
        Assert.True(Facet(all, "type")["case-study"] >= 5);

        var caseStudies = await OkJsonAsync(await reader.GetAsync("/api/v1/library/search?type=case-study&pageSize=50"));
        Assert.Equal(Facet(all, "type")["case-study"], caseStudies.GetProperty("total").GetInt32());
        Assert.All(caseStudies.GetProperty("hits").EnumerateArray(), h => Assert.Equal("case-study", h.GetProperty("type").GetString()));
        // The type facet still offers the other types with their full counts; the other facets count the case studies only.
        Assert.Equal(Facet(all, "type"), Facet(caseStudies, "type"));
        Assert.Equal(caseStudies.GetProperty("total").GetInt32(), Facet(caseStudies, "language").Values.Sum());

        var frenchOrRussianCaseStudies = await OkJsonAsync(await reader.GetAsync("/api/v1/library/search?type=case-study&language=fr&language=ru"));
        Assert.All(frenchOrRussianCaseStudies.GetProperty("hits").EnumerateArray(),
            h => Assert.Contains(h.GetProperty("language").GetString(), new[] { "fr", "ru" }));
        Assert.Equal(2, frenchOrRussianCaseStudies.GetProperty("total").GetInt32());
        var year = Facet(all, "year").Keys.First();
        var ofYear = await OkJsonAsync(await reader.GetAsync($"/api/v1/library/search?year={year}&pageSize=50"));
        Assert.Equal(Facet(all, "year")[year], ofYear.GetProperty("total").GetInt32());
        var ghana = await OkJsonAsync(await reader.GetAsync("/api/v1/library/search?country=GH&topic=electronic-evidence"));
        Assert.Contains("First responder guide to electronic evidence", Titles(ghana));
    }

    [Fact]
    public async Task A_document_lists_others_on_the_same_subject()
    {
        var reader = await app.ApiAsAsync(Role.Expert);
        var guide = (await OkJsonAsync(await reader.GetAsync("/api/v1/library/search?q=%22first+responder%22&queryLanguage=en"))).GetProperty("hits")[0];
        var similar = await OkJsonAsync(await reader.GetAsync($"/api/v1/library/documents/{guide.GetProperty("id").GetString()}/similar"));
        Assert.NotEmpty(similar.EnumerateArray());
        Assert.Contains("electronic-evidence", similar[0].GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/library/documents/{Guid.NewGuid()}/similar")).StatusCode);
    }

    [Fact]
    public async Task Bad_uploads_are_refused_with_the_reason_and_change_nothing()
    {
        var librarian = await app.ApiAsAsync(Role.CentreCoordinator);
        var before = await StateAsync();
        var fields = LibraryUploads.Guide("Refused");
        async Task RefusedAsync(string fileName, byte[] content, string reason, IReadOnlyDictionary<string, string>? with = null)
        {
            var response = await LibraryUploads.UploadAsync(librarian, fileName, content, with ?? fields);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.JsonAsync()).GetProperty("errors");
            Assert.Contains(reason, errors.GetRawText(), StringComparison.Ordinal);
        }

        await RefusedAsync("chart.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "is not a PDF, HTML or Markdown file");
        await RefusedAsync("report.docx", [.. "PK\u0003\u0004"u8, .. new byte[64]], "office or archive file");
        await RefusedAsync("empty.md", [], "is empty");
        await RefusedAsync("big.md", Enumerable.Repeat((byte)'a', (8 * 1024 * 1024) + 1).ToArray(), "larger than the 8 MB");
        await RefusedAsync("broken.pdf", "%PDF-1.7 this is not really a pdf"u8.ToArray(), "broken.pdf");
        await RefusedAsync("notes.pdf", "plain words"u8.ToArray(), "is named .pdf but is not a PDF file");
        await RefusedAsync("scan.pdf", LibraryUploads.Pdf(" "), "contains no text");
        var bad = new Dictionary<string, string>(fields) { ["type"] = "poem", ["language"] = "de", ["countries"] = "GH, ZZ", ["year"] = "1800" };
        var metadata = await LibraryUploads.UploadAsync(librarian, "fine.md", LibraryUploads.Markdown(LibraryUploads.Unique()), bad);
        Assert.Equal(HttpStatusCode.BadRequest, metadata.StatusCode);
        var errors = (await metadata.JsonAsync()).GetProperty("errors");
        Assert.Equal(["countries", "language", "type", "year"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("ZZ", errors.GetProperty("countries")[0].GetString(), StringComparison.Ordinal);

        // A body over the limit is refused before it is read.
        var huge = await LibraryUploads.UploadAsync(librarian, "huge.md", new byte[9 * 1024 * 1024], fields);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        var json = await librarian.PostAsJsonAsync("/api/v1/library/documents", new { title = "No file" }, Http.Json);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);

        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task The_same_file_is_not_added_twice()
    {
        var librarian = await app.ApiAsAsync(Role.CentreCoordinator);
        var bytes = LibraryUploads.Markdown(LibraryUploads.Unique());
        Assert.Equal(HttpStatusCode.Created, (await LibraryUploads.UploadAsync(librarian, "once.md", bytes, LibraryUploads.Guide("Once"))).StatusCode);
        var before = await StateAsync();
        var again = await LibraryUploads.UploadAsync(librarian, "twice.md", bytes, LibraryUploads.Guide("Twice"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already in the library as \"Once\"", (await again.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task A_librarian_corrects_a_description_and_removes_a_document_and_search_follows()
    {
        var librarian = await app.ApiAsAsync(Role.PlatformAdministrator);
        var word = LibraryUploads.Unique();
        var id = (await OkJsonAsync(await LibraryUploads.UploadAsync(librarian, "draft.md", LibraryUploads.Markdown(word), LibraryUploads.Guide("Draft title"))))
            .GetProperty("id").GetString();

        var refused = await librarian.PutAsJsonAsync($"/api/v1/library/documents/{id}", new { title = "", type = "guide", language = "en" }, Http.Json);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var edited = await OkJsonAsync(await librarian.PutAsJsonAsync($"/api/v1/library/documents/{id}", new
        {
            title = "Router seizure checklist",
            type = "training",
            language = "en",
            countries = new[] { "ng" },
            topics = new[] { "incident-response" },
            year = 2024,
            sourceUrl = "https://centre.example/routers",
        }, Http.Json));
        Assert.Equal(["NG"], edited.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));

        var reader = await app.ApiAsAsync(Role.Expert);
        var found = await OkJsonAsync(await reader.GetAsync($"/api/v1/library/search?q={word}&type=training&country=NG&topic=incident-response"));
        Assert.Equal(["Router seizure checklist"], Titles(found));
        Assert.Equal(0, (await OkJsonAsync(await reader.GetAsync($"/api/v1/library/search?q={word}&type=guide"))).GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await librarian.DeleteAsync($"/api/v1/library/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/library/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/library/documents/{id}/file")).StatusCode);
        Assert.Equal(0, (await OkJsonAsync(await reader.GetAsync($"/api/v1/library/search?q={word}"))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await librarian.DeleteAsync($"/api/v1/library/documents/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_librarian_curates_a_toolkit_whose_documents_keep_their_order()
    {
        var reader = await app.ApiAsAsync(Role.CountryFocalPoint);
        var toolkits = await OkJsonAsync(await reader.GetAsync("/api/v1/library/toolkits"));
        var strategy = toolkits.EnumerateArray().Single(t => t.GetProperty("title").GetString() == "Writing a national cybersecurity strategy");
        Assert.Equal(6, strategy.GetProperty("documentCount").GetInt32());
        var demo = await OkJsonAsync(await reader.GetAsync($"/api/v1/library/toolkits/{strategy.GetProperty("id").GetString()}"));
        Assert.Equal([1, 2, 3, 4, 5, 6], demo.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("position").GetInt32()));

        var librarian = await app.ApiAsAsync(Role.CentreCoordinator);
        var ransomware = await OkJsonAsync(await reader.GetAsync("/api/v1/library/search?topic=ransomware&pageSize=3"));
        var ids = ransomware.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
        var invalid = await librarian.PostJsonAsync("/api/v1/library/toolkits", new { title = "Bad", topic = "Not A Slug", description = "", documents = new[] { Guid.NewGuid() } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["description", "documents", "topic"], (await invalid.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());

        var created = await librarian.PostJsonAsync("/api/v1/library/toolkits", new { title = "First hours of a ransomware attack", topic = "ransomware",
            description = "What responders did first.", documents = ids });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString();
        ids.Reverse();
        var reordered = await OkJsonAsync(await librarian.PutAsJsonAsync($"/api/v1/library/toolkits/{id}", new { title = "First hours of a ransomware attack",
            topic = "ransomware", description = "What responders did first.", documents = ids }, Http.Json));
        Assert.Equal(ids, reordered.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!));

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.DeleteAsync($"/api/v1/library/toolkits/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await librarian.DeleteAsync($"/api/v1/library/toolkits/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/library/toolkits/{id}")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_readers_and_keys_without_the_library_scopes_are_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/library/search?q=evidence")).StatusCode);
        var upload = () => LibraryUploads.Multipart("x.md", LibraryUploads.Markdown(LibraryUploads.Unique()), LibraryUploads.Guide("Refused"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync("/api/v1/library/documents", upload())).StatusCode);
        foreach (var role in new[] { Role.Expert, Role.Analyst, Role.CountryFocalPoint, Role.CampaignManager })
        {
            var client = await app.ApiAsAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/library/documents", upload())).StatusCode);
        }

        var readOnly = app.Anonymous();
        readOnly.DefaultRequestHeaders.Authorization = new("Bearer", await app.KeyForAsync(Role.CentreCoordinator, LibraryModule.ScopeRead));
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync("/api/v1/library/search?q=evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsync("/api/v1/library/documents", upload())).StatusCode);
        var noLibrary = app.Anonymous();
        noLibrary.DefaultRequestHeaders.Authorization = new("Bearer", await app.KeyForAsync(Role.CentreCoordinator, ApiScopes.IdentityRead));
        Assert.Equal(HttpStatusCode.Forbidden, (await noLibrary.GetAsync("/api/v1/library/search?q=evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await noLibrary.GetAsync("/api/v1/library/toolkits")).StatusCode);

        // Pages: everyone signed in reads, only librarians reach the upload form.
        var expert = await app.SignInAsync(Role.Expert, followRedirects: false);
        Assert.Equal(HttpStatusCode.OK, (await expert.GetAsync("/library")).StatusCode);
        var form = await expert.GetAsync("/library/upload");
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Contains("/error/403", form.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var anonymousPage = await app.Anonymous(followRedirects: false).GetAsync("/library");
        Assert.Contains("/account/sign-in", anonymousPage.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class LibraryApiOnSqlite(SqliteAppFixture app) : LibraryApi(app);

[Collection(nameof(PostgresCollection))]
public sealed class LibraryApiOnPostgres(PostgresAppFixture app) : LibraryApi(app);
