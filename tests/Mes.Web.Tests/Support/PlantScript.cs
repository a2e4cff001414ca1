using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Mes.Gateway.Api.V1;

namespace Mes.Web.Tests.Support;

/// <summary>
/// The office and the line around a test, over the gateway's gRPC API as the administrator: orders of the
/// sample product GW-100 on smt-01, serials, reels, and a printer set up (order, operator, board and paste).
/// Every id it makes up is new, so tests sharing one plant do not meet.
/// </summary>
public sealed class PlantScript(GrpcChannel channel, Metadata admin)
{
    /// <summary>The sample plant's printer: the route's first operation, fed with the board and the paste.</summary>
    public const string Printer = "smt-01-printer";

    public Production.ProductionClient Production { get; } = new(channel);

    public WorkstationTerminal.WorkstationTerminalClient Terminal { get; } = new(channel);

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    public static string Request() => Guid.NewGuid().ToString("N");

    /// <summary>Creates and releases an order of GW-100 on smt-01.</summary>
    public async Task<string> ReleasedOrder(int quantity = 5)
    {
        var orderNo = NewId("PO");
        await Production.CreateOrderAsync(new CreateOrderRequest
        {
            RequestId = Request(), OrderNo = orderNo, ProductNo = "GW-100", LineId = "smt-01", Quantity = quantity,
            DueDate = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(7)),
        }, admin);
        await Production.ReleaseOrderAsync(new OrderStepRequest { RequestId = Request(), OrderNo = orderNo }, admin);
        return orderNo;
    }

    /// <summary>Issues serials of an order.</summary>
    public async Task<IReadOnlyList<string>> Serials(string orderNo, int count) =>
        [.. (await Production.IssueSerialsAsync(new IssueSerialsRequest { RequestId = Request(), OrderNo = orderNo, Count = count }, admin)).Serials];

    /// <summary>Registers a reel of a part.</summary>
    public async Task<string> Reel(string partNo, string quantity = "5000")
    {
        var lotNo = NewId("R");
        await Production.RegisterLotAsync(new RegisterLotRequest { RequestId = Request(), LotNo = lotNo, PartNo = partNo, Quantity = quantity }, admin);
        return lotNo;
    }

    /// <summary>The printer works on the order with the badge logged in and a board and a paste reel loaded.</summary>
    public async Task PrinterReady(string orderNo, string badge)
    {
        await Terminal.SelectOrderAsync(new SelectOrderRequest { WorkstationId = Printer, RequestId = Request(), OrderNo = orderNo }, admin);
        var status = await Terminal.GetWorkstationStatusAsync(new GetWorkstationStatusRequest { WorkstationId = Printer }, admin);
        if (status.Operator is { } other && other.Badge != badge)
        {
            await Terminal.LogOutAsync(new LogOutRequest { WorkstationId = Printer, RequestId = Request() }, admin);
        }
        await Terminal.LogInAsync(new LogInRequest { WorkstationId = Printer, RequestId = Request(), Badge = badge }, admin);
        foreach (var (slot, part) in new[] { ("board", "PCB-GW100"), ("paste", "SP-SAC305") })
        {
            await Terminal.LoadMaterialAsync(new LoadMaterialRequest { WorkstationId = Printer, RequestId = Request(), Slot = slot, LotNo = await Reel(part) }, admin);
        }
    }

    /// <summary>Starts and passes the print operation of a unit at the printer.</summary>
    public async Task PassAtPrinter(string serial)
    {
        await Terminal.StartUnitAsync(new StartUnitRequest { WorkstationId = Printer, RequestId = Request(), Serial = serial }, admin);
        await Terminal.CompleteUnitAsync(new CompleteUnitRequest { WorkstationId = Printer, RequestId = Request(), Serial = serial, Result = OperationResult.Pass }, admin);
    }

    /// <summary>A unit as the API has it now.</summary>
    public async Task<Unit> UnitOf(string serial) => await Production.GetUnitAsync(new GetUnitRequest { Serial = serial }, admin);

    /// <summary>The printer's status.</summary>
    public async Task<WorkstationStatus> PrinterStatus() =>
        await Terminal.GetWorkstationStatusAsync(new GetWorkstationStatusRequest { WorkstationId = Printer }, admin);
}
