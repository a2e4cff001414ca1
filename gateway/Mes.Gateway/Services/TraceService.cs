using Grpc.Core;
using Mes.Contracts.Production;
using Mes.Contracts.Production.Genealogy;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using BackwardTrace = Mes.Gateway.Api.V1.BackwardTrace;
using LotUse = Mes.Gateway.Api.V1.LotUse;
using RecallList = Mes.Gateway.Api.V1.RecallList;
using RecalledUnit = Mes.Gateway.Api.V1.RecalledUnit;

namespace Mes.Gateway.Services;

/// <summary>mes.v1.Trace: backward and forward genealogy, answered by the genealogy grain.</summary>
[AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
public sealed class TraceService(IClusterClient cluster) : Trace.TraceBase
{
    public override async Task<BackwardTrace> Backward(BackwardRequest request, ServerCallContext context)
    {
        var trace = await Genealogy.Backward(RequestFields.Id(GrainKey.Unit, request.Serial, "serial")).OrThrow();
        var message = new BackwardTrace { Serial = trace.Serial };
        message.Lots.AddRange(trace.Lots.Select(l => new LotUse
        {
            LotNo = l.LotNo, PartNo = l.PartNo, Serial = l.Serial, OperationId = l.OperationId, WorkstationId = l.WorkstationId,
            Slot = l.Slot, Quantity = RequestFields.Text(l.Quantity), QuantitySource = l.QuantitySource,
        }));
        message.ComponentSerials.AddRange(trace.ComponentSerials);
        message.Workstations.AddRange(trace.Workstations);
        message.Operators.AddRange(trace.Operators);
        message.Operations.AddRange(trace.Operations.Select(Record));
        return message;
    }

    public override async Task<RecallList> Forward(ForwardRequest request, ServerCallContext context)
    {
        var recall = await Genealogy.Forward(RequestFields.Id(GrainKey.Lot, request.LotNo, "lot_no")).OrThrow();
        var message = new RecallList { LotNo = recall.LotNo };
        message.Units.AddRange(recall.Units.Select(u => new RecalledUnit
        {
            Serial = u.Serial, OrderNo = u.OrderNo, ProductNo = u.ProductNo, ShipmentNo = u.ShipmentNo ?? string.Empty, Via = u.Via ?? string.Empty,
        }));
        message.Orders.AddRange(recall.Orders);
        message.Shipments.AddRange(recall.Shipments);
        return message;
    }

    private IGenealogyGrain Genealogy => cluster.GetGrain<IGenealogyGrain>(0);

    private static OperationRecord Record(OperationTrace trace)
    {
        var record = new OperationRecord
        {
            Serial = trace.Serial, OrderNo = trace.OrderNo, ProductNo = trace.ProductNo, OperationId = trace.OperationId,
            WorkstationId = trace.WorkstationId, Badge = trace.Badge, StartedAt = ShopFloorMessages.Time(trace.StartedAt),
            CompletedAt = ShopFloorMessages.Time(trace.CompletedAt), Passed = trace.Passed,
        };
        record.DefectCodes.AddRange(trace.DefectCodes);
        record.Measurements.AddRange(trace.Measurements.Select(m => new Measurement { Step = m.Step, Value = RequestFields.Text(m.Value) }));
        record.ComponentSerials.AddRange(trace.ComponentSerials);
        return record;
    }
}
