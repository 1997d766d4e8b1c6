using Comity.Identity.Audit;
using Comity.Kernel.Data;
using Comity.Library.Data;
using Comity.Library.Documents;
using Microsoft.EntityFrameworkCore;

namespace Comity.Library.Indexing;

/// <summary>Writes to the library that its indexes must follow: the change, its change-log entry and its audit record commit together.</summary>
internal static class LibraryChanges
{
    /// <summary>
    /// Saves the pending changes with one change-log entry per document and the audit record, in one transaction. On
    /// PostgreSQL the change log is locked first, so entries are numbered in the order their transactions commit and a
    /// node that has read up to entry n has seen every entry below n.
    /// </summary>
    public static async Task SaveAsync(LibraryDb db, IAuditLog audit, AuditEvent auditEvent, IReadOnlyList<(Guid? Document, ChangeKind Kind)> changes,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!DatabaseFacadeInfo.Of(db).IsSqlite)
        {
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE library_changes IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        }
        foreach (var (document, kind) in changes)
        {
            db.Changes.Add(DocumentChange.Of(document, kind, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(db, auditEvent, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
