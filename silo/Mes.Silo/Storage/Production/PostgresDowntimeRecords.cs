using System.Text.Json;
using Mes.Contracts.Production;
using Mes.Domain.Production.Workstations;
using Mes.Grains.Production;
using Mes.Grains.Production.Oee;
using Npgsql;

namespace Mes.Silo.Storage.Production;

/// <summary>
/// Ended downtimes from <c>production_event</c>: the closed record each <c>downtimeEnded</c> event carries,
/// with the latest <c>downtimeReasonReported</c> for it, which may have come after the end.
/// </summary>
public sealed class PostgresDowntimeRecords(NpgsqlDataSource dataSource) : IDowntimeRecords
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<Downtime>> Ended(IReadOnlyDictionary<string, long> upToSequence, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upToSequence);
        await using var command = dataSource.CreateCommand("""
            SELECT e.payload -> 'downtime', r.reason_code, r.badge
              FROM unnest(@workstations, @upTos) AS w(aggregate_id, up_to)
              JOIN production_event e
                ON e.aggregate_id = w.aggregate_id AND e.kind = 'downtimeEnded' AND e.sequence <= w.up_to AND e.at > @from
              LEFT JOIN LATERAL (
                   SELECT r.payload ->> 'reasonCode' AS reason_code, r.payload ->> 'badge' AS badge
                     FROM production_event r
                    WHERE r.aggregate_id = w.aggregate_id AND r.kind = 'downtimeReasonReported'
                      AND r.payload ->> 'downtimeId' = e.payload -> 'downtime' ->> 'id' AND r.sequence <= w.up_to
                    ORDER BY r.sequence DESC
                    LIMIT 1) r ON true
             WHERE (e.payload -> 'downtime' ->> 'startedAt')::timestamptz < @to
             ORDER BY e.at
            """);
        command.Parameters.AddWithValue("workstations", upToSequence.Keys.Select(GrainKey.Workstation.For).ToArray());
        command.Parameters.AddWithValue("upTos", upToSequence.Values.ToArray());
        command.Parameters.AddWithValue("from", from.ToUniversalTime());
        command.Parameters.AddWithValue("to", to.ToUniversalTime());
        var downtimes = new List<Downtime>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var downtime = JsonSerializer.Deserialize<Downtime>(reader.GetString(0), ProductionJson.Options)!;
            downtimes.Add(reader.IsDBNull(1)
                ? downtime
                : downtime with { ReasonCode = reader.GetString(1), ReportedBy = reader.IsDBNull(2) ? null : reader.GetString(2) });
        }

        return downtimes;
    }
}
