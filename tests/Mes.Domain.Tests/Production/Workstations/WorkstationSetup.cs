using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Materials;
using Mes.Domain.Production.Orders;
using Mes.Domain.Production.Workstations;

namespace Mes.Domain.Tests.Production.Workstations;

/// <summary>Brings sample workstations into a state through their own commands.</summary>
internal static class WorkstationSetup
{
    public static readonly OrderAssignment NonBondedOrder = new("PO-1", "GW-100", "smt-01", Bonded: false, OrderStatus.Released);

    public static readonly OrderAssignment BondedOrder = NonBondedOrder with { OrderNo = "PO-B1", Bonded = true };

    public static Workstation New(string id) => Workstation.For(SamplePlant.Workstation(id));

    public static Workstation Ready(string id, OrderAssignment? order = null, string badge = "B1004") =>
        New(id).Do(new SelectOrder(order ?? NonBondedOrder)).Do(new LogIn(badge));

    public static Workstation Do(this Workstation workstation, WorkstationCommand command, DateTimeOffset? at = null)
    {
        var decision = workstation.Decide(command, SamplePlant.MasterData, at ?? SamplePlant.Now);
        var accepted = Assert.IsType<Decision<WorkstationEvent>.Accepted>(decision);
        return accepted.Events.Aggregate(workstation, (w, e) => w.Apply(e));
    }

    public static MaterialLot Reel(string lotNo, string partNo, bool bonded = false, MsdLevel level = MsdLevel.Level1) => new()
    {
        LotNo = lotNo,
        PartNo = partNo,
        Quantity = 5000,
        Bonded = bonded,
        CustomsItemNo = bonded ? "12" : null,
        Moisture = new MoistureExposure(level),
    };
}
