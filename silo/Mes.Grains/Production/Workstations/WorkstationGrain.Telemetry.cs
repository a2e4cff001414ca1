using Mes.Contracts.Production.Equipment;
using Mes.Contracts.Production.Telemetry;
using Mes.Domain.Production.Machines;
using Mes.Grains.Production.Oee;

namespace Mes.Grains.Production.Workstations;

public sealed partial class WorkstationGrain
{
    private const int ProblemsReported = 5;

    /// <inheritdoc />
    public async Task ReportEquipmentLink(EquipmentLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        this.link = link;
        if (Aggregate is null)
        {
            await Prepare();
        }
        await Publish();
    }

    /// <inheritdoc />
    public async Task<TelemetryReceipt> ApplyTelemetry(TelemetryBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.WorkstationId != Id)
        {
            return new TelemetryReceipt(0, batch.Values.Count, 0, new[] { $"The batch is for {batch.WorkstationId}; this is {Id}." });
        }

        await telemetry.Record(batch);
        if (link is not { State: EquipmentLinkState.Connected })
        {
            link = new EquipmentLink(batch.Endpoint, EquipmentLinkState.Connected, clock.GetUtcNow(), null);
        }

        var (station, refusal) = await Prepare();
        if (station is null)
        {
            return new TelemetryReceipt(0, batch.Values.Count, 0, new[] { refusal!.Message });
        }

        var map = catalog.NodeMap(master!);
        var signals = new List<MachineSignal>(batch.Values.Count);
        var problems = new List<string>();
        foreach (var value in batch.Values)
        {
            // Bad or uncertain values and nodes the equipment mapping does not name (process values such
            // as zone temperatures) go to the raw history only.
            if (!value.IsGood || map.Resolve(value.NodeId) is not { } address || address.WorkstationId != Id)
            {
                continue;
            }

            var decoded = map.Decode(value.NodeId, value.Value.ToObject(), value.SourceTimestamp);
            if (decoded.Signal is { } signal)
            {
                signals.Add(signal);
            }
            else if (problems.Count < ProblemsReported)
            {
                problems.Add(decoded.Problem!);
            }
        }

        var fold = station.Fold(signals, afterOutage: batch.FirstOfSession);
        if (fold.Events.Count > 0 || fold.Workstation.OpenDowntime != station.OpenDowntime)
        {
            await Commit(station, fold.Events, null, after: fold.Workstation);
        }
        else
        {
            Keep(fold.Workstation);
            await Publish();
        }

        return new TelemetryReceipt(signals.Count, batch.Values.Count - signals.Count, fold.Events.Count, problems);
    }

    /// <inheritdoc />
    public Task<MachineWindow> Window()
    {
        var open = Aggregate?.OpenInterval(clock.GetUtcNow());
        return Task.FromResult(new MachineWindow(open is null ? null : new OpenState(open.State.ToString(), open.From, open.To), Sequence,
            WorkstationStatuses.Record(Aggregate?.OpenDowntime)));
    }
}
