using Mes.Contracts.Production.Telemetry;

namespace Mes.Grains.Production.Telemetry;

/// <summary>The raw telemetry history: every value of every batch, written in bulk by the silo.</summary>
public interface ITelemetryHistory
{
    /// <summary>Queues a batch's values; waits only while the queue is full, so a slow database slows the
    /// equipment agents down instead of losing values.</summary>
    ValueTask Record(TelemetryBatch batch, CancellationToken cancellationToken = default);
}
