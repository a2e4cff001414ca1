using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Mes.Gateway.Api.V1;

namespace Mes.EndToEnd.Tests.Production;

/// <summary>
/// A terminal (and the office behind it) scripted over the gateway's gRPC API: enters and releases an
/// order, registers reels, logs an operator in at every workstation of the line, loads a reel into every
/// slot the BOM feeds, and moves units through the route. Office calls (orders, reels) go with
/// <paramref name="credentials"/>; terminal calls with <paramref name="atStation"/>'s credentials for the
/// workstation when given (an operator badged in at that workstation's terminal), else the same. Every id it
/// makes up is new.
/// </summary>
public sealed class ScriptedTerminal(GrpcChannel channel, Metadata credentials, string badge = "B1004", Func<string, Metadata>? atStation = null)
{
    private readonly SamplePlantRoute route = SamplePlantRoute.Read();

    public WorkstationTerminal.WorkstationTerminalClient Terminal { get; } = new(channel);

    public Gateway.Api.V1.Production.ProductionClient Production { get; } = new(channel);

    /// <summary>The sample route the script follows.</summary>
    public SamplePlantRoute Route => route;

    /// <summary>A new id with a prefix.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A new request id.</summary>
    public static string Request() => Guid.NewGuid().ToString("N");

    /// <summary>Creates and releases a GW-100 order on smt-01.</summary>
    public async Task<string> ReleasedOrder(int quantity, bool bonded = false)
    {
        var orderNo = NewId("PO");
        await Production.CreateOrderAsync(new CreateOrderRequest
        {
            RequestId = Request(), OrderNo = orderNo, ProductNo = "GW-100", LineId = "smt-01", Quantity = quantity,
            DueDate = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(7)), Bonded = bonded, NormVersion = bonded ? 1 : 0,
        }, credentials);
        await Production.ReleaseOrderAsync(new OrderStepRequest { RequestId = Request(), OrderNo = orderNo }, credentials);
        return orderNo;
    }

    /// <summary>Registers a reel of a part.</summary>
    public async Task<string> Reel(string partNo, string quantity = "5000")
    {
        var lotNo = NewId("R");
        await Production.RegisterLotAsync(new RegisterLotRequest { RequestId = Request(), LotNo = lotNo, PartNo = partNo, Quantity = quantity }, credentials);
        return lotNo;
    }

    /// <summary>
    /// Selects the order and logs the badge in at every workstation of the line (whoever was logged in
    /// logs out), and loads a new reel into every slot the BOM feeds; returns the reels by (workstation, slot).
    /// </summary>
    public async Task<IReadOnlyDictionary<(string Workstation, string Slot), string>> SetUpLine(string orderNo)
    {
        var reels = new Dictionary<(string, string), string>();
        foreach (var (workstationId, _) in route.Workstations)
        {
            var station = Station(workstationId);
            await Terminal.SelectOrderAsync(new SelectOrderRequest { WorkstationId = workstationId, RequestId = Request(), OrderNo = orderNo }, station);
            var status = await Terminal.GetWorkstationStatusAsync(new GetWorkstationStatusRequest { WorkstationId = workstationId }, station);
            if (status.Operator is { } other && other.Badge != badge)
            {
                await Terminal.LogOutAsync(new LogOutRequest { WorkstationId = workstationId, RequestId = Request() }, station);
            }

            await Terminal.LogInAsync(new LogInRequest { WorkstationId = workstationId, RequestId = Request(), Badge = badge }, station);
            foreach (var (_, slot, partNo) in route.Feeds.Where(f => f.Workstation == workstationId))
            {
                var lotNo = await Reel(partNo);
                await Terminal.LoadMaterialAsync(new LoadMaterialRequest { WorkstationId = workstationId, RequestId = Request(), Slot = slot, LotNo = lotNo }, station);
                reels[(workstationId, slot)] = lotNo;
            }
        }

        return reels;
    }

    /// <summary>Issues <paramref name="count"/> serials and passes each unit through the whole route.</summary>
    public async Task<IReadOnlyList<string>> MoveUnits(string orderNo, int count)
    {
        var issued = await Production.IssueSerialsAsync(new IssueSerialsRequest { RequestId = Request(), OrderNo = orderNo, Count = count }, credentials);
        foreach (var serial in issued.Serials)
        {
            foreach (var operation in route.MainSequence)
            {
                await Pass(serial, operation);
            }
        }

        return [.. issued.Serials];
    }

    /// <summary>Starts an operation on a unit at its workstation.</summary>
    public Task<Unit> Start(string serial, RouteOperation operation) =>
        Terminal.StartUnitAsync(new StartUnitRequest { WorkstationId = operation.WorkstationId, RequestId = Request(), Serial = serial, OperationId = operation.Id },
            Station(operation.WorkstationId)).ResponseAsync;

    /// <summary>The completion a passing unit reports, with good measurements where the operation tests.</summary>
    public static CompleteUnitRequest Passing(string serial, RouteOperation operation, string? requestId = null)
    {
        var completion = new CompleteUnitRequest
        {
            WorkstationId = operation.WorkstationId, RequestId = requestId ?? Request(), Serial = serial, Result = OperationResult.Pass,
        };
        completion.Measurements.AddRange(operation.GoodMeasurements.Select(m => new Measurement { Step = m.Step, Value = RouteOperation.Text(m.Value) }));
        return completion;
    }

    /// <summary>Starts and passes an operation.</summary>
    public async Task<Unit> Pass(string serial, RouteOperation operation)
    {
        await Start(serial, operation);
        return await Terminal.CompleteUnitAsync(Passing(serial, operation), Station(operation.WorkstationId));
    }

    /// <summary>The credentials terminal calls at a workstation go with.</summary>
    public Metadata Station(string workstationId) => atStation?.Invoke(workstationId) ?? credentials;

    /// <summary>The operation of the route with that id.</summary>
    public RouteOperation Operation(string id) => route.Operations.Single(o => o.Id == id);
}
