using Comity.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Comity.Identity.Audit;

/// <summary>The audit trail every module writes to, in the same transaction as the change it records.</summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends <paramref name="auditEvent"/> on <paramref name="database"/>'s connection and inside its
    /// current transaction, so the change and its record commit or fail together.
    /// </summary>
    Task RecordAsync(DbContext database, AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>Appends an event that has no other change to go with it, such as a failed sign-in.</summary>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken);
}

internal sealed class AuditLog(IDbContextFactory<IdentityDb> contexts, ICurrentActor current, TimeProvider clock) : IAuditLog
{
    public async Task RecordAsync(DbContext database, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var entry = AuditEntry.From(auditEvent, current.Actor, clock.GetUtcNow());
        if (database is IdentityDb identity)
        {
            identity.AuditEntries.Add(entry);
            await identity.SaveChangesAsync(cancellationToken);
            return;
        }
        await using var audit = await contexts.CreateDbContextAsync(cancellationToken);
        audit.Database.SetDbConnection(database.Database.GetDbConnection(), contextOwnsConnection: false);
        if (database.Database.CurrentTransaction is { } transaction)
        {
            await audit.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        }
        audit.AuditEntries.Add(entry);
        await audit.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        await using var audit = await contexts.CreateDbContextAsync(cancellationToken);
        audit.AuditEntries.Add(AuditEntry.From(auditEvent, current.Actor, clock.GetUtcNow()));
        await audit.SaveChangesAsync(cancellationToken);
    }
}

public static class AuditedSaveExtensions
{
    /// <summary>Saves the pending changes and their audit record in one transaction.</summary>
    public static async Task SaveChangesAuditedAsync(this DbContext database, IAuditLog audit, AuditEvent auditEvent,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(audit);
        if (database.Database.CurrentTransaction is not null)
        {
            await database.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(database, auditEvent, cancellationToken);
            return;
        }
        await using var transaction = await database.Database.BeginTransactionAsync(cancellationToken);
        await database.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(database, auditEvent, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
