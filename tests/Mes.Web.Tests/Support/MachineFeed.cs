using Mes.Contracts.Production;
using Mes.Contracts.Production.Telemetry;
using Mes.Contracts.Production.Workstations;

namespace Mes.Web.Tests.Support;

/// <summary>
/// Telemetry as the equipment agent sends it: one batch per OPC UA Publish response to the workstation
/// grain, node ids in the PLC simulator's layout, PackML state names, cumulative counters.
/// </summary>
public sealed class MachineFeed(IClusterClient cluster, string workstationId)
{
    private uint _sequence;

    public Task Running(long good = 0, long reject = 0) => Send(
        ("State", TelemetryDatum.Of("Execute")), ("Mode", TelemetryDatum.Of("Production")), ("AlarmActive", TelemetryDatum.Of(false)),
        ("AlarmCode", TelemetryDatum.Of("")), ("AlarmText", TelemetryDatum.Of("")),
        ("GoodCount", TelemetryDatum.Of(good)), ("RejectCount", TelemetryDatum.Of(reject)), ("TotalCount", TelemetryDatum.Of(good + reject)));

    public Task Idle() => Send(("State", TelemetryDatum.Of("Idle")), ("Mode", TelemetryDatum.Of("Production")), ("AlarmActive", TelemetryDatum.Of(false)));

    /// <summary>The machine stops on a fault (PackML Held) with an active alarm.</summary>
    public Task Fault(string code, string text) => Send(
        ("State", TelemetryDatum.Of("Held")), ("AlarmActive", TelemetryDatum.Of(true)), ("AlarmCode", TelemetryDatum.Of(code)), ("AlarmText", TelemetryDatum.Of(text)));

    private async Task Send(params (string Variable, TelemetryDatum Value)[] values)
    {
        var at = DateTimeOffset.UtcNow;
        var batch = new TelemetryBatch(workstationId, "opc.tcp://127.0.0.1:4840", ++_sequence, at,
            values.Select(v => new TelemetryValue($"ns=2;s={workstationId}.{v.Variable}", v.Value, at, 0)).ToList());
        await cluster.GetGrain<IWorkstationGrain>(GrainKey.Workstation.For(workstationId)).ApplyTelemetry(batch);
    }
}
