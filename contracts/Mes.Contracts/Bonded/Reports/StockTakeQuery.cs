namespace Mes.Contracts.Bonded.Reports;

/// <summary>A recorded stock-take to compare with the book: its count sheet number and <c>CountedItemsOnly</c> or <c>Full</c>.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.stock-take-query")]
public sealed record StockTakeQuery([property: Id(0)] string Sheet, [property: Id(1)] string Scope);
