using Npgsql;

namespace Mes.Bench.Load.Telemetry;

/// <summary>
/// Counts what the equipment agents delivered: every value of every Publish response lands in <c>telemetry_sample</c>
/// after its workstation grain took the batch, so the rows received in a window are the values ingested in it.
/// </summary>
public sealed class TelemetryHistory(string connectionString)
{
    /// <summary>Values whose batch was received between the two instants.</summary>
    public async Task<long> ReceivedBetween(DateTimeOffset from, DateTimeOffset to)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM telemetry_sample WHERE received_at >= $1 AND received_at < $2", connection)
        {
            Parameters = { new() { Value = from.UtcDateTime }, new() { Value = to.UtcDateTime } },
        };
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
