using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Comity.Identity.Access;
using Comity.Identity.Demo;
using Comity.Identity.Notifications;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Identity;

/// <summary>
/// The in-app inbox: offers reach the expert, answers reach the centre's coordinators, staffing reaches the country;
/// each person reads and clears only their own notifications, and the header shows how many are unread.
/// </summary>
public abstract class NotificationInbox(AppFixture app)
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<List<JsonElement>> InboxAsync(HttpClient client) =>
        [.. (await OkJsonAsync(await client.GetAsync("/api/v1/identity/notifications?pageSize=100"))).GetProperty("items").EnumerateArray()];

    /// <summary>Files, triages, pins the demo expert, matches and approves a request; returns its id and title.</summary>
    internal static async Task<(string Id, string Title)> OfferToDemoExpertAsync(AppFixture app, int startInDays)
    {
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var expert = await app.ApiAsAsync(Role.Expert);
        var title = $"Cybercrime law review {Guid.NewGuid():N}";
        var filed = await OkJsonAsync(await focalPoint.PostJsonAsync("/api/v1/roster/requests", new
        {
            title,
            description = "Review the draft cybercrime bill against the Budapest and UN conventions.",
            topicArea = "forensics",
            requiredSkills = new[] { new { skill = "computer-forensics", minimumLevel = "Practitioner" } },
            requiredLanguages = new[] { new { language = "en", minimumLevel = "B2" } },
            earliestStart = Today.AddDays(startInDays),
            latestEnd = Today.AddDays(startInDays + 30),
            durationDays = 5,
            modality = "OnSite",
            teamSize = 1,
            urgency = "Routine",
            utcOffsetHours = 3,
        }));
        var id = filed.GetProperty("id").GetString()!;
        await OkJsonAsync(await coordinator.PostAsync($"/api/v1/roster/requests/{id}/triage", null));
        var expertId = (await OkJsonAsync(await expert.GetAsync("/api/v1/roster/experts/me"))).GetProperty("id").GetString();
        await OkJsonAsync(await coordinator.PutAsJsonAsync($"/api/v1/roster/requests/{id}/pins", new { pinned = new[] { expertId } }));
        await OkJsonAsync(await coordinator.PostJsonAsync("/api/v1/roster/matching/runs", new { requestIds = new[] { id } }));
        await OkJsonAsync(await coordinator.PostAsync($"/api/v1/roster/requests/{id}/approve", null));
        return (id, title);
    }

    [Fact]
    public async Task An_offer_reaches_the_expert_and_the_acceptance_reaches_the_coordinator_and_the_country()
    {
        var (id, title) = await OfferToDemoExpertAsync(app, startInDays: 300);
        var expert = await app.ApiAsAsync(Role.Expert);
        var coordinator = await app.ApiAsAsync(Role.CentreCoordinator);
        var focalPoint = await app.ApiAsAsync(Role.CountryFocalPoint);

        var offer = (await InboxAsync(expert)).Single(n => n.GetProperty("subject").GetString() == $"Offer: {title}");
        Assert.Equal("/roster/mine", offer.GetProperty("link").GetString());
        Assert.Equal(JsonValueKind.Null, offer.GetProperty("readAt").ValueKind);
        Assert.DoesNotContain(await InboxAsync(focalPoint), n => n.GetProperty("subject").GetString()!.Contains(title, StringComparison.Ordinal));

        var deployment = (await OkJsonAsync(await expert.GetAsync($"/api/v1/roster/deployments?requestId={id}")))[0].GetProperty("id").GetString();
        await OkJsonAsync(await expert.PostJsonAsync($"/api/v1/roster/deployments/{deployment}/answer", new { accept = true }));

        var coordinatorInbox = await InboxAsync(coordinator);
        Assert.Contains(coordinatorInbox, n => n.GetProperty("subject").GetString() == $"Ama Mensah accepted: {title}"
            && n.GetProperty("link").GetString() == $"/roster/requests/{id}");
        Assert.Contains(coordinatorInbox, n => n.GetProperty("subject").GetString() == $"Staffed: {title}");
        Assert.Contains(await InboxAsync(focalPoint), n => n.GetProperty("subject").GetString() == $"Staffed: {title}");
        // Without SMTP settings nothing is queued for e-mail.
        Assert.Equal("None", offer.GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_decline_and_its_reason_reach_the_coordinator()
    {
        var (id, title) = await OfferToDemoExpertAsync(app, startInDays: 345);
        var expert = await app.ApiAsAsync(Role.Expert);
        var deployment = (await OkJsonAsync(await expert.GetAsync($"/api/v1/roster/deployments?requestId={id}")))[0].GetProperty("id").GetString();
        await OkJsonAsync(await expert.PostJsonAsync($"/api/v1/roster/deployments/{deployment}/answer", new { accept = false, reason = "On leave." }));
        var declined = (await InboxAsync(await app.ApiAsAsync(Role.CentreCoordinator)))
            .Single(n => n.GetProperty("subject").GetString() == $"Ama Mensah declined: {title}");
        Assert.Contains("On leave.", declined.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inbox_page_lists_notifications_the_header_counts_the_unread_and_marking_them_read_clears_the_count()
    {
        var analystEmail = DemoNetwork.Accounts.Single(a => a.Role == Role.Analyst).Email;
        var analystId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == analystEmail).Select(u => u.Id).SingleAsync());
        await app.WithScopeAsync(async services =>
        {
            var notifications = services.GetRequiredService<INotifications>();
            await notifications.SendAsync(analystId, "Feed refreshed", "The regional feed has 12 new indicators.", "/dashboard", CancellationToken.None);
            await notifications.SendAsync(analystId, "Peer online", "The West Africa centre is back online.", null, CancellationToken.None);
            return 0;
        });
        var browser = await app.SignInAsync(Role.Analyst);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/account/notifications"));
        Assert.Contains("<a href=\"/dashboard\">Feed refreshed</a>", page, StringComparison.Ordinal);
        Assert.Contains("The West Africa centre is back online.", page, StringComparison.Ordinal);
        var unread = await app.WithScopeAsync(services => services.GetRequiredService<INotifications>().UnreadCountAsync(analystId, CancellationToken.None));
        Assert.True(unread >= 2);
        Assert.Contains($"data-unread=\"{unread}\"", page, StringComparison.Ordinal);

        // Someone else's notification cannot be marked read.
        var other = (await InboxAsync(await app.ApiAsAsync(Role.Expert))).FirstOrDefault();
        if (other.ValueKind == JsonValueKind.Object)
        {
            var analystApi = await app.ApiAsAsync(Role.Analyst);
            Assert.Equal(HttpStatusCode.NotFound, (await analystApi.PostAsync($"/api/v1/identity/notifications/{other.GetProperty("id").GetString()}/read", null)).StatusCode);
        }

        var response = await AppFixture.PostFormAsync(browser, "/account/notifications?handler=Read", new(), "/account/notifications");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-unread=", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Mark all as read", after, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithScopeAsync(services => services.GetRequiredService<INotifications>().UnreadCountAsync(analystId, CancellationToken.None)));
    }
}

[Collection(nameof(SqliteCollection))]
public sealed class NotificationInboxOnSqlite(SqliteAppFixture app) : NotificationInbox(app);

[Collection(nameof(PostgresCollection))]
public sealed class NotificationInboxOnPostgres(PostgresAppFixture app) : NotificationInbox(app);

/// <summary>E-mail copies of notifications over SMTP (MailKit), against an in-process SMTP sink.</summary>
public sealed class NotificationEmail
{
    [Fact]
    public async Task A_notification_is_mailed_to_the_person_and_a_refused_delivery_is_retried()
    {
        await using var sink = new SmtpSink(refuseFirst: 1);
        await using var host = new ComityApp(Provider.Sqlite, await ComityApp.NewDatabaseAsync(Provider.Sqlite), new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Tls"] = "None",
            ["Smtp:From"] = "Comity <roster@centre.example>",
            ["Smtp:PublicUrl"] = "https://comity.centre.example",
            ["Smtp:RetrySeconds"] = "0",
            ["Smtp:PollSeconds"] = "0.2",
        });
        var app = AppFixture.Wrap(host);
        host.CreateClient().Dispose();

        var (_, title) = await NotificationInbox.OfferToDemoExpertAsync(app, startInDays: 120);
        await sink.WaitForAsync(1, TimeSpan.FromSeconds(30));

        var (to, data) = sink.Received.Single();
        Assert.Equal("expert@comity.example", to);
        Assert.Contains($"Subject: Offer: {title}", data, StringComparison.Ordinal);
        Assert.Contains("From: Comity <roster@centre.example>", data, StringComparison.Ordinal);
        Assert.Contains("https://comity.centre.example/roster/mine", data, StringComparison.Ordinal);
        Assert.Equal(1, sink.Refused);

        // The sink answers before the mailer records the delivery: give it a moment to do so.
        var stored = await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Subject == $"Offer: {title}"));
        for (var i = 0; i < 100 && stored.Email == EmailState.Pending; i++)
        {
            await Task.Delay(100);
            stored = await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Subject == $"Offer: {title}"));
        }
        Assert.Equal(EmailState.Sent, stored.Email);
        Assert.Equal(2, stored.EmailAttempts);
    }

    [Fact]
    public async Task An_unreachable_mail_server_neither_blocks_the_offer_nor_loses_the_notification()
    {
        // A port that was free a moment ago: nothing listens there, so every connection is refused.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var host = new ComityApp(Provider.Sqlite, await ComityApp.NewDatabaseAsync(Provider.Sqlite), new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Tls"] = "None",
            ["Smtp:RetrySeconds"] = "3600",
            ["Smtp:PollSeconds"] = "0.2",
        });
        var app = AppFixture.Wrap(host);
        host.CreateClient().Dispose();

        var (_, title) = await NotificationInbox.OfferToDemoExpertAsync(app, startInDays: 150);
        var offer = await app.ApiAsAsync(Role.Expert);
        Assert.Contains((await (await offer.GetAsync("/api/v1/identity/notifications")).JsonAsync()).GetProperty("items").EnumerateArray(),
            n => n.GetProperty("subject").GetString() == $"Offer: {title}");

        Notification? stored = null;
        for (var i = 0; i < 100 && stored?.EmailAttempts is null or 0; i++)
        {
            await Task.Delay(100);
            stored = await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Subject == $"Offer: {title}"));
        }
        Assert.Equal(EmailState.Pending, stored!.Email);
        Assert.Equal(1, stored.EmailAttempts);
        Assert.NotNull(stored.EmailError);
        Assert.True(stored.EmailNextAttemptAt > TimeProvider.System.GetUtcNow().AddMinutes(30));
    }
}
