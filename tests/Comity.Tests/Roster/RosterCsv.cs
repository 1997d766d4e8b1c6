using System.Net;
using System.Text;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Roster;

/// <summary>Bulk onboarding: a coordinator imports experts from CSV; one bad row keeps the whole file out.</summary>
public abstract class RosterCsv(AppFixture app)
{
    private const string Header = "name,email,nationalities,residence,employer,employer_country,utc_offset,languages,skills,notice_days,remote,on_site,yearly_cap,network_visible";

    private static StringContent Csv(params string[] rows) => new(string.Join('\n', [Header, .. rows]), Encoding.UTF8, "text/csv");

    [Fact]
    public async Task A_coordinator_imports_experts_and_finds_them_in_the_export()
    {
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var response = await coordinator.PostAsync("/api/v1/roster/experts/import", Csv(
            $"Achieng Otieno,achieng.{tag}@csv.example,KE,KE,\"Ministry of ICT, Kenya\",KE,3,en:C2/C2/C1;sw:C2/C2/C2,cert-setup:Advanced;incident-handling:Authority,14,yes,yes,4,yes",
            $"Bruno Costa,bruno.{tag}@csv.example,PT;BR,MZ,,,2,pt:C2/C2/C2;en:B2/C1/B2,prosecution:Practitioner,30,yes,no,3,no"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.JsonAsync()).GetProperty("imported").GetInt32());

        var export = await coordinator.GetStringAsync("/api/v1/roster/experts/export");
        Assert.StartsWith(Header, export, StringComparison.Ordinal);
        Assert.Contains($"achieng.{tag}@csv.example", export, StringComparison.Ordinal);
        Assert.Contains("\"Ministry of ICT, Kenya\"", export, StringComparison.Ordinal);
        Assert.Contains("pt:C2/C2/C2;en:B2/C1/B2", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_bad_row_is_named_with_its_column_and_nothing_is_imported()
    {
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var before = await app.WithScopeAsync(s => s.GetRequiredService<Comity.Roster.Data.RosterDb>().Experts.CountAsync());
        var response = await coordinator.PostAsync("/api/v1/roster/experts/import", Csv(
            $"Good Row,good.{tag}@csv.example,KE,KE,,,3,en:C1/C1/C1,osint:Advanced,7,yes,yes,4,yes",
            $"Bad Country,bad.{tag}@csv.example,XX,KE,,,3,en:C1/C1/C1,osint:Advanced,7,yes,yes,4,yes",
            $"Bad Skill,skill.{tag}@csv.example,KE,KE,,,3,en:C1/C1/C1,juggling:Advanced,7,maybe,yes,4,yes"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("row 3: nationalities", out _));
        Assert.True(errors.TryGetProperty("row 4", out _));
        Assert.Equal(before, await app.WithScopeAsync(s => s.GetRequiredService<Comity.Roster.Data.RosterDb>().Experts.CountAsync()));
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class RosterCsvOnSqlite(SqliteAppFixture app) : RosterCsv(app);

[Collection(nameof(PostgresCollection))]
public sealed class RosterCsvOnPostgres(PostgresAppFixture app) : RosterCsv(app);
