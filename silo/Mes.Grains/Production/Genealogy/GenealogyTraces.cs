using Mes.Contracts.Production.Genealogy;
using Mes.Contracts.Production.Workstations;
using Mes.Domain.Production.Genealogy;
using DomainBackwardTrace = Mes.Domain.Production.Genealogy.BackwardTrace;
using BackwardTrace = Mes.Contracts.Production.Genealogy.BackwardTrace;

namespace Mes.Grains.Production.Genealogy;

/// <summary>From the domain's genealogy views to what the contracts carry.</summary>
public static class GenealogyTraces
{
    /// <summary>The backward trace of a unit.</summary>
    public static BackwardTrace From(DomainBackwardTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var sources = new Dictionary<(string Serial, string OperationId, string Slot, string LotNo), QuantitySource>();
        foreach (var record in trace.Operations)
        {
            foreach (var lot in record.ConsumedLots)
            {
                sources.TryAdd((record.Serial, record.OperationId, lot.Slot, lot.LotNo), lot.Source);
            }
        }

        return new BackwardTrace(trace.Serial,
            trace.Lots.Select(u => new LotUse(u.LotNo, u.PartNo, u.Serial, u.OperationId, u.WorkstationId, u.Slot, u.Quantity,
                sources[(u.Serial, u.OperationId, u.Slot, u.LotNo)].ToString())).ToList(),
            trace.ComponentSerials.ToList(), trace.Workstations.ToList(), trace.Operators.ToList(),
            trace.Operations.Select(r => new OperationTrace(r.Serial, r.OrderNo, r.ProductNo, r.OperationId, r.WorkstationId, r.Badge,
                r.StartedAt, r.CompletedAt, r.Result == OperationResult.Pass, r.DefectCodes.ToList(),
                r.Measurements.Select(m => new MeasuredValue(m.Step, m.Value)).ToList(), r.ComponentSerials.ToList())).ToList());
    }

    /// <summary>The recall list of a lot.</summary>
    public static RecallList From(ForwardTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return new RecallList(trace.LotNo,
            trace.Units.Select(u => new RecalledUnit(u.Serial, u.OrderNo, u.ProductNo, u.ShipmentNo, u.Via)).ToList(),
            trace.Orders.ToList(), trace.Shipments.ToList());
    }
}
