using System.Net;
using Comity.Hygiene.Breaches;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Hygiene.Breaches;

public sealed class RangeEndpointTests : IAsyncLifetime
{
    private readonly TempDirectory dir = new();
    private WebApplication app = null!;
    private HttpClient client = null!;
    private BreachStores stores = null!;

    public async ValueTask InitializeAsync()
    {
        SampleCorpus.Build(dir.Path, TimeProvider.System);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        stores = new BreachStores(dir.Path);
        builder.Services.AddSingleton(stores);
        app = builder.Build();
        RangeEndpoint.Map(app);
        await app.StartAsync(TestContext.Current.CancellationToken);
        client = app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        stores.Dispose();
        dir.Dispose();
    }

    [Fact]
    public async Task A_known_password_is_listed_under_its_prefix_with_its_count()
    {
        using var response = await client.GetAsync("/range/5BAA6", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"1E4C9B93F3F0682250B6CF8331B7EE68FD8:{SampleCorpus.IllustrativeCount(1)}", Corpus.Lines(body));
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.False(body.EndsWith('\n'));
        Assert.Equal("public, max-age=86400", response.Headers.CacheControl?.ToString());
        Assert.Contains("Add-Padding", response.Headers.Vary);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task A_lower_case_prefix_answers_the_same_as_upper_case()
    {
        var upper = await client.GetStringAsync("/range/5BAA6", TestContext.Current.CancellationToken);
        var lower = await client.GetStringAsync("/range/5baa6", TestContext.Current.CancellationToken);
        Assert.Equal(upper, lower);
    }

    [Fact]
    public async Task A_prefix_with_no_hashes_answers_200_with_an_empty_body()
    {
        using var response = await client.GetAsync("/range/00000", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task NTLM_mode_looks_up_the_NT_hash()
    {
        var body = await client.GetStringAsync("/range/8846F?mode=ntlm", TestContext.Current.CancellationToken);
        Assert.Contains($"7EAEE8FB117AD06BDD830B7586C:{SampleCorpus.IllustrativeCount(1)}", Corpus.Lines(body));
        Assert.All(Corpus.Lines(body), line => Assert.Equal(27, line.IndexOf(':', StringComparison.Ordinal)));
        var sha1 = await client.GetStringAsync("/range/8846F", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("7EAEE8FB117AD06BDD830B7586C", sha1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5BAA")]
    [InlineData("5BAA61")]
    [InlineData("5BAAG")]
    [InlineData("5BA%C3%A96")]
    public async Task A_malformed_prefix_answers_400_with_a_short_text(string prefix)
    {
        using var response = await client.GetAsync($"/range/{prefix}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(RangeEndpoint.BadPrefixMessage, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Padding_brings_a_small_range_to_800_to_1000_lines_of_count_zero_after_the_real_ones()
    {
        var plain = Corpus.Lines(await client.GetStringAsync("/range/5BAA6", TestContext.Current.CancellationToken));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/range/5BAA6");
        request.Headers.Add("Add-Padding", "true");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var lines = Corpus.Lines(body);

        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.InRange(lines.Length, 800, 1000);
        Assert.Equal(plain, lines[..plain.Length]);
        Assert.All(lines[plain.Length..], line => Assert.Matches("^[0-9A-F]{35}:0$", line));
        Assert.StartsWith("W/", response.Headers.ETag?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Padding_in_NTLM_mode_uses_27_digit_suffixes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/range/00000?mode=ntlm");
        request.Headers.Add("Add-Padding", "TRUE");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var lines = Corpus.Lines(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.InRange(lines.Length, 800, 1000);
        Assert.All(lines, line => Assert.Matches("^[0-9A-F]{27}:0$", line));
    }

    [Fact]
    public async Task A_matching_If_None_Match_answers_304()
    {
        using var first = await client.GetAsync("/range/5BAA6", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/range/5BAA6");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        using var second = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Without_an_installed_store_every_range_answers_503_that_nothing_caches()
    {
        stores.Install(HashKind.Ntlm, null);
        using var response = await client.GetAsync("/range/8846F?mode=ntlm", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.NotNull(response.Headers.RetryAfter);
        using var sha1 = await client.GetAsync("/range/5BAA6", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, sha1.StatusCode);
    }

    [Fact]
    public async Task A_store_imported_by_another_process_is_served_after_a_refresh()
    {
        Assert.False(stores.Refresh());
        var extra = PasswordHashes.Sha1("correct horse battery staple");
        var input = dir.File("extra.txt");
        Corpus.WriteSingleFile(input, [(extra, 42)], HashKind.Sha1);
        Corpus.Import(input, stores.PathOf(HashKind.Sha1));

        Assert.True(stores.Refresh());

        var body = await client.GetStringAsync($"/range/{extra.ToHex(HashKind.Sha1)[..5]}", TestContext.Current.CancellationToken);
        Assert.Contains($"{extra.ToHex(HashKind.Sha1)[5..]}:42", Corpus.Lines(body));
        var old = await client.GetStringAsync("/range/5BAA6", TestContext.Current.CancellationToken);
        Assert.Contains("1E4C9B93F3F0682250B6CF8331B7EE68FD8", old, StringComparison.Ordinal);
    }
}
