using System.Data.Common;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;
using Mes.Grains.Bonded.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Mes.Silo.Storage.Bonded;

/// <summary>
/// The <c>bonded_journal</c> table. A batch of entries is one <see cref="NpgsqlBatch"/>: one round trip, and one
/// implicit transaction, so that either every entry of the batch is committed or none is (a primary-key clash on
/// (book, sequence) with another writer fails the whole batch).
/// </summary>
public sealed class PostgresBondedJournal(NpgsqlDataSource dataSource) : IBondedJournalStore
{
    private const string Insert = """
        INSERT INTO bonded_journal (book, sequence, posted_at, kind, item, status, part, lot, order_no,
            stock_quantity, stock_unit, factor, declared_quantity, declared_unit, value_amount, value_currency, detail,
            actor_id, actor_role, reason, idempotency_key, command_digest, previous_hash, hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb, $18, $19, $20, $21, $22, $23, $24)
        """;

    private const string Columns = """
        sequence, posted_at, kind, item, status, part, lot, order_no, stock_quantity, stock_unit, factor,
        declared_quantity, declared_unit, value_amount, value_currency, detail::text, actor_id, actor_role, reason,
        idempotency_key, command_digest, previous_hash, hash
        """;

    private const string Select = $"SELECT {Columns} FROM bonded_journal WHERE book = $1 ORDER BY sequence";

    // The kinds are literals, as in the partial index bonded_journal_lot (migration 0032), so that the index serves it.
    private const string SelectFirstReceiptOfLot = $"""
        SELECT {Columns}, book FROM bonded_journal
         WHERE lot = $1
           AND kind IN ('{nameof(EntryKind.ImportReceipt)}', '{nameof(EntryKind.SuspenseReceipt)}', '{nameof(EntryKind.SuspenseRelease)}', '{nameof(EntryKind.CarryOverIn)}')
         ORDER BY posted_at, book, sequence LIMIT 1
        """;

    public async Task AppendAsync(AccountBookNo book, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var entry in entries)
        {
            batch.BatchCommands.Add(Command(book, entry));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<JournalReading> ReadAsync(AccountBookNo book, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Select);
        command.Parameters.Add(new NpgsqlParameter { Value = book.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<JournalEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var sequence = reader.GetInt64(0);
            try
            {
                entries.Add(Entry(book, reader));
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or System.Text.Json.JsonException or KeyNotFoundException
                or InvalidOperationException or OverflowException)
            {
                return new JournalReading(entries, new UnreadableRow(entries.Count + 1, sequence, e.Message));
            }
        }

        return new JournalReading(entries, null);
    }

    public async Task<JournalEntry?> FirstReceiptOfLotAsync(LotNo lot, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SelectFirstReceiptOfLot);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = lot.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? Entry(new AccountBookNo(reader.GetString(23)), reader)
            : null;
    }

    private static NpgsqlBatchCommand Command(AccountBookNo book, JournalEntry entry)
    {
        var m = entry.Movement;
        var q = m.Quantities;
        var command = new NpgsqlBatchCommand(Insert);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string> { TypedValue = book.Value });
        p.Add(new NpgsqlParameter<long> { TypedValue = entry.Sequence });
        p.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = entry.PostedAt.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        p.Add(new NpgsqlParameter<string> { TypedValue = m.Kind.ToString() });
        p.Add(new NpgsqlParameter<string> { TypedValue = m.Item.ToString() });
        p.Add(new NpgsqlParameter<string> { TypedValue = m.Status.ToString() });
        p.Add(Text(m.Part?.Value));
        p.Add(Text(m.Lot?.Value));
        p.Add(Text(m.Order?.Value));
        p.Add(new NpgsqlParameter<decimal> { TypedValue = q.Stock.Value });
        p.Add(new NpgsqlParameter<string> { TypedValue = q.Stock.Unit.Value });
        p.Add(new NpgsqlParameter<decimal> { TypedValue = q.Factor });
        p.Add(new NpgsqlParameter<decimal> { TypedValue = q.Declared.Value });
        p.Add(new NpgsqlParameter<string> { TypedValue = q.Declared.Unit.Value });
        p.Add(new NpgsqlParameter { Value = (object?)m.Value?.Amount ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Numeric });
        p.Add(Text(m.Value?.Currency.Value));
        p.Add(new NpgsqlParameter<string> { TypedValue = EntryDetail.Write(m) });
        p.Add(new NpgsqlParameter<string> { TypedValue = entry.Actor.Id });
        p.Add(new NpgsqlParameter<string> { TypedValue = entry.Actor.Role.ToString() });
        p.Add(Text(entry.Reason));
        p.Add(new NpgsqlParameter<string> { TypedValue = entry.IdempotencyKey.Value });
        p.Add(new NpgsqlParameter<string> { TypedValue = entry.CommandDigest });
        p.Add(new NpgsqlParameter<string> { TypedValue = entry.PreviousHash.Hex });
        p.Add(new NpgsqlParameter<string> { TypedValue = entry.Hash.Hex });
        return command;
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static JournalEntry Entry(AccountBookNo book, DbDataReader r)
    {
        var stock = new Quantity(r.GetDecimal(8), new UnitOfMeasure(r.GetString(9)));
        var declared = new Quantity(r.GetDecimal(11), new UnitOfMeasure(r.GetString(12)));
        var columns = new Movement
        {
            Kind = EntryDetail.ParseEnum<EntryKind>(r.GetString(2)),
            Item = ItemNo.Parse(r.GetString(3)),
            Status = EntryDetail.ParseEnum<BondedStatus>(r.GetString(4)),
            Part = r.IsDBNull(5) ? null : new PartNo(r.GetString(5)),
            Lot = r.IsDBNull(6) ? null : new LotNo(r.GetString(6)),
            Order = r.IsDBNull(7) ? null : new OrderNo(r.GetString(7)),
            // The legal quantities come from the detail; these stand in until it is read.
            Quantities = new EntryQuantities(stock, r.GetDecimal(10), declared, default, null),
            Value = r.IsDBNull(13) ? null : new Money(r.GetDecimal(13), new CurrencyCode(r.IsDBNull(14) ? null! : r.GetString(14))),
        };
        return new JournalEntry(
            r.GetInt64(0),
            book,
            new DateTimeOffset(r.GetFieldValue<DateTime>(1), TimeSpan.Zero),
            EntryDetail.Read(r.GetString(15), columns),
            new Actor(r.GetString(16), EntryDetail.ParseEnum<ActorRole>(r.GetString(17))),
            r.IsDBNull(18) ? null : r.GetString(18),
            new IdempotencyKey(r.GetString(19)),
            r.GetString(20),
            EntryHash.Parse(r.GetString(21)),
            EntryHash.Parse(r.GetString(22)));
    }
}
