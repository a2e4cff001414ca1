using Mes.Contracts.Production.Orders;
using Mes.Grains.Production.Orders;
using Npgsql;
using NpgsqlTypes;

namespace Mes.Silo.Storage.Production;

/// <summary>The order list read model in <c>production_order</c>.</summary>
public sealed class PostgresOrderList(NpgsqlDataSource dataSource) : IOrderList
{
    /// <inheritdoc />
    public async Task Save(OrderSummary order, long sequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO production_order (order_no, product_no, line_id, quantity, due_date, bonded, status, finished, scrapped, sequence)
            VALUES (@order, @product, @line, @quantity, @due, @bonded, @status, @finished, @scrapped, @sequence)
            ON CONFLICT (order_no) DO UPDATE
               SET product_no = EXCLUDED.product_no, line_id = EXCLUDED.line_id, quantity = EXCLUDED.quantity,
                   due_date = EXCLUDED.due_date, bonded = EXCLUDED.bonded, status = EXCLUDED.status,
                   finished = EXCLUDED.finished, scrapped = EXCLUDED.scrapped, sequence = EXCLUDED.sequence, updated_at = now()
             WHERE production_order.sequence <= EXCLUDED.sequence
            """);
        command.Parameters.AddWithValue("order", order.OrderNo);
        command.Parameters.AddWithValue("product", order.ProductNo);
        command.Parameters.AddWithValue("line", order.LineId);
        command.Parameters.AddWithValue("quantity", order.Quantity);
        command.Parameters.AddWithValue("due", order.DueDate.ToUniversalTime());
        command.Parameters.AddWithValue("bonded", order.Bonded);
        command.Parameters.AddWithValue("status", order.Status);
        command.Parameters.AddWithValue("finished", order.Finished);
        command.Parameters.AddWithValue("scrapped", order.Scrapped);
        command.Parameters.AddWithValue("sequence", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OrderSummary>> Find(OrderQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var command = dataSource.CreateCommand("""
            SELECT order_no, product_no, line_id, quantity, due_date, bonded, status, finished, scrapped FROM production_order
             WHERE (@line IS NULL OR line_id = @line) AND (@status IS NULL OR status = @status)
               AND (@after IS NULL OR order_no > @after)
             ORDER BY order_no LIMIT @limit
            """);
        command.Parameters.Add(new NpgsqlParameter("line", NpgsqlDbType.Text) { Value = (object?)query.LineId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)query.Status ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Text) { Value = (object?)query.AfterOrderNo ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", query.Limit);
        var orders = new List<OrderSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            orders.Add(new OrderSummary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetBoolean(5), reader.GetString(6), reader.GetInt32(7), reader.GetInt32(8)));
        }

        return orders;
    }
}
