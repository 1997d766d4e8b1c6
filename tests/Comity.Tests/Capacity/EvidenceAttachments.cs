using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Comity.Tests.Infrastructure;
using static Comity.Tests.Capacity.EvidenceCycle;

namespace Comity.Tests.Capacity;

/// <summary>
/// Evidence files on self-assessment answers: respondents attach them through the API or with the questionnaire, files are
/// recognised by their bytes, only the uploader and the country's focal points reach them, they stop changing when the cycle
/// is submitted, and the exports and the report list them. Each test runs its own cycle (<see cref="EvidenceCycle"/>) in a
/// country no other test assesses.
/// </summary>
public abstract class EvidenceAttachments(AppFixture app)
{
    private Task<EvidenceCycle> OpenCycleAsync(string organisation) => EvidenceCycle.OpenAsync(app, organisation);

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task A_respondent_attaches_a_pdf_through_the_api_and_they_and_the_focal_point_download_it_byte_for_byte()
    {
        var cycle = await OpenCycleAsync("RW-PROS");
        var guest = app.Anonymous();
        await OkJsonAsync(await AnswerAsync(guest, $"/api/v1/capacity/respond/{cycle.Token}", Strategy1));

        // The client's name and Content-Type are not believed: the bytes say PDF, and the folders in the name are dropped.
        var created = await guest.PostAsync(cycle.TokenFiles, Upload(Strategy1, Pdf, @"C:\Users\me\Desktop\Cabinet <decision>.bin"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var file = await created.JsonAsync();
        var fileId = file.GetProperty("id").GetString();
        Assert.Equal("Cabinet decision.pdf", file.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", file.GetProperty("mediaType").GetString());
        Assert.Equal(Pdf.Length, file.GetProperty("size").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), file.GetProperty("sha256").GetString());
        Assert.Equal($"{cycle.TokenFiles}/{fileId}", created.Headers.Location!.OriginalString);

        var questionnaire = await OkJsonAsync(await guest.GetAsync($"/api/v1/capacity/respond/{cycle.Token}"));
        Assert.Equal(fileId, Assert.Single(questionnaire.GetProperty("files").EnumerateArray()).GetProperty("id").GetString());

        foreach (var (client, url) in new[] { (guest, $"{cycle.TokenFiles}/{fileId}"), (cycle.FocalPoint, $"{cycle.CycleFiles}/{fileId}") })
        {
            var download = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal("Cabinet decision.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.True(download.Headers.CacheControl is { Private: true, NoStore: true }, download.Headers.CacheControl?.ToString());
        }

        var results = await OkJsonAsync(await cycle.FocalPoint.GetAsync($"/api/v1/capacity/cycles/{cycle.Id}"));
        var listed = Assert.Single(results.GetProperty("files").EnumerateArray());
        Assert.Equal(Strategy1, listed.GetProperty("indicator").GetString());
        Assert.Equal("Government", listed.GetProperty("group").GetString());
        Assert.Equal($"{cycle.CycleFiles}/{fileId}", listed.GetProperty("download").GetString());
    }

    [Fact]
    public async Task A_disguised_program_an_oversized_file_an_unknown_type_macros_and_an_unanswered_statement_are_refused_and_nothing_is_kept()
    {
        var cycle = await OpenCycleAsync("ZM-REG");
        await OkJsonAsync(await AnswerAsync(cycle.Account, cycle.AccountAnswers, Strategy1));
        var program = new byte[4096];
        "MZ"u8.CopyTo(program);
        var oversized = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(oversized, 0);
        var cp1252 = Encoding.Latin1.GetBytes("Budget;Année\nCybersécurité;1200\n");

        var docx = Zip("[Content_Types].xml", "word/document.xml");
        var attempts = new (string FileName, byte[] Bytes, string Indicator, string Type, string Expected)[]
        {
            ("minutes.pdf", program, Strategy1, "application/pdf", "'minutes.pdf' is a program; programs are never accepted as evidence."),
            ("scan.pdf", oversized, Strategy1, "application/pdf", "'scan.pdf' is larger than 10 MB, the most an evidence file may be."),
            ("chart.gif", "GIF89a\u0001\u0000\u0001\u0000"u8.ToArray(), Strategy1, "image/gif", "'chart.gif' is not a file type accepted as evidence"),
            ("plan.docm", Zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"), Strategy1, "application/pdf", "'plan.docm' contains macros"),
            ("budget.csv", cp1252, Strategy1, "text/csv", "'budget.csv' is text in an encoding other than UTF-8"),
            ("empty.txt", [], Strategy1, "text/plain", "'empty.txt' is empty."),
            ("law.pdf", Pdf, Strategy2, "application/pdf", $"Choose an answer for statement {Strategy2} before attaching evidence to it."),
            ("law.pdf", Pdf, "no.such.indicator", "application/pdf", "'no.such.indicator' is not an indicator of this model."),
        };
        foreach (var (fileName, bytes, indicator, type, expected) in attempts)
        {
            var response = await cycle.Account.PostAsync(cycle.AccountFiles, Upload(indicator, bytes, fileName, type));
            Assert.Contains(await ErrorsAsync(response), m => m.StartsWith(expected, StringComparison.Ordinal));
        }
        Assert.Contains(await ErrorsAsync(await cycle.Account.PostAsync(cycle.AccountFiles, new StringContent("{}", Encoding.UTF8, "application/json"))),
            m => m.Contains("multipart/form-data", StringComparison.Ordinal));

        var questionnaire = await OkJsonAsync(await cycle.Account.GetAsync($"/api/v1/capacity/invitations/{cycle.AccountRespondentId}"));
        Assert.Empty(questionnaire.GetProperty("files").EnumerateArray());
        var results = await OkJsonAsync(await cycle.FocalPoint.GetAsync($"/api/v1/capacity/cycles/{cycle.Id}"));
        Assert.Empty(results.GetProperty("files").EnumerateArray());

        // What is refused is what the bytes are, not the name: the same office document without macros is a Word document.
        var word = await OkJsonAsync(await cycle.Account.PostAsync(cycle.AccountFiles, Upload(Strategy1, docx, "plan.docm")));
        Assert.Equal("plan.docx", word.GetProperty("fileName").GetString());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.GetProperty("mediaType").GetString());
        var csv = await OkJsonAsync(await cycle.Account.PostAsync(cycle.AccountFiles,
            Upload(Strategy1, Encoding.UTF8.GetBytes("Budget;Année\nCybersécurité;1200\n"), "budget.csv")));
        Assert.Equal("text/csv; charset=utf-8", csv.GetProperty("mediaType").GetString());
        Assert.Contains("'again.docx' is already attached to statement policy.strategy.1.",
            await ErrorsAsync(await cycle.Account.PostAsync(cycle.AccountFiles, Upload(Strategy1, docx, "again.docx"))));
    }

    [Fact]
    public async Task The_questionnaire_page_attaches_and_removes_files_with_the_answers_and_a_refused_file_saves_nothing()
    {
        var cycle = await OpenCycleAsync("SN-MDE");
        var browser = app.Anonymous();
        var page = $"/capacity/respond/{cycle.Token}";

        async Task<HttpResponseMessage> SaveAsync(Dictionary<string, string> fields, params (string Indicator, string Name, byte[] Bytes)[] files)
        {
            var form = new MultipartFormDataContent { { new StringContent(AppFixture.AntiforgeryToken(await browser.GetStringAsync(page))), "__RequestVerificationToken" } };
            foreach (var (name, value) in fields.Append(new("finish", "false")))
            {
                form.Add(new StringContent(value), name);
            }
            foreach (var (indicator, name, bytes) in files)
            {
                form.Add(new ByteArrayContent(bytes), $"f:{indicator}", name);
            }
            return await browser.PostAsync(page, form);
        }

        // One refused file among the changes: neither the answers nor the good file are kept, and the page says why.
        var refused = await SaveAsync(new() { [$"v:{Strategy1}"] = "Met", [$"v:{Strategy2}"] = "Partly" },
            (Strategy1, "law.pdf", Pdf), (Strategy2, "setup.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("'setup.pdf' is a program; programs are never accepted as evidence.", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"v:{Strategy2}\" value=\"Partly\" checked=\"checked\"", html, StringComparison.Ordinal);
        var questionnaire = await OkJsonAsync(await browser.GetAsync($"/api/v1/capacity/respond/{cycle.Token}"));
        Assert.Empty(questionnaire.GetProperty("answers").EnumerateArray());
        Assert.Empty(questionnaire.GetProperty("files").EnumerateArray());

        // Larger than the 1 MB the host allows a body by default: the questionnaire's limit makes room for its files.
        var law = new byte[2 * 1024 * 1024];
        Pdf.CopyTo(law, 0);
        var saved = await SaveAsync(new() { [$"v:{Strategy1}"] = "Met" }, (Strategy1, "law.pdf", law));
        Assert.Contains("Your answers are saved.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var file = Assert.Single((await OkJsonAsync(await browser.GetAsync($"/api/v1/capacity/respond/{cycle.Token}"))).GetProperty("files").EnumerateArray());
        var fileId = file.GetProperty("id").GetString();
        var download = await browser.GetAsync($"{page}/files/{fileId}");
        Assert.Equal(law, await download.Content.ReadAsByteArrayAsync());
        Assert.True(download.Headers.CacheControl is { Private: true, NoStore: true });

        await SaveAsync(new() { [$"v:{Strategy1}"] = "Met", ["remove"] = fileId! });
        Assert.Empty((await OkJsonAsync(await browser.GetAsync($"/api/v1/capacity/respond/{cycle.Token}"))).GetProperty("files").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"{page}/files/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task Another_countrys_focal_point_and_respondents_who_did_not_upload_the_file_get_not_found()
    {
        var cycle = await OpenCycleAsync("FJ-MOC");
        var guest = app.Anonymous();
        await OkJsonAsync(await AnswerAsync(guest, $"/api/v1/capacity/respond/{cycle.Token}", Strategy1));
        var fileId = (await OkJsonAsync(await guest.PostAsync(cycle.TokenFiles, Upload(Strategy1, Pdf, "decree.pdf")))).GetProperty("id").GetString();
        var other = await OpenCycleAsync("JM-MST");

        var notFound = new List<(HttpClient Client, HttpMethod Method, string Url)>
        {
            // A focal point of another country, by the cycle's own path and by their own cycle's.
            (other.FocalPoint, HttpMethod.Get, $"{cycle.CycleFiles}/{fileId}"),
            (other.FocalPoint, HttpMethod.Get, $"{other.CycleFiles}/{fileId}"),
            // A respondent of another cycle, through their link and their account.
            (guest, HttpMethod.Get, $"{other.TokenFiles}/{fileId}"),
            (guest, HttpMethod.Delete, $"{other.TokenFiles}/{fileId}"),
            (other.Account, HttpMethod.Get, $"{other.AccountFiles}/{fileId}"),
            // A respondent of the same cycle who did not upload it, and someone using another's invitation.
            (cycle.Account, HttpMethod.Get, $"{cycle.AccountFiles}/{fileId}"),
            (cycle.Account, HttpMethod.Delete, $"{cycle.AccountFiles}/{fileId}"),
            (other.Account, HttpMethod.Get, $"{cycle.AccountFiles}/{fileId}"),
        };
        foreach (var (client, method, url) in notFound)
        {
            Assert.True((await client.SendAsync(new HttpRequestMessage(method, url))).StatusCode == HttpStatusCode.NotFound, $"{method} {url}");
        }
        var otherBrowser = app.Anonymous();
        await AppFixture.PostFormAsync(otherBrowser, "/account/sign-in", new() { ["Email"] = other.FocalPointEmail, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.NotFound, (await otherBrowser.GetAsync($"/capacity/cycles/{cycle.Id}/files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/capacity/respond/{other.Token}/files/{fileId}")).StatusCode);

        // Still there for those who may see it.
        Assert.Equal(HttpStatusCode.OK, (await cycle.FocalPoint.GetAsync($"{cycle.CycleFiles}/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync($"{cycle.TokenFiles}/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task The_uploader_removes_a_file_while_the_cycle_is_open_and_after_submission_files_no_longer_change()
    {
        var cycle = await OpenCycleAsync("PE-PROS");
        var answers = cycle.AccountAnswers;
        await OkJsonAsync(await AnswerAsync(cycle.Account, answers, Strategy1));
        var first = (await OkJsonAsync(await cycle.Account.PostAsync(cycle.AccountFiles, Upload(Strategy1, Pdf, "first.pdf")))).GetProperty("id").GetString();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        var second = (await OkJsonAsync(await cycle.Account.PostAsync(cycle.AccountFiles, Upload(Strategy1, png, "photo.jpg")))).GetProperty("id").GetString();
        var guest = app.Anonymous();
        await OkJsonAsync(await AnswerAsync(guest, $"/api/v1/capacity/respond/{cycle.Token}", Strategy1));
        var guestFile = (await OkJsonAsync(await guest.PostAsync(cycle.TokenFiles, Upload(Strategy1, Pdf, "guest.pdf")))).GetProperty("id").GetString();

        Assert.Equal("first.pdf", (await OkJsonAsync(await cycle.Account.DeleteAsync($"{cycle.AccountFiles}/{first}"))).GetProperty("fileName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await cycle.Account.GetAsync($"{cycle.AccountFiles}/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cycle.FocalPoint.GetAsync($"{cycle.CycleFiles}/{first}")).StatusCode);

        await SubmitAsync(cycle.FocalPoint, cycle.Id);
        var refused = await cycle.Account.DeleteAsync($"{cycle.AccountFiles}/{second}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("This assessment is submitted; its evidence files no longer change.", (await refused.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await cycle.Account.PostAsync(cycle.AccountFiles, Upload(Strategy1, Pdf, "late.pdf"))).StatusCode);
        // Submitting closed the answering link, so its holder reaches nothing any more.
        Assert.Equal(HttpStatusCode.NotFound, (await guest.DeleteAsync($"{cycle.TokenFiles}/{guestFile}")).StatusCode);

        var kept = (await OkJsonAsync(await cycle.FocalPoint.GetAsync($"/api/v1/capacity/cycles/{cycle.Id}"))).GetProperty("files").EnumerateArray()
            .Select(f => f.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(new[] { second, guestFile }.Order().ToList(), kept);
        Assert.Equal(png, await (await cycle.FocalPoint.GetAsync($"{cycle.CycleFiles}/{second}")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_exports_the_results_page_and_the_printable_report_list_the_file_with_its_fingerprint()
    {
        var cycle = await OpenCycleAsync("CR-CSIRT");
        await OkJsonAsync(await AnswerAsync(cycle.Account, cycle.AccountAnswers, Strategy1));
        var file = await OkJsonAsync(await cycle.Account.PostAsync(cycle.AccountFiles, Upload(Strategy1, Pdf, "strategy 2026.pdf")));
        var fileId = file.GetProperty("id").GetString();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        var download = $"{cycle.CycleFiles}/{fileId}";

        var json = await OkJsonAsync(await cycle.FocalPoint.GetAsync($"/api/v1/capacity/cycles/{cycle.Id}/export.json"));
        var exported = Assert.Single(json.GetProperty("files").EnumerateArray());
        Assert.Equal(hash, exported.GetProperty("sha256").GetString());
        Assert.Equal(download, exported.GetProperty("download").GetString());
        Assert.Equal(["id", "indicator", "fileName", "mediaType", "size", "sha256", "respondentId", "uploadedBy", "group", "uploadedAt", "download"],
            exported.EnumerateObject().Select(p => p.Name));

        var csv = (await cycle.FocalPoint.GetStringAsync($"/api/v1/capacity/cycles/{cycle.Id}/evidence.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("country,cycle,indicator,file_name,media_type,size_bytes,sha256,uploaded_by", csv[0], StringComparison.Ordinal);
        var row = Assert.Single(csv.Skip(1)).TrimEnd('\r');
        Assert.Contains($",{Strategy1},strategy 2026.pdf,application/pdf,{Pdf.Length},{hash},", row, StringComparison.Ordinal);
        Assert.EndsWith($",{download}", row, StringComparison.Ordinal);

        var browser = app.Anonymous();
        await AppFixture.PostFormAsync(browser, "/account/sign-in", new() { ["Email"] = cycle.FocalPointEmail, ["Password"] = Password });
        var details = WebUtility.HtmlDecode(await browser.GetStringAsync($"/capacity/cycles/{cycle.Id}"));
        Assert.Contains($"<a href=\"/capacity/cycles/{cycle.Id}/files/{fileId}\" download>strategy 2026.pdf</a>", details, StringComparison.Ordinal);
        Assert.Contains(hash, details, StringComparison.Ordinal);
        var report = WebUtility.HtmlDecode(await browser.GetStringAsync($"/capacity/cycles/{cycle.Id}/report"));
        Assert.Contains($"<td>{Strategy1}</td><td>strategy 2026.pdf</td><td><code class=\"fingerprint\">{hash}</code></td>", report, StringComparison.Ordinal);
        var page = await browser.GetAsync($"/capacity/cycles/{cycle.Id}/files/{fileId}");
        Assert.Equal(Pdf, await page.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", page.Content.Headers.ContentDisposition!.DispositionType);
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class EvidenceAttachmentsOnSqlite(SqliteAppFixture app) : EvidenceAttachments(app);

[Collection(nameof(PostgresCollection))]
public sealed class EvidenceAttachmentsOnPostgres(PostgresAppFixture app) : EvidenceAttachments(app);
