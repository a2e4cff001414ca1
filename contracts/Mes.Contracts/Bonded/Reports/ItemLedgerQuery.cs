namespace Mes.Contracts.Bonded.Reports;

/// <summary>The ledger of one item (<c>I1</c>, <c>E1</c>) in one status over a period.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.item-ledger-query")]
public sealed record ItemLedgerQuery([property: Id(0)] string Item, [property: Id(1)] string Status, [property: Id(2)] ReportPeriod Period);
