using Comity.Identity.Access;
using Comity.Identity.Data;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Comity.Identity.Notifications;

/// <summary>The in-app inbox (and e-mail, when SMTP is configured) that every module uses to tell people something.</summary>
public interface INotifications
{
    /// <summary>
    /// Puts a notification in the person's inbox and queues its e-mail. Never throws for a delivery problem: a
    /// failure is logged, so the change that prompted the notification is never undone by it.
    /// </summary>
    Task SendAsync(Guid userId, string subject, string body, string? link, CancellationToken cancellationToken);

    /// <summary>Notifies everyone who holds <paramref name="role"/> in the organisation.</summary>
    Task SendToRoleAsync(Guid organisationId, Role role, string subject, string body, string? link, CancellationToken cancellationToken);

    Task<int> UnreadCountAsync(Guid userId, CancellationToken cancellationToken);
}

public sealed record NotificationResponse(Guid Id, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt,
    EmailState Email);

internal sealed class NotificationService(IdentityDb db, IOptions<SmtpSettings> smtp, MailSignal signal, TimeProvider clock,
    ILogger<NotificationService> log) : INotifications
{
    public async Task SendAsync(Guid userId, string subject, string body, string? link, CancellationToken cancellationToken) =>
        await SendManyAsync([userId], subject, body, link, cancellationToken);

    public async Task SendToRoleAsync(Guid organisationId, Role role, string subject, string body, string? link, CancellationToken cancellationToken)
    {
        var people = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == organisationId && m.Role == role)
            .Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
        await SendManyAsync(people, subject, body, link, cancellationToken);
    }

    public async Task<int> UnreadCountAsync(Guid userId, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
        }
        catch (System.Data.Common.DbException ex)
        {
            // Every page's header asks; an error page shown because the database is down must still render.
            log.LogWarning(ex, "Could not count unread notifications.");
            return 0;
        }
    }

    private async Task SendManyAsync(List<Guid> people, string subject, string body, string? link, CancellationToken cancellationToken)
    {
        if (people.Count == 0)
        {
            return;
        }
        try
        {
            var withAddress = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id) && u.Email != null).Select(u => u.Id)
                .ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var person in people)
            {
                db.Notifications.Add(Notification.Create(person, subject, body, link, smtp.Value.Enabled && withAddress.Contains(person), now));
            }
            await db.SaveChangesAsync(cancellationToken);
            signal.Wake();
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            log.LogError(ex, "Could not store the notification '{Subject}' for {Count} person(s).", subject, people.Count);
        }
    }
}

/// <summary>Reading and clearing one's own inbox.</summary>
public static class Inbox
{
    public static async Task<Page<NotificationResponse>> ListAsync(Guid userId, bool unreadOnly, PageQuery page, IdentityDb db,
        CancellationToken cancellationToken)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId && (!unreadOnly || n.ReadAt == null));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(page.Skip).Take(page.Size)
            .Select(n => new NotificationResponse(n.Id, n.Subject, n.Body, n.Link, n.CreatedAt, n.ReadAt, n.Email))
            .ToListAsync(cancellationToken);
        return new Page<NotificationResponse>(items, page.Number, page.Size, total);
    }

    /// <summary>Marks one notification (or, with no id, all of them) as read; only the owner's own are touched.</summary>
    public static async Task<Outcome<int>> MarkReadAsync(Guid userId, Guid? id, IdentityDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var unread = await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null && (id == null || n.Id == id))
            .ToListAsync(cancellationToken);
        if (id is not null && unread.Count == 0 && !await db.Notifications.AnyAsync(n => n.Id == id && n.UserId == userId, cancellationToken))
        {
            return Outcome<int>.NotFound();
        }
        var now = clock.GetUtcNow();
        foreach (var notification in unread)
        {
            notification.MarkRead(now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<int>.Ok(unread.Count);
    }
}
