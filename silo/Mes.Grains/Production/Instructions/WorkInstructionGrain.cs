using Mes.Contracts.Production;
using Mes.Contracts.Production.Instructions;
using Mes.Contracts.Production.Orders;
using Mes.Contracts.Production.Workstations;
using Mes.Domain.Production.MasterData;
using Mes.Grains.Production.MasterData;
using Orleans.Concurrency;

namespace Mes.Grains.Production.Instructions;

/// <summary>
/// Work instructions for terminals, read from master data: the route and BOM of the version the
/// workstation's order was released under, the downtime reasons of the current version. A stateless
/// worker: each silo answers locally from its cached versions.
/// </summary>
[GrainType("work-instruction"), StatelessWorker]
public sealed class WorkInstructionGrain(PlantCatalog catalog) : Grain, IWorkInstructionGrain
{
    /// <inheritdoc />
    public async Task<Outcome<WorkInstruction>> ForWorkstation(string workstationId)
    {
        if (await catalog.Current() is not { } current)
        {
            return Outcome.Refused<WorkInstruction>(Refusals.MasterDataMissing());
        }

        if (current.FindWorkstation(workstationId) is null)
        {
            return Outcome.Refused<WorkInstruction>(Refusal.NotFound(GrainKey.Workstation.ResourceType, workstationId, "workstationId"));
        }

        var status = await GrainFactory.GetGrain<IWorkstationGrain>(GrainKey.Workstation.For(workstationId)).Get();
        var order = status?.Order is { } selected
            ? await GrainFactory.GetGrain<IProductionOrderGrain>(GrainKey.Order.For(selected.OrderNo)).Get()
            : null;
        var pinned = order?.MasterDataVersion is { } version ? await catalog.Version(version) ?? current : current;
        return Outcome.Done(Instruction(pinned, current, pinned.FindWorkstation(workstationId) ?? current.FindWorkstation(workstationId)!, order));
    }

    private static WorkInstruction Instruction(PlantMasterData pinned, PlantMasterData current, WorkstationDefinition station, OrderSnapshot? order)
    {
        var product = order is null ? null : pinned.FindProduct(order.ProductNo);
        var operations = order is null || pinned.FindRoute(order.ProductNo) is not { } route
            ? []
            : route.Operations.Where(o => o.RunsAt(station))
                .Select(o => new InstructedOperation(o.Id, o.Name, o.RequiredCertification, o.IsRework,
                    o.TestSteps.Select(s => new InstructedTestStep(s.Name, s.Unit, s.Low, s.High)).ToList()))
                .ToList();
        var feeds = order is null || pinned.FindBom(order.ProductNo) is not { } bom
            ? []
            : bom.LinesAt(station.Id)
                .Select(l => pinned.FindMaterial(l.PartNo) is { } material
                    ? new InstructedFeed(l.Slot, l.PartNo, material.Description, material.Unit, l.QtyPer, l.ReferenceDesignators)
                    : new InstructedFeed(l.Slot, l.PartNo, string.Empty, string.Empty, l.QtyPer, l.ReferenceDesignators))
                .ToList();
        var reasons = current.DowntimeReasons.Select(r => new DowntimeReasonView(r.Code, r.Description, r.Category.ToString())).ToList();
        return new WorkInstruction(station.Id, station.Type, order?.OrderNo, order?.ProductNo, product?.Name, pinned.Version, operations, feeds, reasons);
    }
}
