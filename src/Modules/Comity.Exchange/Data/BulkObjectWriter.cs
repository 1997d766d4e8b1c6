using System.Data.Common;
using Comity.Exchange.Objects;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Comity.Exchange.Data;

/// <summary>
/// Writes a batch of stored objects inside the context's current transaction, bypassing change tracking:
/// ingest must reach tens of thousands of objects a second. PostgreSQL gets binary COPY; SQLite one
/// prepared INSERT re-executed per row.
/// </summary>
internal static class BulkObjectWriter
{
    private const string Columns = "seq, collection_id, stix_id, type, spec_version, version_micros, added_micros, is_latest, is_first, tlp, producer_organisation_id, has_recipients, json";

    public static async Task InsertAsync(ExchangeDb db, IReadOnlyList<StoredObject> rows, IReadOnlyList<ObjectRecipient> recipients, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction.");
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, rows, recipients, cancellationToken);
        }
        else
        {
            await InsertSqliteAsync((SqliteConnection)connection, (SqliteTransaction)transaction, rows, recipients, cancellationToken);
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

    private static async Task InsertSqliteAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<StoredObject> rows,
        IReadOnlyList<ObjectRecipient> recipients, CancellationToken cancellationToken)
    {
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {ExchangeModel.ObjectsTable} ({Columns}) VALUES ($seq, $collection, $id, $type, $spec, $version, $added, $latest, $first, $tlp, $producer, $recipients, $json)";
            var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
            var collection = insert.Parameters.Add("$collection", SqliteType.Text);
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var type = insert.Parameters.Add("$type", SqliteType.Text);
            var spec = insert.Parameters.Add("$spec", SqliteType.Text);
            var version = insert.Parameters.Add("$version", SqliteType.Integer);
            var added = insert.Parameters.Add("$added", SqliteType.Integer);
            var latest = insert.Parameters.Add("$latest", SqliteType.Integer);
            var first = insert.Parameters.Add("$first", SqliteType.Integer);
            var tlp = insert.Parameters.Add("$tlp", SqliteType.Integer);
            var producer = insert.Parameters.Add("$producer", SqliteType.Text);
            var hasRecipients = insert.Parameters.Add("$recipients", SqliteType.Integer);
            var json = insert.Parameters.Add("$json", SqliteType.Text);
            insert.Prepare();
            foreach (var row in rows)
            {
                seq.Value = row.Seq;
                collection.Value = SqliteGuid(row.CollectionId);
                id.Value = row.StixId;
                type.Value = row.Type;
                spec.Value = row.SpecVersion;
                version.Value = row.VersionMicros;
                added.Value = row.AddedMicros;
                latest.Value = row.IsLatest ? 1 : 0;
                first.Value = row.IsFirst ? 1 : 0;
                tlp.Value = (int)row.Tlp;
                producer.Value = SqliteGuid(row.ProducerOrganisationId);
                hasRecipients.Value = row.HasRecipients ? 1 : 0;
                json.Value = row.Json;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        if (recipients.Count == 0)
        {
            return;
        }
        await using var insertRecipient = connection.CreateCommand();
        insertRecipient.Transaction = transaction;
        insertRecipient.CommandText = $"INSERT INTO {ExchangeModel.RecipientsTable} (object_seq, recipient_id) VALUES ($seq, $recipient)";
        var objectSeq = insertRecipient.Parameters.Add("$seq", SqliteType.Integer);
        var recipientId = insertRecipient.Parameters.Add("$recipient", SqliteType.Text);
        foreach (var recipient in recipients)
        {
            objectSeq.Value = recipient.ObjectSeq;
            recipientId.Value = SqliteGuid(recipient.RecipientId);
            await insertRecipient.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>EF Core's SQLite provider stores GUIDs as upper-case text; raw SQL must match it byte for byte.</summary>
    public static string SqliteGuid(Guid value) => value.ToString("D").ToUpperInvariant();

    /// <summary>
    /// Locks the collection's row for the rest of the transaction and returns the last date_added handed out,
    /// so concurrent writers to one collection take turns and date_added grows in commit order.
    /// </summary>
    public static async Task<long> LockCollectionAsync(ExchangeDb db, Guid collectionId, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
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
