using System.Text.Json.Serialization;
using Mes.Domain.Production.Genealogy;

namespace Mes.Domain.Production.Units;

/// <summary>Something that happened to a unit.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(UnitRegistered), "registered")]
[JsonDerivedType(typeof(OperationStarted), "operationStarted")]
[JsonDerivedType(typeof(OperationCompleted), "operationCompleted")]
[JsonDerivedType(typeof(UnitHeld), "held")]
[JsonDerivedType(typeof(UnitReleased), "released")]
[JsonDerivedType(typeof(UnitScrapped), "scrapped")]
[JsonDerivedType(typeof(UnitShipped), "shipped")]
public abstract record UnitEvent(string Serial, DateTimeOffset At);

/// <summary>The serial was issued or registered for an order.</summary>
public sealed record UnitRegistered(string Serial, string OrderNo, string ProductNo, DateTimeOffset At) : UnitEvent(Serial, At);

/// <summary>An operation started on the unit.</summary>
public sealed record OperationStarted(string Serial, OperationInProgress Operation, DateTimeOffset At) : UnitEvent(Serial, At);

/// <summary>An operation completed; <see cref="Record"/> is the genealogy record.</summary>
public sealed record OperationCompleted(string Serial, OperationRecord Record, DateTimeOffset At) : UnitEvent(Serial, At);

/// <summary>The unit was put on hold.</summary>
public sealed record UnitHeld(string Serial, string Reason, string By, DateTimeOffset At) : UnitEvent(Serial, At);

/// <summary>The hold was lifted.</summary>
public sealed record UnitReleased(string Serial, string By, DateTimeOffset At) : UnitEvent(Serial, At);

/// <summary>The unit was scrapped.</summary>
public sealed record UnitScrapped(string Serial, string Reason, string By, DateTimeOffset At) : UnitEvent(Serial, At);

/// <summary>The unit was shipped.</summary>
public sealed record UnitShipped(string Serial, string ShipmentNo, DateTimeOffset At) : UnitEvent(Serial, At);
