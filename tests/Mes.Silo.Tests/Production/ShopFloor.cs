using Mes.Contracts.Production;
using Mes.Contracts.Production.Lots;
using Mes.Contracts.Production.Orders;
using Mes.Contracts.Production.Units;
using Mes.Contracts.Production.Workstations;
using Mes.Domain.Production.MasterData;
using Mes.Grains.Production.MasterData;

namespace Mes.Silo.Tests.Production;

/// <summary>
/// Works the sample line the way terminals do, through the grains: orders, reels, log-in and set-up at
/// every workstation, and units moved along the route. Every id it makes up is new, so tests sharing a
/// silo do not see each other's orders, reels and units.
/// </summary>
public sealed class ShopFloor(IGrainFactory grains, PlantCatalog catalog)
{
    /// <summary>Zhang Min, supervisor, certified for every operation of the sample route.</summary>
    public const string Supervisor = "B1004";

    /// <summary>A new id with a prefix, e.g. PO-1a2b3c4d.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A new request id.</summary>
    public static string Request() => Guid.NewGuid().ToString("N");

    public IWorkstationGrain Station(string workstationId) => grains.GetGrain<IWorkstationGrain>(GrainKey.Workstation.For(workstationId));

    public IProductionOrderGrain Order(string orderNo) => grains.GetGrain<IProductionOrderGrain>(GrainKey.Order.For(orderNo));

    public IUnitGrain Unit(string serial) => grains.GetGrain<IUnitGrain>(GrainKey.Unit.For(serial));

    public IMaterialLotGrain Lot(string lotNo) => grains.GetGrain<IMaterialLotGrain>(GrainKey.Lot.For(lotNo));

    /// <summary>The master data the silo runs on.</summary>
    public async Task<PlantMasterData> MasterData() => (await catalog.Current())!;

    /// <summary>Creates and releases a GW-100 order on smt-01.</summary>
    public async Task<string> ReleasedOrder(int quantity = 5, bool bonded = false)
    {
        var orderNo = NewId("PO");
        Succeeded(await Order(orderNo).Create(new CreateOrderRequest(Request(), "GW-100", "smt-01", quantity,
            DateTimeOffset.UtcNow.AddDays(7), bonded, bonded ? 1 : null)));
        Succeeded(await Order(orderNo).Release(Request()));
        return orderNo;
    }

    /// <summary>Registers a reel of a part.</summary>
    public async Task<string> Reel(string partNo, bool bonded = false, decimal quantity = 5000, MoistureAtReceipt? moisture = null)
    {
        var lotNo = NewId("R");
        Succeeded(await Lot(lotNo).Register(new RegisterLotRequest(Request(), partNo, quantity,
            bonded ? new BondedOrigin("12", $"QD-2026-{lotNo}/1") : null, moisture)));
        return lotNo;
    }

    /// <summary>
    /// Logs the supervisor in at every workstation of the line (whoever was logged in logs out), selects the
    /// order and loads a new reel into
    /// every slot the BOM feeds; returns the reels by (workstation, slot).
    /// </summary>
    public async Task<IReadOnlyDictionary<(string Workstation, string Slot), string>> SetUp(string orderNo, bool bonded = false)
    {
        var master = await MasterData();
        var reels = new Dictionary<(string, string), string>();
        foreach (var station in master.WorkstationsOf("smt-01"))
        {
            Succeeded(await Station(station.Id).SelectOrder(new SelectOrderRequest(Request(), orderNo)));
            if ((await Station(station.Id).Get())!.Operator is { Badge: not Supervisor })
            {
                Succeeded(await Station(station.Id).LogOut(new LogOutRequest(Request())));
            }

            Succeeded(await Station(station.Id).LogIn(new LogInRequest(Request(), Supervisor)));
            foreach (var line in master.FindBom("GW-100")!.LinesAt(station.Id))
            {
                var lotNo = await Reel(line.PartNo, bonded);
                Succeeded(await Station(station.Id).LoadMaterial(new LoadMaterialRequest(Request(), line.Slot, lotNo)));
                reels[(station.Id, line.Slot)] = lotNo;
            }
        }

        return reels;
    }

    /// <summary>Issues serials of an order.</summary>
    public async Task<IReadOnlyList<string>> Serials(string orderNo, int count) =>
        Succeeded(await Order(orderNo).IssueSerials(Request(), count)).Serials;

    /// <summary>The workstation an operation of the sample route runs at.</summary>
    public async Task<string> StationOf(string operationId)
    {
        var master = await MasterData();
        var operation = master.FindRoute("GW-100")!.Op(operationId);
        return master.WorkstationsOf("smt-01").First(operation.RunsAt).Id;
    }

    /// <summary>The measurements of a passing test: the middle of every test step's limits.</summary>
    public async Task<IReadOnlyList<MeasuredValue>> GoodMeasurements(string operationId) =>
        (await MasterData()).FindRoute("GW-100")!.Op(operationId).TestSteps
            .Select(s => new MeasuredValue(s.Name, s.Low is { } low && s.High is { } high ? (low + high) / 2 : s.Low ?? s.High ?? 0))
            .ToList();

    /// <summary>Starts an operation on a unit at its workstation.</summary>
    public async Task<Outcome<UnitSnapshot>> Start(string serial, string operationId) =>
        await Station(await StationOf(operationId)).StartUnit(new StartUnitRequest(Request(), serial, operationId));

    /// <summary>Completes the operation in progress with a pass (and good measurements where the step measures).</summary>
    public async Task<Outcome<UnitSnapshot>> CompletePass(string serial, string operationId, string? requestId = null) =>
        await Station(await StationOf(operationId)).CompleteUnit(new CompleteUnitRequest(requestId ?? Request(), serial, true, [],
            await GoodMeasurements(operationId), []));

    /// <summary>Starts and passes an operation.</summary>
    public async Task<UnitSnapshot> Pass(string serial, string operationId)
    {
        Succeeded(await Start(serial, operationId));
        return Succeeded(await CompletePass(serial, operationId));
    }

    /// <summary>Passes the main operations of the route up to, not including, <paramref name="operationId"/>
    /// (null: the whole route).</summary>
    public async Task<UnitSnapshot?> PassUntil(string serial, string? operationId = null)
    {
        UnitSnapshot? unit = null;
        foreach (var operation in (await MasterData()).FindRoute("GW-100")!.MainSequence.TakeWhile(o => o.Id != operationId))
        {
            unit = await Pass(serial, operation.Id);
        }

        return unit;
    }

    /// <summary>The value of a successful outcome; fails the test with the refusal otherwise.</summary>
    public static T Succeeded<T>(Outcome<T> outcome)
    {
        Assert.True(outcome.Succeeded, $"refused: {outcome.Refusal?.Reason} {outcome.Refusal?.Field}: {outcome.Refusal?.Message}");
        return outcome.Value!;
    }

    /// <summary>The refusal of a refused outcome; fails the test when it succeeded.</summary>
    public static Refusal Refused<T>(Outcome<T> outcome)
    {
        Assert.False(outcome.Succeeded, "the request was expected to be refused");
        return outcome.Refusal!;
    }
}
