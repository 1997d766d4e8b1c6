using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Comity.Identity.Access;
using Comity.Identity.Demo;
using Comity.Roster.Experts;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Roster;

/// <summary>
/// CVs: PDF, DOCX or ODT judged by their bytes, at most 5 MB, kept in the database, replaced on re-upload, and
/// downloadable as an attachment only by those who may see the profile.
/// </summary>
public abstract class ExpertCvs(AppFixture app)
{
    private static byte[] Pdf(int size = 2048)
    {
        var bytes = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.NoCompression).Open());
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }

    private static byte[] Odt() => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    private static byte[] Docx() => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));

    private static MultipartFormDataContent Upload(byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<string> MyExpertIdAsync(HttpClient expert) =>
        (await (await expert.GetAsync("/api/v1/roster/experts/me")).JsonAsync()).GetProperty("id").GetString()!;

    [Fact]
    public void Formats_are_recognised_by_their_bytes_whatever_the_file_is_called()
    {
        Assert.Equal(CvFormat.Pdf, CvAttachment.Sniff(Pdf()));
        Assert.Equal(CvFormat.Docx, CvAttachment.Sniff(Docx()));
        Assert.Equal(CvFormat.Odt, CvAttachment.Sniff(Odt()));
        Assert.Null(CvAttachment.Sniff(Encoding.ASCII.GetBytes("MZ\u0090\0 an executable renamed cv.pdf")));
        Assert.Null(CvAttachment.Sniff(Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))));
        Assert.Null(CvAttachment.Sniff(Zip(("readme.txt", "just a zip"))));
        Assert.Null(CvAttachment.Sniff(Encoding.ASCII.GetBytes("PK\u0003\u0004 truncated")));
        Assert.Equal("my cv.pdf", ExpertCv.CleanName("../../etc/my cv.exe", CvFormat.Pdf));
        Assert.Equal("cv.odt", ExpertCv.CleanName("\u0001\u0002", CvFormat.Odt));
    }

    [Fact]
    public async Task An_expert_uploads_a_cv_replaces_it_and_their_coordinator_downloads_it_as_an_attachment()
    {
        var expert = await app.ApiAsAsync(Role.Expert);
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var id = await MyExpertIdAsync(expert);

        var first = await expert.PutAsync($"/api/v1/roster/experts/{id}/cv", Upload(Pdf(), "cv.pdf", "application/pdf"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        // A DOCX sent under a PDF name and type is stored as what it is.
        var docx = Docx();
        var second = await expert.PutAsync($"/api/v1/roster/experts/{id}/cv", Upload(docx, "Ama Mensah CV.pdf", "application/pdf"));
        var info = await second.JsonAsync();
        Assert.Equal("Docx", info.GetProperty("format").GetString());
        Assert.Equal("Ama Mensah CV.docx", info.GetProperty("fileName").GetString());

        var profile = await (await coordinator.GetAsync($"/api/v1/roster/experts/{id}")).JsonAsync();
        Assert.Equal("Ama Mensah CV.docx", profile.GetProperty("cv").GetProperty("fileName").GetString());
        var download = await coordinator.GetAsync($"/api/v1/roster/experts/{id}/cv");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(docx, await download.Content.ReadAsByteArrayAsync());

        var stored = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Comity.Roster.Data.RosterDb>();
            return await db.Cvs.CountAsync(c => c.ExpertId == Guid.Parse(id));
        });
        Assert.Equal(1, stored);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.TargetId == id).Select(a => a.Action).ToListAsync());
        Assert.Contains("expert.cv-replaced", actions);
        Assert.Contains("expert.cv-downloaded", actions);
    }

    [Fact]
    public async Task Files_that_are_not_documents_or_too_large_are_refused_and_the_old_cv_stays()
    {
        var expert = await app.ApiAsAsync(Role.Expert);
        var id = await MyExpertIdAsync(expert);
        Assert.Equal(HttpStatusCode.OK, (await expert.PutAsync($"/api/v1/roster/experts/{id}/cv", Upload(Odt(), "cv.odt"))).StatusCode);

        var renamed = await expert.PutAsync($"/api/v1/roster/experts/{id}/cv", Upload(Encoding.ASCII.GetBytes("MZ not a document"), "cv.pdf", "application/pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.Contains("PDF, Word (.docx) or OpenDocument (.odt)", await renamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var large = await expert.PutAsync($"/api/v1/roster/experts/{id}/cv", Upload(Pdf(ExpertCv.MaxBytes + 1), "big.pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("at most 5 MB", await large.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var huge = await expert.PutAsync($"/api/v1/roster/experts/{id}/cv", Upload(Pdf(7 * 1024 * 1024), "huge.pdf"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        var profile = await (await expert.GetAsync("/api/v1/roster/experts/me")).JsonAsync();
        Assert.Equal("Odt", profile.GetProperty("cv").GetProperty("format").GetString());
    }

    [Fact]
    public async Task A_cv_larger_than_the_default_body_limit_goes_through_the_page_but_other_endpoints_keep_the_limit()
    {
        var browser = await app.SignInAsync(Role.Expert);
        var page = await browser.GetStringAsync("/roster/mine");
        var form = new MultipartFormDataContent
        {
            { new StringContent(AppFixture.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Pdf(3 * 1024 * 1024)), "cv", "three megabytes.pdf" },
        };
        var response = await browser.PostAsync("/roster/mine?handler=Cv", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Your CV is saved.", html, StringComparison.Ordinal);
        Assert.Contains("three megabytes.pdf", html, StringComparison.Ordinal);
        var download = await browser.GetAsync("/roster/mine?handler=Cv");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(3 * 1024 * 1024, (await download.Content.ReadAsByteArrayAsync()).Length);

        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var bigCsv = new StringContent(new string('x', 6 * 1024 * 1024), Encoding.UTF8, "text/csv");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await coordinator.PostAsync("/api/v1/roster/experts/import", bigCsv)).StatusCode);
        var bigJson = new StringContent("{\"title\":\"" + new string('x', 2 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await coordinator.PostAsync("/api/v1/roster/matching/runs", bigJson)).StatusCode);
    }

    [Fact]
    public async Task Only_those_who_may_see_the_profile_download_the_cv_and_only_the_expert_or_their_centre_replace_it()
    {
        var expert = await app.ApiAsAsync(Role.Expert);
        var id = await MyExpertIdAsync(expert);
        Assert.Equal(HttpStatusCode.OK, (await expert.PutAsync($"/api/v1/roster/experts/{id}/cv", Upload(Pdf(), "cv.pdf"))).StatusCode);

        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.GetAsync($"/api/v1/roster/experts/{id}/cv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.PutAsync($"/api/v1/roster/experts/{id}/cv", Upload(Pdf(), "x.pdf"))).StatusCode);

        // Another expert's CV: the demo expert's key cannot read or replace it.
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var centre = (await app.OrganisationIdAsync(DemoNetwork.Accounts.Single(a => a.Role == Role.CentreCoordinator).OrganisationShortName)).ToString();
        var roster = await (await coordinator.GetAsync($"/api/v1/roster/experts?pageSize=50&centreId={centre}")).JsonAsync();
        var other = roster.GetProperty("results").GetProperty("items").EnumerateArray()
            .First(e => e.GetProperty("id").GetString() != id && e.GetProperty("centreId").GetString() == centre).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsync($"/api/v1/roster/experts/{other}/cv", Upload(Odt(), "other.odt"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"/api/v1/roster/experts/{other}/cv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await expert.PutAsync($"/api/v1/roster/experts/{other}/cv", Upload(Pdf(), "mine now.pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/roster/experts/{other}/cv")).StatusCode);

        var anonymous = app.Anonymous(followRedirects: false);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/roster/experts/{id}/cv")).StatusCode);
        var focalBrowser = await app.SignInAsync(Role.CountryFocalPoint, followRedirects: false);
        Assert.Equal(HttpStatusCode.Redirect, (await focalBrowser.GetAsync($"/roster/experts/{id}?handler=Cv")).StatusCode);
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class ExpertCvsOnSqlite(SqliteAppFixture app) : ExpertCvs(app);

[Collection(nameof(PostgresCollection))]
public sealed class ExpertCvsOnPostgres(PostgresAppFixture app) : ExpertCvs(app);
