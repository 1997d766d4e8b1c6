using System.Net;
using System.Text.Json;
using Comity.Exchange;
using Comity.Hygiene.Data;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Hygiene;

/// <summary>
/// Two moderators decide at the same moment. The exchange is held until both have read the queue, so their decisions
/// really overlap; one is kept, the other is told to decide again, and no report is counted twice or lost.
/// </summary>
public sealed class ModerationRaces
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Overlapping_decisions_keep_one_and_count_every_accepted_report_exactly_once(Provider provider)
    {
        var gate = new MeetingPoint();
        await using var comity = new ComityApp(provider, await ComityApp.NewDatabaseAsync(provider), services: s =>
        {
            s.AddSingleton(gate);
            s.AddScoped<ExchangeIntake>();
            s.AddScoped<IExchangeIntake>(sp => new HeldIntake(sp.GetRequiredService<ExchangeIntake>(), gate));
        });
        var app = AppFixture.Wrap(comity);
        var visitor = app.Anonymous(followRedirects: false);
        var link = $"parcel-fee-{Guid.NewGuid():N}.example/pay";
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await visitor.PostAsync("/en/report", ScamReports.Form("KE", link: link))).StatusCode);
        }
        var first = await app.ApiAsAsync(Role.Analyst);
        var second = await app.ApiAsAsync(Role.Analyst);
        var ids = (await (await first.GetAsync("/api/v1/hygiene/reports")).JsonAsync()).EnumerateArray()
            .Where(r => r.GetProperty("link").GetString()?.Contains(link, StringComparison.Ordinal) == true)
            .Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(3, ids.Count);
        async Task<HttpStatusCode[]> AtOnceAsync(string one, string other)
        {
            gate.Expect(2);
            var decisions = await Task.WhenAll(
                first.PostJsonAsync($"/api/v1/hygiene/reports/{one}/accept", new { tlp = "green" }),
                second.PostJsonAsync($"/api/v1/hygiene/reports/{other}/accept", new { tlp = "green" }));
            return [.. decisions.Select(d => d.StatusCode).Order()];
        }

        // The same report accepted twice at once: its first item is created once, the report accepted once.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], await AtOnceAsync(ids[0], ids[0]));
        Assert.Equal(1, await CountAsync(app, link));

        // Two other reports of the same item at once: one counts, the other is refused and counts when decided again.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], await AtOnceAsync(ids[1], ids[2]));
        Assert.Equal(2, await CountAsync(app, link));
        var pending = (await (await first.GetAsync("/api/v1/hygiene/reports")).JsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("link").GetString()?.Contains(link, StringComparison.Ordinal) == true).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await first.PostJsonAsync($"/api/v1/hygiene/reports/{pending}/accept", new { tlp = "green" })).StatusCode);
        Assert.Equal(3, await CountAsync(app, link));
    }

    private static Task<int> CountAsync(AppFixture app, string link) => app.WithScopeAsync(s =>
        s.GetRequiredService<HygieneDb>().Items.Where(i => i.Value.Contains(link)).Select(i => i.Count).SingleAsync());

    /// <summary>Holds each caller until the expected number have arrived (or ten seconds pass), then lets them all go.</summary>
    private sealed class MeetingPoint
    {
        private readonly object sync = new();
        private int expected;
        private TaskCompletionSource everyone = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Expect(int callers)
        {
            lock (sync)
            {
                expected = callers;
                everyone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        public Task ArriveAsync()
        {
            lock (sync)
            {
                if (expected == 0)
                {
                    return Task.CompletedTask;
                }
                if (--expected == 0)
                {
                    everyone.SetResult();
                }
                return everyone.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
    }

    /// <summary>The real intake, entered only when the meeting point lets the caller through.</summary>
    private sealed class HeldIntake(IExchangeIntake inner, MeetingPoint gate) : IExchangeIntake
    {
        public Task<IntakeCollection> CollectionForAsync(Guid organisationId, IntakeCollectionRequest request, CancellationToken cancellationToken) =>
            inner.CollectionForAsync(organisationId, request, cancellationToken);

        public async Task<IntakeResult> StoreAsync(Guid collectionId, Guid organisationId, Guid userId, IReadOnlyList<JsonElement> objects,
            CancellationToken cancellationToken)
        {
            await gate.ArriveAsync();
            return await inner.StoreAsync(collectionId, organisationId, userId, objects, cancellationToken);
        }

        public Task<bool> HoldsAsync(Guid collectionId, string stixId, CancellationToken cancellationToken) =>
            inner.HoldsAsync(collectionId, stixId, cancellationToken);
    }
}
