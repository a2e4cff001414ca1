using System.Text.Json.Serialization;

namespace Mes.Domain.Production.Orders;

/// <summary>Something that happened to a production order.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(OrderCreated), "created")]
[JsonDerivedType(typeof(OrderReleased), "released")]
[JsonDerivedType(typeof(OrderStarted), "started")]
[JsonDerivedType(typeof(OrderCompleted), "completed")]
[JsonDerivedType(typeof(OrderClosed), "closed")]
[JsonDerivedType(typeof(SerialsAssigned), "serialsAssigned")]
[JsonDerivedType(typeof(OperationResultCounted), "operationResultCounted")]
[JsonDerivedType(typeof(ScrapCounted), "scrapCounted")]
public abstract record OrderEvent(string OrderNo, DateTimeOffset At);

/// <summary>The order was entered.</summary>
public sealed record OrderCreated(
    string OrderNo,
    string ProductNo,
    string LineId,
    int Quantity,
    DateTimeOffset DueDate,
    bool Bonded,
    int? NormVersion,
    DateTimeOffset At) : OrderEvent(OrderNo, At);

/// <summary>The order was released under a master-data version.</summary>
public sealed record OrderReleased(string OrderNo, int MasterDataVersion, DateTimeOffset At) : OrderEvent(OrderNo, At);

/// <summary>The first unit started.</summary>
public sealed record OrderStarted(string OrderNo, DateTimeOffset At) : OrderEvent(OrderNo, At);

/// <summary>Production finished.</summary>
public sealed record OrderCompleted(string OrderNo, DateTimeOffset At) : OrderEvent(OrderNo, At);

/// <summary>The order was closed.</summary>
public sealed record OrderClosed(string OrderNo, DateTimeOffset At) : OrderEvent(OrderNo, At);

/// <summary>Serials were issued (<paramref name="Generated"/>) or registered; the unit grains are created from these.</summary>
public sealed record SerialsAssigned(string OrderNo, IReadOnlyList<string> Serials, bool Generated, DateTimeOffset At)
    : OrderEvent(OrderNo, At);

/// <summary>An operation result was counted.</summary>
public sealed record OperationResultCounted(
    string OrderNo,
    string RequestId,
    string Serial,
    string OperationId,
    bool Passed,
    bool UnitFinished,
    DateTimeOffset At) : OrderEvent(OrderNo, At);

/// <summary>A unit of the order was scrapped.</summary>
public sealed record ScrapCounted(string OrderNo, string Serial, DateTimeOffset At) : OrderEvent(OrderNo, At);
