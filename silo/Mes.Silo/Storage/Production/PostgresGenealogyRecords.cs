using System.Text.Json;
using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.Units;
using Mes.Grains.Production;
using Mes.Grains.Production.Genealogy;
using Npgsql;

namespace Mes.Silo.Storage.Production;

/// <summary>
/// Genealogy queries: PostgreSQL follows components transitively (recursive queries over
/// <c>genealogy_component</c>), the records are read back whole, and the domain builds the views.
/// </summary>
public sealed class PostgresGenealogyRecords(NpgsqlDataSource dataSource) : IGenealogyRecords
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<OperationRecord>> Behind(string serial, CancellationToken cancellationToken = default)
    {
        var serials = await Serials("""
            WITH RECURSIVE parts(serial) AS (
                SELECT @start::text
              UNION
                SELECT c.component_serial FROM genealogy_component c JOIN parts p ON c.serial = p.serial)
            SELECT serial FROM parts
            """, serial, cancellationToken);
        return await Records(serials, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OperationRecord>> ReachedFrom(string lotNo, CancellationToken cancellationToken = default)
    {
        var serials = await Serials("""
            WITH RECURSIVE reached(serial) AS (
                SELECT serial FROM genealogy_consumed_lot WHERE lot_no = @start
              UNION
                SELECT c.serial FROM genealogy_component c JOIN reached r ON c.component_serial = r.serial)
            SELECT serial FROM reached
            """, lotNo, cancellationToken);
        return await Records(serials, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LotConsumption>> ConsumedBy(string orderNo, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT c.lot_no, c.part_no, sum(c.quantity)
              FROM genealogy_operation o
              JOIN genealogy_consumed_lot c ON c.serial = o.serial AND c.sequence = o.sequence
             WHERE o.order_no = @order
             GROUP BY c.lot_no, c.part_no
             ORDER BY c.lot_no
            """);
        command.Parameters.AddWithValue("order", orderNo);
        var lots = new List<LotConsumption>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lots.Add(new LotConsumption(reader.GetString(0), reader.GetString(1), reader.GetDecimal(2)));
        }

        return lots;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UnitShipment>> Shipments(IReadOnlyCollection<string> serials, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serials);
        await using var command = dataSource.CreateCommand(
            "SELECT serial, shipment_no FROM unit_shipment WHERE serial = ANY(@serials) ORDER BY shipped_at, serial");
        command.Parameters.AddWithValue("serials", serials.ToArray());
        var shipments = new List<UnitShipment>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            shipments.Add(new UnitShipment(reader.GetString(0), reader.GetString(1)));
        }

        return shipments;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Constant SQL; the start is a parameter.")]
    private async Task<string[]> Serials(string sql, string start, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("start", start);
        var serials = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            serials.Add(reader.GetString(0));
        }

        return [.. serials];
    }

    private async Task<IReadOnlyList<OperationRecord>> Records(string[] serials, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var lots = new Dictionary<(string, long), List<ConsumedLot>>();
        await using (var command = new NpgsqlCommand("""
            SELECT serial, sequence, slot, lot_no, part_no, quantity, source FROM genealogy_consumed_lot
             WHERE serial = ANY(@serials) ORDER BY serial, sequence, position
            """, connection))
        {
            command.Parameters.AddWithValue("serials", serials);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                Rows(lots, (reader.GetString(0), reader.GetInt64(1))).Add(new ConsumedLot(reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), reader.GetDecimal(5), Enum.Parse<QuantitySource>(reader.GetString(6))));
            }
        }

        var components = new Dictionary<(string, long), List<string>>();
        await using (var command = new NpgsqlCommand("""
            SELECT serial, sequence, component_serial FROM genealogy_component
             WHERE serial = ANY(@serials) ORDER BY serial, sequence, position
            """, connection))
        {
            command.Parameters.AddWithValue("serials", serials);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                Rows(components, (reader.GetString(0), reader.GetInt64(1))).Add(reader.GetString(2));
            }
        }

        var records = new List<OperationRecord>();
        await using (var command = new NpgsqlCommand("""
            SELECT serial, sequence, order_no, product_no, operation_id, workstation_id, badge, started_at, completed_at,
                   result, status_after, request_id, defect_codes, measurements::text
              FROM genealogy_operation WHERE serial = ANY(@serials) ORDER BY serial, sequence
            """, connection))
        {
            command.Parameters.AddWithValue("serials", serials);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = (reader.GetString(0), reader.GetInt64(1));
                records.Add(new OperationRecord(key.Item1, reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateTimeOffset>(8),
                    Enum.Parse<OperationResult>(reader.GetString(9)), reader.GetFieldValue<string[]>(12),
                    JsonSerializer.Deserialize<List<Measurement>>(reader.GetString(13), ProductionJson.Options) ?? [],
                    lots.GetValueOrDefault(key) ?? [], components.GetValueOrDefault(key) ?? [],
                    reader.GetString(11), Enum.Parse<UnitStatus>(reader.GetString(10))));
            }
        }

        return records;
    }

    private static List<T> Rows<T>(Dictionary<(string, long), List<T>> rows, (string, long) key)
    {
        if (!rows.TryGetValue(key, out var list))
        {
            rows[key] = list = [];
        }

        return list;
    }
}
