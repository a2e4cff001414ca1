namespace Mes.Contracts.Production.Instructions;

/// <summary>A workstation's work instruction for the order it works on.</summary>
/// <param name="WorkstationId">The workstation.</param>
/// <param name="WorkstationType">Its type (printer, placer, test, …).</param>
/// <param name="OrderNo">The order selected there, or null when none is.</param>
/// <param name="ProductNo">The order's product, or null.</param>
/// <param name="ProductName">The product's name, or null.</param>
/// <param name="MasterDataVersion">The master-data version the route and BOM come from.</param>
/// <param name="Operations">The operations of the product's route that run at this workstation, in route order; empty without an order.</param>
/// <param name="Feeds">The BOM lines fed at this workstation, by slot; empty without an order.</param>
/// <param name="DowntimeReasons">Every downtime reason of the current master data.</param>
[GenerateSerializer, Immutable, Alias("mes.production.work-instruction-view")]
public sealed record WorkInstruction(
    [property: Id(0)] string WorkstationId,
    [property: Id(1)] string WorkstationType,
    [property: Id(2)] string? OrderNo,
    [property: Id(3)] string? ProductNo,
    [property: Id(4)] string? ProductName,
    [property: Id(5)] int MasterDataVersion,
    [property: Id(6)] IReadOnlyList<InstructedOperation> Operations,
    [property: Id(7)] IReadOnlyList<InstructedFeed> Feeds,
    [property: Id(8)] IReadOnlyList<DowntimeReasonView> DowntimeReasons);
