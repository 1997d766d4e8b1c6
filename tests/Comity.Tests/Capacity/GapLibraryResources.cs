using System.Net;
using System.Text.Json;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Capacity;

/// <summary>From a gap, the focal point finds library documents on what the factor needs, those about their country first.</summary>
public abstract class GapLibraryResources(AppFixture app)
{
    [Fact]
    public async Task A_gap_lists_the_library_documents_on_its_subject_starting_with_those_about_the_country()
    {
        var api = await app.ApiAsAsync(Role.CountryFocalPoint);
        var cycles = JsonDocument.Parse(await api.GetStringAsync("/api/v1/capacity/cycles")).RootElement.EnumerateArray();
        var demo = cycles.Single(c => c.GetProperty("title").GetString() == "Uganda national self-assessment (demo)").GetProperty("id").GetString();

        var focalPoint = await app.SignInAsync(Role.CountryFocalPoint);
        var html = WebUtility.HtmlDecode(await focalPoint.GetStringAsync($"/capacity/cycles/{demo}"));
        var start = html.IndexOf("<h3>Cooperation against cybercrime: stage", StringComparison.Ordinal);
        Assert.True(start > 0, "the demo cycle has a gap on cooperation against cybercrime");
        var end = html.IndexOf("<h3>", start + 4, StringComparison.Ordinal);
        var gap = html[start..(end > 0 ? end : html.Length)];
        Assert.Contains("From the library:", gap, StringComparison.Ordinal);
        // The handbook is about Uganda and its neighbours, so it leads.
        var first = System.Text.RegularExpressions.Regex.Match(gap, "<li><a href=\"(/library/documents/[0-9a-f-]{36})\">([^<]+)</a></li>");
        Assert.Equal("Handbook on mutual legal assistance for data requests", first.Groups[2].Value);
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.GetAsync(first.Groups[1].Value)).StatusCode);
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class GapLibraryResourcesOnSqlite(SqliteAppFixture app) : GapLibraryResources(app);

[Collection(nameof(PostgresCollection))]
public sealed class GapLibraryResourcesOnPostgres(PostgresAppFixture app) : GapLibraryResources(app);
