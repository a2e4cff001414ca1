namespace Mes.Domain.Production.Orders;

/// <summary>A request to change a production order.</summary>
public abstract record OrderCommand
{
    private protected OrderCommand()
    {
    }
}

/// <summary>
/// Enter a new order. A bonded order consumes bonded material and must name the customs unit-consumption
/// norm version it back-flushes under.
/// </summary>
public sealed record CreateOrder(
    string OrderNo,
    string ProductNo,
    string LineId,
    int Quantity,
    DateTimeOffset DueDate,
    bool Bonded,
    int? NormVersion) : OrderCommand;

/// <summary>Release the order to the shop floor under a master-data version.</summary>
public sealed record ReleaseOrder(int MasterDataVersion) : OrderCommand;

/// <summary>The first unit started (sent by the unit grain; repeated calls change nothing).</summary>
public sealed record StartOrder : OrderCommand;

/// <summary>Production is finished.</summary>
public sealed record CompleteOrder : OrderCommand;

/// <summary>Close the order for booking.</summary>
public sealed record CloseOrder : OrderCommand;

/// <summary>Issue the next <paramref name="Count"/> serials by the serial number rule.</summary>
public sealed record IssueSerials(int Count) : OrderCommand;

/// <summary>Register pre-printed serials.</summary>
public sealed record RegisterSerials(IReadOnlyList<string> Serials) : OrderCommand;

/// <summary>
/// Count an operation result (sent by the unit grain; <paramref name="RequestId"/> is the completion's, so a
/// retry is not counted twice). <paramref name="UnitFinished"/> is true when the unit passed its last
/// operation.
/// </summary>
public sealed record CountOperationResult(string RequestId, string Serial, string OperationId, bool Passed, bool UnitFinished)
    : OrderCommand;

/// <summary>Count a scrapped unit of the order.</summary>
public sealed record CountScrap(string Serial) : OrderCommand;
