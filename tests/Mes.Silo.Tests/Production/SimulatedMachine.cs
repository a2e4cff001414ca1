using Mes.Contracts.Production.Telemetry;

namespace Mes.Silo.Tests.Production;

/// <summary>
/// Sends telemetry the way the equipment agent will: one batch per Publish response, node ids in the PLC
/// simulator's layout (<c>ns=2;s=smt-01-placer-1.GoodCount</c>, <c>…Slots.3.Picks</c>,
/// <c>smt-01-reflow.Zones.4.Temperature</c>), PackML state names, cumulative counters.
/// </summary>
public sealed class SimulatedMachine(string workstationId)
{
    private uint sequence;

    /// <summary>The workstation the machine serves.</summary>
    public string WorkstationId { get; } = workstationId;

    /// <summary>A batch of variables published at <paramref name="at"/>.</summary>
    public TelemetryBatch Batch(DateTimeOffset at, params (string Variable, TelemetryDatum Value)[] values) =>
        new(WorkstationId, "opc.tcp://127.0.0.1:4840", ++sequence, at,
            values.Select(v => new TelemetryValue($"ns=2;s={WorkstationId}.{v.Variable}", v.Value, at, 0)).ToList());

    /// <summary>The same batch with every value's OPC UA status code replaced.</summary>
    public static TelemetryBatch WithStatus(TelemetryBatch batch, uint statusCode) =>
        batch with { Values = batch.Values.Select(v => v with { StatusCode = statusCode }).ToList() };

    /// <summary>The machine runs (PackML Execute), no alarm.</summary>
    public TelemetryBatch Running(DateTimeOffset at) =>
        Batch(at, ("State", TelemetryDatum.Of("Execute")), ("Mode", TelemetryDatum.Of("Production")), ("AlarmActive", TelemetryDatum.Of(false)));

    /// <summary>The machine waits (PackML Idle).</summary>
    public TelemetryBatch Idle(DateTimeOffset at) => Batch(at, ("State", TelemetryDatum.Of("Idle")), ("AlarmActive", TelemetryDatum.Of(false)));

    /// <summary>The machine stops on a fault (PackML Held) with an alarm.</summary>
    public TelemetryBatch Jammed(DateTimeOffset at, string alarmCode, string alarmText) =>
        Batch(at, ("State", TelemetryDatum.Of("Held")), ("AlarmActive", TelemetryDatum.Of(true)),
            ("AlarmCode", TelemetryDatum.Of(alarmCode)), ("AlarmText", TelemetryDatum.Of(alarmText)));

    /// <summary>The cumulative counters.</summary>
    public TelemetryBatch Counts(DateTimeOffset at, long good, long reject) =>
        Batch(at, ("GoodCount", TelemetryDatum.Of(good)), ("RejectCount", TelemetryDatum.Of(reject)), ("TotalCount", TelemetryDatum.Of(good + reject)));

    /// <summary>The cumulative picks of a feeder slot.</summary>
    public TelemetryBatch Picks(DateTimeOffset at, string slot, long picks) => Batch(at, ($"Slots.{slot}.Picks", TelemetryDatum.Of(picks)));

    /// <summary>Oven zone temperatures: process values the MES keeps only in the raw history.</summary>
    public TelemetryBatch ZoneTemperatures(DateTimeOffset at, params double[] celsius) =>
        Batch(at, [.. celsius.Select((t, i) => ($"Zones.{i + 1}.Temperature", TelemetryDatum.Of(t)))]);
}
