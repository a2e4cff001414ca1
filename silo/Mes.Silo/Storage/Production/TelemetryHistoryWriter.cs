using System.Threading.Channels;
using Mes.Contracts.Production.Telemetry;
using Mes.Grains.Production.Telemetry;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Mes.Silo.Storage.Production;

/// <summary>
/// The silo-wide writer of the raw telemetry history: workstations queue their batches' values on a
/// bounded channel; one loop writes them with binary COPY, when <see cref="TelemetryHistoryOptions.FlushRows"/>
/// values are waiting or <see cref="TelemetryHistoryOptions.FlushInterval"/> after the first of them.
/// On shutdown the queue is drained.
/// </summary>
public sealed partial class TelemetryHistoryWriter : BackgroundService, ITelemetryHistory
{
    private const string Copy = """
        COPY telemetry_sample (workstation_id, node_id, source_time, received_at, status_code, value_bool, value_int, value_real, value_text)
        FROM STDIN (FORMAT BINARY)
        """;

    private readonly NpgsqlDataSource dataSource;
    private readonly TelemetryHistoryOptions options;
    private readonly ILogger<TelemetryHistoryWriter> logger;
    private readonly Channel<TelemetrySample> queue;

    /// <summary>Creates the writer.</summary>
    public TelemetryHistoryWriter(NpgsqlDataSource dataSource, IOptions<TelemetryHistoryOptions> options, ILogger<TelemetryHistoryWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.dataSource = dataSource;
        this.options = options.Value;
        this.logger = logger;
        queue = Channel.CreateBounded<TelemetrySample>(new BoundedChannelOptions(this.options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <inheritdoc />
    public async ValueTask Record(TelemetryBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var value in batch.Values)
        {
            await queue.Writer.WriteAsync(new TelemetrySample(batch.WorkstationId, value, batch.ReceivedAt), cancellationToken);
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = queue.Reader;
        var rows = new List<TelemetrySample>(options.FlushRows);

        // The loop ends when the queue is completed and empty (shutdown), not on the stopping token, so
        // that what was queued is written.
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            using (var window = new CancellationTokenSource(options.FlushInterval))
            {
                try
                {
                    do
                    {
                        while (rows.Count < options.FlushRows && reader.TryRead(out var sample))
                        {
                            rows.Add(sample);
                        }
                    }
                    while (rows.Count < options.FlushRows && await reader.WaitToReadAsync(window.Token));
                }
                catch (OperationCanceledException) when (window.IsCancellationRequested)
                {
                    // The flush interval is up: write what has come.
                }
            }

            await Write(rows);
            rows.Clear();
        }
    }

    private async Task Write(List<TelemetrySample> rows)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteOnce(rows);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException && attempt < options.WriteAttempts)
            {
                LogRetrying(e, rows.Count, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                LogGivenUp(e, rows.Count, attempt);
                return;
            }
        }
    }

    private async Task WriteOnce(List<TelemetrySample> rows)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var importer = await connection.BeginBinaryImportAsync(Copy);
        foreach (var (workstationId, value, receivedAt) in rows)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(workstationId, NpgsqlDbType.Text);
            await importer.WriteAsync(value.NodeId, NpgsqlDbType.Text);
            await importer.WriteAsync(value.SourceTimestamp.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await importer.WriteAsync(receivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await importer.WriteAsync((long)value.StatusCode, NpgsqlDbType.Bigint);
            var datum = value.Value;
            await WriteOrNull(importer, datum.Kind == TelemetryDatumKind.Boolean, datum.Boolean, NpgsqlDbType.Boolean);
            await WriteOrNull(importer, datum.Kind == TelemetryDatumKind.Integer, datum.Integer, NpgsqlDbType.Bigint);
            await WriteOrNull(importer, datum.Kind == TelemetryDatumKind.Real, datum.Real, NpgsqlDbType.Double);
            await WriteOrNull(importer, datum.Kind == TelemetryDatumKind.Text && datum.Text is not null, datum.Text, NpgsqlDbType.Text);
        }

        await importer.CompleteAsync();
    }

    private static Task WriteOrNull<T>(NpgsqlBinaryImporter importer, bool present, T value, NpgsqlDbType type) =>
        present ? importer.WriteAsync(value, type) : importer.WriteNullAsync();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Rows} telemetry values failed (attempt {Attempt}); retrying")]
    private partial void LogRetrying(Exception exception, int rows, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up writing {Rows} telemetry values after {Attempts} attempts; they are not in the raw history")]
    private partial void LogGivenUp(Exception exception, int rows, int attempts);
}
