namespace Mes.Contracts.Bonded.Reports;

/// <summary>An item's ledger: opening balance, every entry with the running balance, closing balance.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.item-ledger")]
public sealed record ItemLedgerView(
    [property: Id(0)] string Item,
    [property: Id(1)] string Status,
    [property: Id(2)] string Name,
    [property: Id(3)] string DeclaredUnit,
    [property: Id(4)] ReportPeriod Period,
    [property: Id(5)] decimal Opening,
    [property: Id(6)] IReadOnlyList<ItemLedgerLineView> Lines,
    [property: Id(7)] decimal Closing);
