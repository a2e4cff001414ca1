using System.Text.Json;
using Mes.Contracts.Production;
using Mes.Domain.Production.Units;
using Mes.Domain.Production.Workstations;
using Mes.Grains.Production;
using Mes.Grains.Production.Journal;
using Npgsql;

namespace Mes.Silo.Storage.Production;

/// <summary>
/// The production history in PostgreSQL: <c>production_event</c> and the rows derived from the events
/// (genealogy, shipments, machine-state intervals, count advances), all in one transaction per commit.
/// </summary>
public sealed class PostgresProductionHistory(NpgsqlDataSource dataSource) : IProductionHistory
{
    /// <inheritdoc />
    public async Task Append(string aggregateId, long afterSequence, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aggregateId);
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            // Rows past the state's sequence are left over from a commit whose state write failed.
            Add(batch, "DELETE FROM production_event WHERE aggregate_id = @id AND sequence > @after",
                ("id", aggregateId), ("after", afterSequence));
            foreach (var table in DerivedTables(aggregateId, out var id))
            {
                Add(batch, $"DELETE FROM {table.Name} WHERE {table.Key} = @id AND sequence > @after", ("id", id), ("after", afterSequence));
            }

            if (entries.Count > 0)
            {
                Add(batch, """
                    INSERT INTO production_event (aggregate_id, sequence, kind, at, request_id, payload)
                    SELECT @id, e.sequence, e.kind, e.at, e.request_id, e.payload::jsonb
                      FROM unnest(@sequences, @kinds, @ats, @requests, @payloads) AS e(sequence, kind, at, request_id, payload)
                    ON CONFLICT (aggregate_id, sequence) DO UPDATE
                       SET kind = EXCLUDED.kind, at = EXCLUDED.at, request_id = EXCLUDED.request_id,
                           payload = EXCLUDED.payload, recorded_at = now()
                    """,
                    ("id", aggregateId),
                    ("sequences", entries.Select(e => e.Sequence).ToArray()),
                    ("kinds", entries.Select(e => e.Kind).ToArray()),
                    ("ats", entries.Select(e => e.At.ToUniversalTime()).ToArray()),
                    ("requests", entries.Select(e => e.RequestId).ToArray()),
                    ("payloads", entries.Select(e => e.Payload).ToArray()));
            }

            foreach (var entry in entries)
            {
                AddDerived(batch, entry);
            }

            AddCounts(batch, entries);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static IEnumerable<(string Name, string Key)> DerivedTables(string aggregateId, out string id)
    {
        if (aggregateId.StartsWith(GrainKey.Unit.Prefix, StringComparison.Ordinal))
        {
            id = GrainKey.Unit.IdOf(aggregateId);
            return [("genealogy_operation", "serial"), ("unit_shipment", "serial")];
        }

        if (aggregateId.StartsWith(GrainKey.Workstation.Prefix, StringComparison.Ordinal))
        {
            id = GrainKey.Workstation.IdOf(aggregateId);
            return [("machine_state_interval", "workstation_id"), ("count_advance", "workstation_id")];
        }

        id = aggregateId;
        return [];
    }

    private static void AddDerived(NpgsqlBatch batch, JournalEntry entry)
    {
        switch (entry.Event)
        {
            case OperationCompleted { Record: var record }:
                Add(batch, """
                    INSERT INTO genealogy_operation (serial, sequence, order_no, product_no, operation_id, workstation_id, badge,
                        started_at, completed_at, result, status_after, request_id, defect_codes, measurements)
                    VALUES (@serial, @sequence, @order, @product, @operation, @workstation, @badge,
                        @started, @completed, @result, @status, @request, @defects, @measurements::jsonb)
                    """,
                    ("serial", record.Serial), ("sequence", entry.Sequence), ("order", record.OrderNo), ("product", record.ProductNo),
                    ("operation", record.OperationId), ("workstation", record.WorkstationId), ("badge", record.Badge),
                    ("started", record.StartedAt.ToUniversalTime()), ("completed", record.CompletedAt.ToUniversalTime()),
                    ("result", record.Result.ToString()), ("status", record.StatusAfter.ToString()), ("request", record.RequestId),
                    ("defects", record.DefectCodes.ToArray()),
                    ("measurements", JsonSerializer.Serialize(record.Measurements, ProductionJson.Options)));
                if (record.ConsumedLots.Count > 0)
                {
                    Add(batch, """
                        INSERT INTO genealogy_consumed_lot (serial, sequence, position, slot, lot_no, part_no, quantity, source)
                        SELECT @serial, @sequence, l.position, l.slot, l.lot_no, l.part_no, l.quantity, l.source
                          FROM unnest(@positions, @slots, @lots, @parts, @quantities, @sources) AS l(position, slot, lot_no, part_no, quantity, source)
                        """,
                        ("serial", record.Serial), ("sequence", entry.Sequence),
                        ("positions", Enumerable.Range(1, record.ConsumedLots.Count).ToArray()),
                        ("slots", record.ConsumedLots.Select(l => l.Slot).ToArray()),
                        ("lots", record.ConsumedLots.Select(l => l.LotNo).ToArray()),
                        ("parts", record.ConsumedLots.Select(l => l.PartNo).ToArray()),
                        ("quantities", record.ConsumedLots.Select(l => l.Quantity).ToArray()),
                        ("sources", record.ConsumedLots.Select(l => l.Source.ToString()).ToArray()));
                }

                if (record.ComponentSerials.Count > 0)
                {
                    Add(batch, """
                        INSERT INTO genealogy_component (serial, sequence, position, component_serial)
                        SELECT @serial, @sequence, c.position, c.component FROM unnest(@positions, @components) AS c(position, component)
                        """,
                        ("serial", record.Serial), ("sequence", entry.Sequence),
                        ("positions", Enumerable.Range(1, record.ComponentSerials.Count).ToArray()),
                        ("components", record.ComponentSerials.ToArray()));
                }

                break;
            case UnitShipped shipped:
                Add(batch, "INSERT INTO unit_shipment (serial, sequence, shipment_no, shipped_at) VALUES (@serial, @sequence, @shipment, @at)",
                    ("serial", shipped.Serial), ("sequence", entry.Sequence), ("shipment", shipped.ShipmentNo), ("at", shipped.At.ToUniversalTime()));
                break;
            case StateIntervalClosed closed:
                Add(batch, """
                    INSERT INTO machine_state_interval (workstation_id, sequence, state, from_at, to_at)
                    VALUES (@workstation, @sequence, @state, @from, @to)
                    """,
                    ("workstation", closed.WorkstationId), ("sequence", entry.Sequence), ("state", closed.Interval.State.ToString()),
                    ("from", closed.Interval.From.ToUniversalTime()), ("to", closed.Interval.To.ToUniversalTime()));
                break;
        }
    }

    /// <summary>Count advances come many to a telemetry batch: one statement for all of them.</summary>
    private static void AddCounts(NpgsqlBatch batch, IReadOnlyList<JournalEntry> entries)
    {
        var counts = entries.Where(e => e.Event is CountsAdvanced).Select(e => (e.Sequence, Count: (CountsAdvanced)e.Event)).ToList();
        if (counts.Count == 0)
        {
            return;
        }

        Add(batch, """
            INSERT INTO count_advance (workstation_id, sequence, counter, slot, delta, cumulative, discontinuity, at)
            SELECT c.workstation_id, c.sequence, c.counter, c.slot, c.delta, c.cumulative, c.discontinuity, c.at
              FROM unnest(@workstations, @sequences, @counters, @slots, @deltas, @cumulatives, @discontinuities, @ats)
                   AS c(workstation_id, sequence, counter, slot, delta, cumulative, discontinuity, at)
            """,
            ("workstations", counts.Select(c => c.Count.WorkstationId).ToArray()),
            ("sequences", counts.Select(c => c.Sequence).ToArray()),
            ("counters", counts.Select(c => c.Count.Counter.ToString()).ToArray()),
            ("slots", counts.Select(c => c.Count.Slot).ToArray()),
            ("deltas", counts.Select(c => c.Count.Delta).ToArray()),
            ("cumulatives", counts.Select(c => c.Count.Cumulative).ToArray()),
            ("discontinuities", counts.Select(c => c.Count.Discontinuity.ToString()).ToArray()),
            ("ats", counts.Select(c => c.Count.At.ToUniversalTime()).ToArray()));
    }

    // The SQL is the project's own constants; values travel as parameters.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Constant SQL and table names only.")]
    private static void Add(NpgsqlBatch batch, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        batch.BatchCommands.Add(command);
    }
}
