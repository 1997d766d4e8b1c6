using Comity.Identity.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Comity.Identity.Notifications;

/// <summary>SMTP settings (section "Smtp"); e-mail goes out only when <see cref="Host"/> is set.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None, StartTls (the default), StartTlsWhenAvailable, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public string Tls { get; set; } = nameof(SecureSocketOptions.StartTls);

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Comity <no-reply@comity.invalid>";

    /// <summary>The site's public address, put before each notification's link in the e-mail.</summary>
    public string? PublicUrl { get; set; }

    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the first retry; each further retry waits twice as long.</summary>
    public double RetrySeconds { get; set; } = 60;

    /// <summary>How often a node looks for e-mail that another node queued.</summary>
    public double PollSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>Wakes this node's mailer when a notification is queued here, instead of waiting for the next poll.</summary>
internal sealed class MailSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0);

    public void Dispose() => signal.Dispose();

    public void Wake() => signal.Release();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Sends the e-mail copies of notifications over SMTP with MailKit, outside any request: a slow or failing mail server
/// never holds up the change that caused the notification. Failures are logged and retried with growing waits.
/// </summary>
internal sealed class NotificationMailer(IServiceScopeFactory scopes, IOptions<SmtpSettings> options, MailSignal signal, TimeProvider clock,
    ILogger<NotificationMailer> log) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private const int Batch = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = false;
            try
            {
                worked = await SendDueAsync(settings, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "The notification mailer failed; it tries again at the next poll.");
            }
            if (!worked)
            {
                try
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(Math.Max(0.05, settings.PollSeconds)), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Sends what is due; true when there was anything to try, so the loop looks again at once.</summary>
    internal async Task<bool> SendDueAsync(SmtpSettings settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var now = clock.GetUtcNow();
        var due = await db.Notifications.AsNoTracking()
            .Where(n => n.Email == EmailState.Pending && n.EmailNextAttemptAt <= now && (n.EmailLeaseUntil == null || n.EmailLeaseUntil < now))
            .OrderBy(n => n.EmailNextAttemptAt).Select(n => n.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            // The lease is taken with one conditional update, so that of two nodes racing for a row only one wins it.
            var leaseUntil = now + Lease;
            var claimed = await db.Notifications
                .Where(n => n.Id == id && n.Email == EmailState.Pending && (n.EmailLeaseUntil == null || n.EmailLeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailLeaseUntil, leaseUntil), cancellationToken);
            if (claimed == 1)
            {
                await SendOneAsync(db, id, settings, cancellationToken);
            }
        }
        return due.Count > 0;
    }

    private async Task SendOneAsync(IdentityDb db, Guid id, SmtpSettings settings, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleAsync(n => n.Id == id, cancellationToken);
        var address = await db.Users.Where(u => u.Id == notification.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        try
        {
            if (string.IsNullOrWhiteSpace(address))
            {
                throw new InvalidOperationException("The person has no e-mail address.");
            }
            await SendMailAsync(settings, address, notification, cancellationToken);
            notification.EmailSent();
            log.LogInformation("Sent notification {Id} by e-mail.", id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var retryAfter = TimeSpan.FromSeconds(settings.RetrySeconds * Math.Pow(2, notification.EmailAttempts));
            notification.EmailFailed(ex.Message, settings.MaxAttempts, retryAfter, clock.GetUtcNow());
            log.LogWarning(ex, "E-mail for notification {Id} failed (attempt {Attempt} of {Max}).", id, notification.EmailAttempts, settings.MaxAttempts);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SendMailAsync(SmtpSettings settings, string address, Notification notification, CancellationToken cancellationToken)
    {
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(address));
        message.Subject = notification.Subject;
        var link = notification.Link is null ? "" : $"\n\n{settings.PublicUrl?.TrimEnd('/')}{notification.Link}";
        message.Body = new TextPart("plain") { Text = notification.Body + link };
        using var client = new SmtpClient { Timeout = 30_000 };
        var security = Enum.TryParse<SecureSocketOptions>(settings.Tls, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Username))
        {
            await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
