using System.Net;
using Comity.Hygiene.Analytics;
using Comity.Hygiene.Data;
using Comity.Hygiene.Reports;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Hygiene;

/// <summary>Counters that track no one: sums per day, country, language and page; small counts hidden.</summary>
public abstract class CampaignAnalytics(AppFixture app)
{
    [Fact]
    public async Task Visits_are_buffered_then_added_up_in_the_database_and_counts_under_ten_are_hidden()
    {
        var buffer = app.App.Services.GetRequiredService<CounterBuffer>();
        var page = $"test:{Guid.NewGuid():N}"[..30];
        for (var i = 0; i < 7; i++)
        {
            buffer.Count("KE", "ar", page, Events.View);
        }
        await app.WithScopeAsync(async s => { await buffer.FlushAsync(s.GetRequiredService<HygieneDb>(), CancellationToken.None); return 0; });
        var manager = await app.ApiAsAsync(Role.CampaignManager);
        var report = await (await manager.GetAsync("/api/v1/hygiene/analytics?country=KE")).JsonAsync();
        var row = report.GetProperty("byPage").EnumerateArray().Single(r => r.GetProperty("label").GetString() == page);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("count").ValueKind);

        for (var i = 0; i < 5; i++)
        {
            buffer.Count("KE", "ar", page, Events.View);
        }
        await app.WithScopeAsync(async s => { await buffer.FlushAsync(s.GetRequiredService<HygieneDb>(), CancellationToken.None); return 0; });
        report = await (await manager.GetAsync("/api/v1/hygiene/analytics?country=KE")).JsonAsync();
        row = report.GetProperty("byPage").EnumerateArray().Single(r => r.GetProperty("label").GetString() == page);
        Assert.Equal(12, row.GetProperty("count").GetInt64());
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<HygieneDb>().Counters.Where(c => c.Page == page).ToListAsync());
        Assert.Equal(12, Assert.Single(stored).Count);
    }

    [Fact]
    public async Task The_dashboard_draws_an_accessible_svg_chart_with_a_table_beside_it()
    {
        var manager = await app.SignInAsync(Role.CampaignManager);
        var html = await manager.GetStringAsync("/hygiene/analytics");
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"chart-title chart-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-title\">", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Page views per day</caption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_without_a_proof_of_work_meet_a_tighter_hourly_limit_per_address()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hygiene:ReportsPerHour"] = "3", ["Hygiene:ReportsPerHourWithoutProof"] = "1",
        }).Build();
        var guard = new SpamGuard(app.App.Services.GetRequiredService<IDataProtectionProvider>(), configuration, TimeProvider.System);
        var address = IPAddress.Parse("192.0.2.7");
        Assert.True(guard.Admit(address, solvedProofOfWork: false));
        Assert.False(guard.Admit(address, solvedProofOfWork: false));
        Assert.True(guard.Admit(IPAddress.Parse("192.0.2.8"), solvedProofOfWork: false));
        Assert.True(guard.Admit(address, solvedProofOfWork: true));
        Assert.True(guard.Admit(address, solvedProofOfWork: true));
        Assert.True(guard.Admit(address, solvedProofOfWork: true));
        Assert.False(guard.Admit(address, solvedProofOfWork: true));
    }

    [Fact]
    public void Stix_identifiers_are_rfc_name_based_uuids()
    {
        // RFC 9562's well-known example: the DNS namespace and "python.org".
        Assert.Equal(Guid.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d"),
            StixObjects.UuidV5(Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class CampaignAnalyticsOnSqlite(SqliteAppFixture app) : CampaignAnalytics(app);

[Collection(nameof(PostgresCollection))]
public sealed class CampaignAnalyticsOnPostgres(PostgresAppFixture app) : CampaignAnalytics(app);
