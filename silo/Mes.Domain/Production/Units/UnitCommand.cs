using Mes.Domain.Production.Genealogy;

namespace Mes.Domain.Production.Units;

/// <summary>A disposition of a unit that needs no route context.</summary>
public abstract record UnitCommand
{
    private protected UnitCommand()
    {
    }
}

/// <summary>Stops the unit where it is.</summary>
public sealed record HoldUnit(string Reason, string By) : UnitCommand;

/// <summary>Lifts a hold.</summary>
public sealed record ReleaseUnit(string By) : UnitCommand;

/// <summary>Scraps the unit.</summary>
public sealed record ScrapUnit(string Reason, string By) : UnitCommand;

/// <summary>Records that the unit left the plant in a shipment.</summary>
public sealed record ShipUnit(string ShipmentNo) : UnitCommand;

/// <summary>A scan at a workstation, checked against the route. <paramref name="RequestId"/> is supplied by
/// the client so that a retried scan is recognised.</summary>
public abstract record OperationCommand(string RequestId, string OperationId);

/// <summary>Scan a unit to start an operation.</summary>
public sealed record StartOperation(string RequestId, string OperationId) : OperationCommand(RequestId, OperationId);

/// <summary>
/// Complete an operation with its result, defect codes, measurements, the lots consumed (from
/// <c>Workstation.ConsumptionFor</c>) and serialised components fitted.
/// </summary>
public sealed record CompleteOperation(
    string RequestId,
    string OperationId,
    OperationResult Result,
    IReadOnlyList<string> DefectCodes,
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<ConsumedLot> ConsumedLots,
    IReadOnlyList<string> ComponentSerials) : OperationCommand(RequestId, OperationId);
