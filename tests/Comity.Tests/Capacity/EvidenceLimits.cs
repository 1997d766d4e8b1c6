using System.Net;
using Comity.Tests.Infrastructure;
using static Comity.Tests.Capacity.EvidenceCycle;

namespace Comity.Tests.Capacity;

/// <summary>The limits on evidence files come from configuration: the size of a file, the request body around it, and files per answer.</summary>
public sealed class EvidenceLimits
{
    [Fact]
    public async Task A_deployment_that_allows_one_megabyte_and_two_files_per_answer_refuses_more()
    {
        await using var host = new ComityApp(Provider.Sqlite, await ComityApp.NewDatabaseAsync(Provider.Sqlite), new Dictionary<string, string?>
        {
            ["Capacity:Evidence:MaxFileMegabytes"] = "1",
            ["Capacity:Evidence:MaxFilesPerAnswer"] = "2",
        });
        var app = AppFixture.Wrap(host);
        var cycle = await OpenAsync(app, "RW-PROS");
        await OkJsonAsync(await AnswerAsync(cycle.Account, cycle.AccountAnswers, Strategy1));

        var exactly = new byte[1024 * 1024];
        Pdf.CopyTo(exactly, 0);
        var justOver = new byte[exactly.Length + 1];
        Pdf.CopyTo(justOver, 0);
        await OkJsonAsync(await cycle.Account.PostAsync(cycle.AccountFiles, Upload(Strategy1, exactly, "exactly.pdf")));
        Assert.Contains("'over.pdf' is larger than 1 MB, the most an evidence file may be.",
            await ErrorsAsync(await cycle.Account.PostAsync(cycle.AccountFiles, Upload(Strategy1, justOver, "over.pdf"))));
        // A body far beyond the limit is refused before it is read.
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge,
            (await cycle.Account.PostAsync(cycle.AccountFiles, Upload(Strategy1, new byte[3 * 1024 * 1024], "huge.pdf"))).StatusCode);

        await OkJsonAsync(await cycle.Account.PostAsync(cycle.AccountFiles, Upload(Strategy1, Pdf, "second.pdf")));
        Assert.Contains($"Statement {Strategy1} can carry at most 2 evidence files; remove one before attaching another.",
            await ErrorsAsync(await cycle.Account.PostAsync(cycle.AccountFiles, Upload(Strategy1, [.. Pdf, (byte)'\n'], "third.pdf"))));
        Assert.Equal(2, (await OkJsonAsync(await cycle.Account.GetAsync($"/api/v1/capacity/invitations/{cycle.AccountRespondentId}")))
            .GetProperty("files").GetArrayLength());
    }
}
