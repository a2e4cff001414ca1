namespace Mes.Contracts.Bonded.Reports;

/// <summary>A report to export as text in the domain's documented layout (CSV, or the declaration draft's JSON).</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.report-export")]
public abstract record ReportExport;

/// <summary>Balances per item at an instant (now when null), as CSV.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.export.balances")]
public sealed record BalancesExport([property: Id(0)] DateTimeOffset? At) : ReportExport;

/// <summary>An item's ledger as CSV.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.export.item-ledger")]
public sealed record ItemLedgerExport([property: Id(0)] ItemLedgerQuery Query) : ReportExport;

/// <summary>
/// A table of the period reconciliation as CSV: <c>reconciliation</c> (every row), <c>materials</c>,
/// <c>finished-goods</c>, <c>norm-consumption</c> or <c>documents</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.export.reconciliation")]
public sealed record ReconciliationExport([property: Id(0)] ReportPeriod Period, [property: Id(1)] string Table) : ReportExport;

/// <summary>Book versus physical as CSV.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.export.book-versus-physical")]
public sealed record BookVersusPhysicalExport([property: Id(0)] StockTakeQuery Query) : ReportExport;

/// <summary>Consumption variance as CSV.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.export.consumption-variance")]
public sealed record ConsumptionVarianceExport([property: Id(0)] VarianceQuery Query) : ReportExport;

/// <summary>Draft inventory-list lines of a document as CSV (<paramref name="Json"/> false) or JSON.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.export.declaration")]
public sealed record DeclarationExport([property: Id(0)] string Document, [property: Id(1)] bool Json) : ReportExport;
