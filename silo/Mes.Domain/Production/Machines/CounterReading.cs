namespace Mes.Domain.Production.Machines;

/// <summary>The last value seen of a cumulative counter and its source timestamp.</summary>
public sealed record CounterReading(long Value, DateTimeOffset At);
