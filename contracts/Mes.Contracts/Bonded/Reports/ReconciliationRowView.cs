namespace Mes.Contracts.Bonded.Reports;

/// <summary>The period reconciliation of one item and status, in declared units.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.reconciliation-row")]
public sealed record ReconciliationRowView
{
    /// <summary>The item, <c>I1</c> or <c>E1</c>.</summary>
    [Id(0)] public required string Item { get; init; }
    /// <summary><c>Bonded</c> or <c>NonBonded</c>.</summary>
    [Id(1)] public required string Status { get; init; }
    /// <summary>The customs name.</summary>
    [Id(2)] public required string Name { get; init; }
    /// <summary>The declared unit (three-digit customs code); balances are kept in it.</summary>
    [Id(3)] public required string DeclaredUnit { get; init; }
    /// <summary>Book balance at the start of the period.</summary>
    [Id(4)] public decimal Opening { get; init; }
    /// <summary>Import receipts.</summary>
    [Id(5)] public decimal Receipts { get; init; }
    /// <summary>Carry-overs in.</summary>
    [Id(6)] public decimal CarryIns { get; init; }
    /// <summary>Finished goods produced.</summary>
    [Id(7)] public decimal Produced { get; init; }
    /// <summary>Consumption by norm.</summary>
    [Id(8)] public decimal Consumed { get; init; }
    /// <summary>Exports and re-exports.</summary>
    [Id(9)] public decimal Exported { get; init; }
    /// <summary>Domestic sales.</summary>
    [Id(10)] public decimal DomesticSold { get; init; }
    /// <summary>Carry-overs out.</summary>
    [Id(11)] public decimal CarriedOut { get; init; }
    /// <summary>Defectives disposed of.</summary>
    [Id(12)] public decimal Disposed { get; init; }
    /// <summary>Stock-take surpluses.</summary>
    [Id(13)] public decimal AdjustedIn { get; init; }
    /// <summary>Stock-take shortages.</summary>
    [Id(14)] public decimal AdjustedOut { get; init; }
    /// <summary>Opening plus the period's movements.</summary>
    [Id(15)] public decimal ExpectedClosing { get; init; }
    /// <summary>Book balance at the end of the period.</summary>
    [Id(16)] public decimal Closing { get; init; }
    /// <summary>True when the movements explain the change of the balance.</summary>
    [Id(17)] public bool Reconciles { get; init; }
    /// <summary>Scrap on hand at the start.</summary>
    [Id(18)] public decimal ScrapOpening { get; init; }
    /// <summary>Scrap generated in the period.</summary>
    [Id(19)] public decimal ScrapGenerated { get; init; }
    /// <summary>Scrap disposed of in the period.</summary>
    [Id(20)] public decimal ScrapDisposed { get; init; }
    /// <summary>Scrap on hand at the end.</summary>
    [Id(21)] public decimal ScrapClosing { get; init; }
    /// <summary>The most scrap the period's consumption could yield.</summary>
    [Id(22)] public decimal TheoreticalScrap { get; init; }
}
