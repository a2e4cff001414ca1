using System.Text.Json.Serialization;

namespace Mes.Domain.Production.Materials;

/// <summary>Something that happened to a material lot.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(LotHeld), "held")]
[JsonDerivedType(typeof(LotReleased), "released")]
[JsonDerivedType(typeof(LotOpened), "opened")]
[JsonDerivedType(typeof(LotSealed), "sealed")]
[JsonDerivedType(typeof(LotBaked), "baked")]
[JsonDerivedType(typeof(LotConsumed), "consumed")]
public abstract record LotEvent(string LotNo, DateTimeOffset At);

/// <summary>The lot was put on hold.</summary>
public sealed record LotHeld(string LotNo, string Reason, string By, DateTimeOffset At) : LotEvent(LotNo, At);

/// <summary>The hold was lifted.</summary>
public sealed record LotReleased(string LotNo, string By, DateTimeOffset At) : LotEvent(LotNo, At);

/// <summary>The lot left dry storage.</summary>
public sealed record LotOpened(string LotNo, DateTimeOffset At) : LotEvent(LotNo, At);

/// <summary>The lot went back into dry storage.</summary>
public sealed record LotSealed(string LotNo, DateTimeOffset At) : LotEvent(LotNo, At);

/// <summary>The lot was baked.</summary>
public sealed record LotBaked(string LotNo, DateTimeOffset At) : LotEvent(LotNo, At);

/// <summary>Quantity taken from the lot by a workstation (picks, or BOM quantity per unit).</summary>
public sealed record LotConsumed(string LotNo, decimal Quantity, string WorkstationId, DateTimeOffset At)
    : LotEvent(LotNo, At);
