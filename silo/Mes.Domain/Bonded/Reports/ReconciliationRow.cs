using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Reports;

/// <summary>
/// The period reconciliation of one item and status, in declared units (the material and finished-goods
/// write-off tables). <see cref="Opening"/> and <see cref="Closing"/> are the book balances replayed from the
/// journal; the columns are the period's movements. <see cref="Reconciles"/> says whether
/// opening + receipts + carry-ins + produced − consumed − exported − domestic sales − carry-outs − disposed
/// ± adjustments equals the closing balance.
/// </summary>
public sealed record ReconciliationRow
{
    /// <summary>The item.</summary>
    public required ItemNo Item { get; init; }

    /// <summary>Bonded or non-bonded.</summary>
    public required BondedStatus Status { get; init; }

    /// <summary>The customs name.</summary>
    public required string Name { get; init; }

    /// <summary>The declared unit all figures are in.</summary>
    public required UnitOfMeasure DeclaredUnit { get; init; }

    /// <summary>Book balance at the start of the period (期初).</summary>
    public decimal Opening { get; init; }

    /// <summary>Import receipts.</summary>
    public decimal Receipts { get; init; }

    /// <summary>Carry-overs in.</summary>
    public decimal CarryIns { get; init; }

    /// <summary>Finished goods produced.</summary>
    public decimal Produced { get; init; }

    /// <summary>Consumption by norm.</summary>
    public decimal Consumed { get; init; }

    /// <summary>Exports and re-exports.</summary>
    public decimal Exported { get; init; }

    /// <summary>Domestic sales.</summary>
    public decimal DomesticSold { get; init; }

    /// <summary>Carry-overs out.</summary>
    public decimal CarriedOut { get; init; }

    /// <summary>Defectives disposed of.</summary>
    public decimal Disposed { get; init; }

    /// <summary>Stock-take surpluses (核增).</summary>
    public decimal AdjustedIn { get; init; }

    /// <summary>Stock-take shortages (核减).</summary>
    public decimal AdjustedOut { get; init; }

    /// <summary>Book balance at the end of the period (结余).</summary>
    public decimal Closing { get; init; }

    /// <summary>Scrap on hand at the start.</summary>
    public decimal ScrapOpening { get; init; }

    /// <summary>Scrap generated in the period.</summary>
    public decimal ScrapGenerated { get; init; }

    /// <summary>Scrap disposed of in the period.</summary>
    public decimal ScrapDisposed { get; init; }

    /// <summary>Scrap on hand at the end.</summary>
    public decimal ScrapClosing { get; init; }

    /// <summary>The tangible loss of the period's consumption: the most scrap it could yield.</summary>
    public decimal TheoreticalScrap { get; init; }

    /// <summary>The closing balance the period's movements lead to from the opening balance (应剩余).</summary>
    public decimal ExpectedClosing =>
        Opening + Receipts + CarryIns + Produced - Consumed - Exported - DomesticSold - CarriedOut - Disposed + AdjustedIn - AdjustedOut;

    /// <summary>True when the movements explain the change of the balance.</summary>
    public bool Reconciles => ExpectedClosing == Closing && ScrapOpening + ScrapGenerated - ScrapDisposed == ScrapClosing;
}
