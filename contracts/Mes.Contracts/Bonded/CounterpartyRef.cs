namespace Mes.Contracts.Bonded;

/// <summary>The other party of a carry-over or outward processing: its book or customs code and its name.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.counterparty")]
public sealed record CounterpartyRef([property: Id(0)] string Code, [property: Id(1)] string Name);
