using System.Globalization;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Tests.Bonded.Support;

/// <summary>Commands as the gateway would send them, with unique idempotency keys.</summary>
internal static class Commands
{
    private static int next;

    public static readonly CurrencyCode Usd = new("502");

    public static IdempotencyKey Key() =>
        new(string.Create(CultureInfo.InvariantCulture, $"test-{Interlocked.Increment(ref next)}"));

    public static Money Usd2(decimal amount) => new(amount, Usd);

    public static ReceiveImport Receive(PartNo part, decimal quantity, string lot, DocumentRef? line, BondedStatus status = BondedStatus.Bonded) => new()
    {
        IdempotencyKey = Key(),
        Actor = Actors.Erp,
        Lot = new LotNo(lot),
        Part = part,
        StockQuantity = quantity,
        Status = status,
        Documents = line is null ? [] : [line],
    };

    /// <summary>Receives every material of the board in one lot each, enough for <paramref name="boards"/> boards with margin.</summary>
    public static IEnumerable<ReceiveImport> ReceiveKit(int boards, int list = 1)
    {
        var line = 0;
        foreach (var part in Ids.Materials)
        {
            // Paste is stocked in grams: 3 g per board covers the 2 g gross; pieces get 30 per board.
            var quantity = part == Ids.Paste ? 3m * boards : 30m * boards;
            line++;
            yield return Receive(part, quantity, string.Create(CultureInfo.InvariantCulture, $"L{list}-{part}"), Docs.ImportList(list, line));
        }
    }

    public static BackflushProduction Backflush(string order, decimal boards, string fgLot = "FG-1", int normVersion = 1) => new()
    {
        IdempotencyKey = Key(),
        Actor = Actors.Mes,
        Order = new OrderNo(order),
        Product = Ids.Board,
        CompletedQuantity = boards,
        NormVersion = normVersion,
        FinishedGoodsLot = new LotNo(fgLot),
    };

    public static ShipExport Export(PartNo part, decimal quantity, int list = 1) => new()
    {
        IdempotencyKey = Key(),
        Actor = Actors.Erp,
        Part = part,
        StockQuantity = quantity,
        Documents = [Docs.ExportList(list)],
    };

    public static SellDomestically Sell(PartNo part, decimal quantity, decimal dutiableValue, int list = 1) => new()
    {
        IdempotencyKey = Key(),
        Actor = Actors.Erp,
        Part = part,
        StockQuantity = quantity,
        Duty = new DutyBasis(DutyTreatment.AsImportedMaterials, Usd2(dutiableValue)),
        Documents = [Docs.ExportList(list)],
    };

    public static AdjustStock Adjust(string lot, AdjustmentDirection direction, decimal quantity, string sheet = "ST-2025-01") => new()
    {
        IdempotencyKey = Key(),
        Actor = Actors.Manager,
        Lot = new LotNo(lot),
        Direction = direction,
        StockQuantity = quantity,
        Reason = "Stock-take difference confirmed by recount",
        Documents = [Docs.CountSheet(sheet)],
    };

    public static ReverseEntry Reverse(long sequence) => new()
    {
        IdempotencyKey = Key(),
        Actor = Actors.Manager,
        Sequence = sequence,
        Reason = "Posted against the wrong list line",
        Documents = [Docs.Correction("CV-0001")],
    };
}
