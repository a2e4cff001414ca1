using Mes.Contracts.Production.Units;
using Mes.Contracts.Production.Workstations;
using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Units;

namespace Mes.Grains.Production.Units;

/// <summary>Between the domain's unit and genealogy records and what the contracts carry.</summary>
public static class UnitSnapshots
{
    /// <summary>The unit's snapshot; the next step is read off <paramref name="route"/> when known.</summary>
    public static UnitSnapshot From(Unit unit, Route? route, long sequence)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var step = route is null ? null : Routing.NextStep(unit, route);
        var next = unit.Current is null && unit.Status is UnitStatus.InProcess && step is RouteStep.Next n ? n.Operation.Id : null;
        var blocked = step is RouteStep.Blocked b && unit.Status is UnitStatus.Failed ? Refusals.From(b.Refusal) : null;
        return new UnitSnapshot(unit.Serial, unit.OrderNo, unit.ProductNo, unit.Status.ToString(),
            unit.OnHold is { } hold ? new HoldInfo(hold.Reason, hold.By, hold.At) : null,
            unit.Current is { } current ? new OperationUnderway(current.OperationId, current.WorkstationId, current.Badge, current.StartedAt) : null,
            next, blocked,
            unit.History.Select(r => new CompletedOperation(r.OperationId, r.WorkstationId, r.Badge, r.StartedAt, r.CompletedAt,
                r.Result == OperationResult.Pass, r.DefectCodes.ToList())).ToList(),
            unit.ShipmentNo, sequence);
    }

    /// <summary>Consumed lots as the domain records them.</summary>
    public static IReadOnlyList<ConsumedLot> ToDomain(IEnumerable<ConsumedLotLine> lots) =>
        lots.Select(l => new ConsumedLot(l.Slot, l.LotNo, l.PartNo, l.Quantity, l.FromPickCount ? QuantitySource.PickCount : QuantitySource.BomQtyPer)).ToList();

    /// <summary>Consumed lots as the contracts carry them.</summary>
    public static IReadOnlyList<ConsumedLotLine> FromDomain(IEnumerable<ConsumedLot> lots) =>
        lots.Select(l => new ConsumedLotLine(l.Slot, l.LotNo, l.PartNo, l.Quantity, l.Source == QuantitySource.PickCount)).ToList();

    /// <summary>Measurements as the domain records them.</summary>
    public static IReadOnlyList<Measurement> ToDomain(IEnumerable<MeasuredValue> measurements) =>
        measurements.Select(m => new Measurement(m.Step, m.Value)).ToList();
}
