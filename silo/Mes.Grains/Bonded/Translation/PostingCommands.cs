using Mes.Contracts.Bonded;
using Mes.Contracts.Bonded.Postings;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Grains.Bonded.Translation;

/// <summary>The domain command of a contract posting. Malformed values throw <see cref="MalformedField"/> naming the field.</summary>
internal static class PostingCommands
{
    public static LedgerCommand From(BondedPosting posting, PostingActor actor)
    {
        var command = Command(posting);
        return command with
        {
            IdempotencyKey = Fields.Read("idempotencyKey", () => new IdempotencyKey(posting.IdempotencyKey)),
            Actor = Fields.Read("actor", () => new Actor(actor.Id, Fields.Enum<ActorRole>("actor.role", actor.Role))),
            Documents = Fields.Documents(posting.Documents),
            Reason = string.IsNullOrWhiteSpace(posting.Reason) ? null : posting.Reason,
        };
    }

    private static LedgerCommand Command(BondedPosting posting) => posting switch
    {
        ReceiveImportPosting p => new ReceiveImport
        {
            IdempotencyKey = default, Actor = Placeholder,
            Lot = Fields.Lot("lot", p.Lot), Part = Fields.Part("part", p.Part), StockQuantity = p.StockQuantity,
            Value = Fields.Money("value", p.Value), Origin = Fields.Country("origin", p.Origin),
            Status = Fields.Enum<BondedStatus>("status", p.Status),
        },
        ReceiveCarryOverPosting p => new ReceiveCarryOver
        {
            IdempotencyKey = default, Actor = Placeholder,
            Lot = Fields.Lot("lot", p.Lot), Part = Fields.Part("part", p.Part), StockQuantity = p.StockQuantity,
            Value = Fields.Money("value", p.Value), Origin = Fields.Country("origin", p.Origin),
            From = Fields.Counterparty("from", p.From),
        },
        AttachReceiptDocumentPosting p => new AttachReceiptDocument
        {
            IdempotencyKey = default, Actor = Placeholder,
            Lot = Fields.Lot("lot", p.Lot), Value = Fields.Money("value", p.Value), Origin = Fields.Country("origin", p.Origin),
        },
        BackflushPosting p => new BackflushProduction
        {
            IdempotencyKey = default, Actor = Placeholder,
            Order = Fields.Order("order", p.Order), Product = Fields.Part("product", p.Product), CompletedQuantity = p.CompletedQuantity,
            NormVersion = p.NormVersion, FinishedGoodsLot = Fields.Lot("finishedGoodsLot", p.FinishedGoodsLot),
            PreferredLots = Fields.Lots("consumedLots", p.ConsumedLots),
            Scrap = (p.Scrap ?? []).Select((s, i) => new ScrapReport(Fields.Part($"scrap[{i}].part", s.Part), s.StockQuantity)).ToList(),
        },
        ShipExportPosting p => Outbound(new ShipExport { IdempotencyKey = default, Actor = Placeholder, Part = default, StockQuantity = 0 }, p),
        SellDomesticallyPosting p => Outbound(new SellDomestically
        {
            IdempotencyKey = default, Actor = Placeholder, Part = default, StockQuantity = 0,
            Duty = Fields.Duty("duty", p.Duty) ?? throw new MalformedField("duty", "is required for a domestic sale."),
        }, p),
        ShipCarryOverPosting p => Outbound(new ShipCarryOver
        {
            IdempotencyKey = default, Actor = Placeholder, Part = default, StockQuantity = 0, To = Fields.Counterparty("to", p.To),
        }, p),
        SendToSubcontractorPosting p => Outbound(new SendToSubcontractor
        {
            IdempotencyKey = default, Actor = Placeholder, Part = default, StockQuantity = 0,
            Subcontractor = Fields.Counterparty("subcontractor", p.Subcontractor),
        }, p),
        ReturnFromSubcontractorPosting p => new ReturnFromSubcontractor
        {
            IdempotencyKey = default, Actor = Placeholder,
            Lot = Fields.Lot("lot", p.Lot), StockQuantity = p.StockQuantity, Subcontractor = Fields.Counterparty("subcontractor", p.Subcontractor),
        },
        ReportDefectivePosting p => new ReportDefective
        {
            IdempotencyKey = default, Actor = Placeholder,
            Lot = Fields.Lot("lot", p.Lot), StockQuantity = p.StockQuantity,
            Order = string.IsNullOrEmpty(p.Order) ? null : Fields.Order("order", p.Order),
        },
        DisposeDefectivePosting p => new DisposeDefective
        {
            IdempotencyKey = default, Actor = Placeholder,
            Lot = Fields.Lot("lot", p.Lot), StockQuantity = p.StockQuantity, Mode = Fields.Enum<DisposalMode>("mode", p.Mode),
            Duty = Fields.Duty("duty", p.Duty), Value = Fields.Money("value", p.Value),
        },
        DisposeScrapPosting p => new DisposeScrap
        {
            IdempotencyKey = default, Actor = Placeholder,
            Part = Fields.Part("part", p.Part), StockQuantity = p.StockQuantity, Mode = Fields.Enum<DisposalMode>("mode", p.Mode),
            Duty = Fields.Duty("duty", p.Duty), Value = Fields.Money("value", p.Value),
        },
        RecordStockTakeCountPosting p => new RecordStockTakeCount
        {
            IdempotencyKey = default, Actor = Placeholder,
            Lines = (p.Lines ?? []).Select((l, i) => new StockTakeLine(
                Fields.Part($"lines[{i}].part", l.Part),
                string.IsNullOrEmpty(l.Lot) ? null : Fields.Lot($"lines[{i}].lot", l.Lot),
                Fields.Enum<BondedStatus>($"lines[{i}].status", l.Status),
                l.StockQuantity)).ToList(),
        },
        AdjustStockPosting p => new AdjustStock
        {
            IdempotencyKey = default, Actor = Placeholder,
            Lot = Fields.Lot("lot", p.Lot), Direction = Fields.Enum<AdjustmentDirection>("direction", p.Direction), StockQuantity = p.StockQuantity,
            Part = string.IsNullOrEmpty(p.Part) ? null : Fields.Part("part", p.Part), Status = Fields.Enum<BondedStatus>("status", p.Status),
        },
        ReverseEntryPosting p => new ReverseEntry { IdempotencyKey = default, Actor = Placeholder, Sequence = p.Sequence },
        _ => throw new MalformedField("posting", $"{posting.GetType().Name} is not a posting this book knows."),
    };

    // The command's actor, key and documents are set once by From; this stands in while the body is built.
    private static readonly Actor Placeholder = new("pending", ActorRole.System);

    private static OutboundCommand Outbound(OutboundCommand command, OutboundPosting p) => command with
    {
        Part = Fields.Part("part", p.Part),
        StockQuantity = p.StockQuantity,
        Status = Fields.Enum<BondedStatus>("status", p.Status),
        PreferredLots = Fields.Lots("preferredLots", p.PreferredLots),
        Value = Fields.Money("value", p.Value),
    };
}
