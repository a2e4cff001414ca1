using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Workstations;
using Mes.Grains.Production.Oee;
using Npgsql;

namespace Mes.Silo.Storage.Production;

/// <summary>OEE inputs from <c>machine_state_interval</c> and <c>count_advance</c>.</summary>
public sealed class PostgresMachineRecords(NpgsqlDataSource dataSource) : IMachineRecords
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<StateInterval>> Intervals(string workstationId, DateTimeOffset from, DateTimeOffset to, long upToSequence,
        CancellationToken cancellationToken = default)
    {
        await using var command = Query("""
            SELECT state, from_at, to_at FROM machine_state_interval
             WHERE workstation_id = @workstation AND sequence <= @upTo AND to_at > @from AND from_at < @to
             ORDER BY from_at
            """, workstationId, from, to, upToSequence);
        var intervals = new List<StateInterval>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            intervals.Add(new StateInterval(Enum.Parse<E10State>(reader.GetString(0)),
                reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return intervals;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CountsAdvanced>> Counts(string workstationId, DateTimeOffset from, DateTimeOffset to, long upToSequence,
        CancellationToken cancellationToken = default)
    {
        await using var command = Query("""
            SELECT counter, slot, delta, cumulative, discontinuity, at FROM count_advance
             WHERE workstation_id = @workstation AND sequence <= @upTo AND at >= @from AND at < @to
             ORDER BY sequence
            """, workstationId, from, to, upToSequence);
        var counts = new List<CountsAdvanced>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new CountsAdvanced(workstationId, Enum.Parse<SignalKind>(reader.GetString(0)),
                reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3),
                Enum.Parse<CounterDiscontinuity>(reader.GetString(4)), reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return counts;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Constant SQL; values are parameters.")]
    private NpgsqlCommand Query(string sql, string workstationId, DateTimeOffset from, DateTimeOffset to, long upToSequence)
    {
        var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("workstation", workstationId);
        command.Parameters.AddWithValue("upTo", upToSequence);
        command.Parameters.AddWithValue("from", from.ToUniversalTime());
        command.Parameters.AddWithValue("to", to.ToUniversalTime());
        return command;
    }
}
