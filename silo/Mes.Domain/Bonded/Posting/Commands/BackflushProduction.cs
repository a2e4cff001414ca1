using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>
/// Units of a bonded order are complete: book the finished goods into <see cref="FinishedGoodsLot"/> and back-flush
/// every material of the cited norm version (gross × quantity, bonded share from bonded lots, the rest from
/// non-bonded lots), plus the scrap reported, which must stay within the consumption's tangible loss.
/// </summary>
public sealed record BackflushProduction : LedgerCommand
{
    /// <summary>The production order.</summary>
    public required OrderNo Order { get; init; }

    /// <summary>The finished part (mapped to an E item).</summary>
    public required PartNo Product { get; init; }

    /// <summary>The completed quantity in the product's stock unit.</summary>
    public required decimal CompletedQuantity { get; init; }

    /// <summary>The norm version the order consumes under.</summary>
    public required int NormVersion { get; init; }

    /// <summary>The lot the finished goods go into (typically one per order).</summary>
    public required LotNo FinishedGoodsLot { get; init; }

    /// <summary>Material lots to consume first (the reels on the feeders), before the oldest lots.</summary>
    public IReadOnlyList<LotNo> PreferredLots { get; init; } = [];

    /// <summary>Scrap reported for the order.</summary>
    public IReadOnlyList<ScrapReport> Scrap { get; init; } = [];

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Text("order", Order.Value);
        writer.Text("product", Product.Value);
        writer.Number("completedQuantity", CompletedQuantity);
        writer.Integer("normVersion", NormVersion);
        writer.Text("finishedGoodsLot", FinishedGoodsLot.Value);
        writer.Integer("preferredLots.count", PreferredLots.Count);
        foreach (var lot in PreferredLots)
        {
            writer.Text("preferredLot", lot.Value);
        }

        writer.Integer("scrap.count", Scrap.Count);
        foreach (var scrap in Scrap)
        {
            writer.Text("scrap.part", scrap.Part.Value);
            writer.Number("scrap.stockQuantity", scrap.StockQuantity);
        }
    }
}
