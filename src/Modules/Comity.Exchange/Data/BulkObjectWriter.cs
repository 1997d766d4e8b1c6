using System.Data.Common;
using Comity.Exchange.Objects;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Comity.Exchange.Data;

/// <summary>
/// Writes a batch of stored objects inside the context's current transaction, bypassing change tracking:
/// ingest must reach tens of thousands of objects a second. PostgreSQL gets binary COPY; SQLite one
/// prepared INSERT re-executed per row, bound by position.
/// </summary>
internal static class BulkObjectWriter
{
    /// <summary>The PostgreSQL advisory lock key that orders writers of objects ("COMITYEX" in ASCII).</summary>
    private const long ObjectWritersLock = 0x434F4D4954594558;

    private const string Columns = "seq, collection_id, stix_id, id_key, type, spec_version, version_micros, added_micros, is_latest, is_first, tlp, producer_organisation_id, has_recipients, json";

    public static async Task InsertAsync(ExchangeDb db, IReadOnlyList<StoredObject> rows, IReadOnlyList<ObjectRecipient> recipients, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction.");
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, rows, recipients, cancellationToken);
        }
        else
        {
            await InsertSqliteAsync((SqliteConnection)connection, rows, recipients, cancellationToken);
        }
    }

    /// <summary>Reserves row keys for <paramref name="rows"/> so that recipients can refer to them before the rows are written.</summary>
    public static async Task AssignSeqsAsync(ExchangeDb db, IReadOnlyList<StoredObject> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection is NpgsqlConnection)
        {
            command.CommandText = $"SELECT nextval(pg_get_serial_sequence('{ExchangeModel.ObjectsTable}', 'seq')) FROM generate_series(1, {rows.Count})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var i = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                rows[i++].AssignSeq(reader.GetInt64(0));
            }
        }
        else
        {
            // SQLite holds the write lock for the whole transaction, so the next keys are ours.
            command.CommandText = $"SELECT COALESCE(MAX(seq), 0) FROM {ExchangeModel.ObjectsTable}";
            var next = (long)(await command.ExecuteScalarAsync(cancellationToken))! + 1;
            foreach (var row in rows)
            {
                row.AssignSeq(next++);
            }
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<StoredObject> rows, IReadOnlyList<ObjectRecipient> recipients, CancellationToken cancellationToken)
    {
        await using (var import = await connection.BeginBinaryImportAsync($"COPY {ExchangeModel.ObjectsTable} ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(row.Seq, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(row.CollectionId, NpgsqlDbType.Uuid, cancellationToken);
                await import.WriteAsync(row.StixId, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(row.IdKey, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(row.Type, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(row.SpecVersion, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(row.VersionMicros, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(row.AddedMicros, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(row.IsLatest, NpgsqlDbType.Boolean, cancellationToken);
                await import.WriteAsync(row.IsFirst, NpgsqlDbType.Boolean, cancellationToken);
                await import.WriteAsync((int)row.Tlp, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(row.ProducerOrganisationId, NpgsqlDbType.Uuid, cancellationToken);
                await import.WriteAsync(row.HasRecipients, NpgsqlDbType.Boolean, cancellationToken);
                await import.WriteAsync(row.Json, NpgsqlDbType.Text, cancellationToken);
            }
            await import.CompleteAsync(cancellationToken);
        }
        if (recipients.Count == 0)
        {
            return;
        }
        await using var recipientImport = await connection.BeginBinaryImportAsync(
            $"COPY {ExchangeModel.RecipientsTable} (object_seq, recipient_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var recipient in recipients)
        {
            await recipientImport.StartRowAsync(cancellationToken);
            await recipientImport.WriteAsync(recipient.ObjectSeq, NpgsqlDbType.Bigint, cancellationToken);
            await recipientImport.WriteAsync(recipient.RecipientId, NpgsqlDbType.Uuid, cancellationToken);
        }
        await recipientImport.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// One statement prepared per batch and bound by position through SQLite's own API: Microsoft.Data.Sqlite binds every
    /// parameter by name on each execution, a string search per parameter that cost more than the insert itself.
    /// </summary>
    private static Task InsertSqliteAsync(SqliteConnection connection, IReadOnlyList<StoredObject> rows,
        IReadOnlyList<ObjectRecipient> recipients, CancellationToken cancellationToken)
    {
        var database = connection.Handle!;
        using (var insert = Prepare(database, $"INSERT INTO {ExchangeModel.ObjectsTable} ({Columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"))
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                raw.sqlite3_bind_int64(insert, 1, row.Seq);
                raw.sqlite3_bind_text(insert, 2, SqliteGuid(row.CollectionId));
                raw.sqlite3_bind_text(insert, 3, row.StixId);
                raw.sqlite3_bind_int64(insert, 4, row.IdKey);
                raw.sqlite3_bind_text(insert, 5, row.Type);
                raw.sqlite3_bind_text(insert, 6, row.SpecVersion);
                raw.sqlite3_bind_int64(insert, 7, row.VersionMicros);
                raw.sqlite3_bind_int64(insert, 8, row.AddedMicros);
                raw.sqlite3_bind_int(insert, 9, row.IsLatest ? 1 : 0);
                raw.sqlite3_bind_int(insert, 10, row.IsFirst ? 1 : 0);
                raw.sqlite3_bind_int(insert, 11, (int)row.Tlp);
                raw.sqlite3_bind_text(insert, 12, SqliteGuid(row.ProducerOrganisationId));
                raw.sqlite3_bind_int(insert, 13, row.HasRecipients ? 1 : 0);
                raw.sqlite3_bind_text(insert, 14, row.Json);
                Step(database, insert);
            }
        }
        if (recipients.Count > 0)
        {
            using var insertRecipient = Prepare(database, $"INSERT INTO {ExchangeModel.RecipientsTable} (object_seq, recipient_id) VALUES (?1, ?2)");
            foreach (var recipient in recipients)
            {
                raw.sqlite3_bind_int64(insertRecipient, 1, recipient.ObjectSeq);
                raw.sqlite3_bind_text(insertRecipient, 2, SqliteGuid(recipient.RecipientId));
                Step(database, insertRecipient);
            }
        }
        return Task.CompletedTask;
    }

    private static sqlite3_stmt Prepare(sqlite3 database, string sql)
    {
        var result = raw.sqlite3_prepare_v2(database, sql, out var statement);
        SqliteException.ThrowExceptionForRC(result, database);
        return statement;
    }

    /// <summary>Runs one insert and makes the statement ready for the next row; a failure surfaces as the usual <see cref="SqliteException"/>.</summary>
    private static void Step(sqlite3 database, sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }

    /// <summary>EF Core's SQLite provider stores GUIDs as upper-case text; raw SQL must match it byte for byte.</summary>
    public static string SqliteGuid(Guid value) => value.ToString("D").ToUpperInvariant();

    /// <summary>
    /// Locks the collection's row for the rest of the transaction and returns the last date_added handed out,
    /// so concurrent writers to one collection take turns and date_added grows in commit order. On PostgreSQL every
    /// writer of objects first takes one transaction-scoped advisory lock, so row keys (seq) also grow in commit order
    /// across collections: readers that follow the store by seq (the lookup index's catch-up) would otherwise step past
    /// the keys of a transaction that committed after a later one and never see its rows. SQLite has one writer anyway.
    /// </summary>
    public static async Task<long> LockCollectionAsync(ExchangeDb db, Guid collectionId, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection is NpgsqlConnection)
        {
            command.CommandText = $"SELECT pg_advisory_xact_lock({ObjectWritersLock})";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        command.CommandText = "UPDATE exchange_collections SET last_added_micros = last_added_micros WHERE id = @id RETURNING last_added_micros";
        command.Parameters.Add(Parameter(command, "@id", collectionId, connection is NpgsqlConnection));
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is null ? throw new InvalidOperationException("The collection disappeared.") : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task SetLastAddedAsync(ExchangeDb db, Guid collectionId, long lastAdded, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "UPDATE exchange_collections SET last_added_micros = @last WHERE id = @id";
        var last = command.CreateParameter();
        last.ParameterName = "@last";
        last.Value = lastAdded;
        command.Parameters.Add(last);
        command.Parameters.Add(Parameter(command, "@id", collectionId, connection is NpgsqlConnection));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbParameter Parameter(DbCommand command, string name, Guid value, bool postgres)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = postgres ? value : SqliteGuid(value);
        return parameter;
    }
}
