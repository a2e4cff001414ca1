using Google.Protobuf.WellKnownTypes;
using Mes.Contracts.Bonded;
using Mes.Contracts.Bonded.MasterData;
using Mes.Contracts.Bonded.Reports;
using Mes.Gateway.Api.V1;
using static Mes.Gateway.Services.Bonded.BondedFields;

namespace Mes.Gateway.Services.Bonded;

/// <summary>Contract messages of the account book as mes.v1 messages; decimals become text, never floating point.</summary>
internal static class BondedMessages
{
    public static PostingReply Reply(PostingResult result) => new()
    {
        Outcome = result.Outcome == PostingOutcome.Posted ? "POSTED" : "ALREADY_POSTED",
        Entries = { result.Entries.Select(Entry) },
        ReceivedLots =
        {
            result.ReceivedLots.Select(l => new Api.V1.ReceivedLot
            {
                Lot = l.Lot, Part = l.Part, StockQuantity = Text(l.StockQuantity), StockUnit = l.StockUnit, Bonded = l.Bonded, Item = l.Item,
                SourceLine = l.SourceLine is { } line ? Document(line) : null, Origin = l.Origin ?? "",
            }),
        },
    };

    public static JournalEntry Entry(JournalEntryView e)
    {
        var entry = new JournalEntry
        {
            Sequence = e.Sequence, Book = e.Book, PostedAt = Timestamp.FromDateTimeOffset(e.PostedAt), Kind = e.Kind, Item = e.Item, Status = e.Status,
            Part = e.Part ?? "", Lot = e.Lot ?? "", StockQuantity = Text(e.StockQuantity), StockUnit = e.StockUnit, Factor = Text(e.Factor),
            DeclaredQuantity = Text(e.DeclaredQuantity), DeclaredUnit = e.DeclaredUnit, FirstLegal = Legal(e.FirstLegal),
            SecondLegal = e.SecondLegal is { } second ? Legal(second) : null, Value = Money(e.Value), Origin = e.Origin ?? "",
            Documents = { e.Documents.Select(Document) }, Order = e.Order ?? "", NormProduct = e.NormProduct ?? "",
            ActorId = e.Actor.Id, ActorRole = e.Actor.Role, Reason = e.Reason ?? "", IdempotencyKey = e.IdempotencyKey,
            PreviousHash = e.PreviousHash, Hash = e.Hash,
        };
        if (e.NormVersion is { } version)
        {
            entry.NormVersion = version;
        }

        if (e.Reverses is { } reverses)
        {
            entry.Reverses = reverses;
        }

        return entry;
    }

    public static BalancesReply Balances(BalancesView v) => new()
    {
        At = Timestamp.FromDateTimeOffset(v.At),
        LastSequence = v.LastSequence,
        Rows =
        {
            v.Rows.Select(r => new BalanceRow
            {
                Item = r.Item, Status = r.Status, Name = r.Name, HsCode = r.HsCode, DeclaredUnit = r.DeclaredUnit, Stock = Text(r.Stock),
                AtSubcontractor = Text(r.AtSubcontractor), Defective = Text(r.Defective), Book = Text(r.Book), Suspense = Text(r.Suspense), Scrap = Text(r.Scrap),
            }),
        },
    };

    public static ItemLedgerReply Ledger(ItemLedgerView v) => new()
    {
        Item = v.Item, Status = v.Status, Name = v.Name, DeclaredUnit = v.DeclaredUnit, Opening = Text(v.Opening), Closing = Text(v.Closing),
        Lines =
        {
            v.Lines.Select(l => new ItemLedgerLine
            {
                Sequence = l.Sequence, PostedAt = Timestamp.FromDateTimeOffset(l.PostedAt), Kind = l.Kind, EffectiveKind = l.EffectiveKind, Lot = l.Lot ?? "",
                Part = l.Part ?? "", Order = l.Order ?? "", Documents = l.Documents, In = Text(l.In), Out = Text(l.Out), Balance = Text(l.Balance),
                Actor = l.Actor, Reason = l.Reason ?? "",
            }),
        },
    };

    public static ReconciliationReply Reconciliation(ReconciliationView v) => new()
    {
        From = Timestamp.FromDateTimeOffset(v.Period.From),
        To = Timestamp.FromDateTimeOffset(v.Period.To),
        Rows = { v.Rows.Select(Row) },
        Materials = { v.Materials.Select(Row) },
        FinishedGoods = { v.FinishedGoods.Select(Row) },
        NormConsumption =
        {
            v.NormConsumption.Select(r => new NormConsumptionRow
            {
                Product = r.Product, NormVersion = r.NormVersion, Material = r.Material, Produced = Text(r.Produced), Net = Text(r.Net),
                TangibleLossPercent = Text(r.TangibleLossPercent), IntangibleLossPercent = Text(r.IntangibleLossPercent), Gross = Text(r.Gross),
                BondedSharePercent = Text(r.BondedSharePercent), Consumed = Text(r.Consumed), NetConsumption = Text(r.NetConsumption),
                TheoreticalLoss = Text(r.TheoreticalLoss), TheoreticalScrap = Text(r.TheoreticalScrap),
            }),
        },
        Documents =
        {
            v.Documents.Select(r => new DocumentMovementRow
            {
                Document = Document(r.Document), FirstPostedAt = Timestamp.FromDateTimeOffset(r.FirstPostedAt), Kind = r.Kind, Item = r.Item,
                Status = r.Status, DeclaredQuantity = Text(r.DeclaredQuantity), DeclaredUnit = r.DeclaredUnit, Amount = Text(r.Amount),
                Currency = r.Currency ?? "", Entries = r.Entries,
            }),
        },
        Reconciles = v.Reconciles,
    };

    public static BookVersusPhysicalReply BookVersusPhysical(BookVersusPhysicalView v) => new()
    {
        Sheet = v.Sheet,
        CountedAt = v.CountedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        Rows =
        {
            v.Rows.Select(r => new BookVersusPhysicalRow
            {
                Item = r.Item, Status = r.Status, Name = r.Name, DeclaredUnit = r.DeclaredUnit, BookOnSite = Text(r.BookOnSite),
                AtSubcontractor = Text(r.AtSubcontractor), Counted = Text(r.Counted), Difference = Text(r.Difference), UnitValue = Text(r.UnitValue),
                Currency = r.Currency, DifferenceValue = Text(r.DifferenceValue), DutyRatePercent = Text(r.DutyRatePercent),
                VatRatePercent = Text(r.VatRatePercent), DutyExposure = Text(r.DutyExposure),
            }),
        },
        Exposure = { v.ExposureByCurrency.Select(m => Money(m)!) },
    };

    public static ConsumptionVarianceReply Variance(ConsumptionVarianceView v) => new()
    {
        TolerancePercent = Text(v.TolerancePercent),
        Rows =
        {
            v.Rows.Select(r => new ConsumptionVarianceRow
            {
                Order = r.Order, Product = r.Product, NormVersion = r.NormVersion, Produced = Text(r.Produced), Material = r.Material,
                DeclaredUnit = r.DeclaredUnit, Declared = Text(r.Declared), Actual = Text(r.Actual), Variance = Text(r.Variance),
                VariancePercent = Text(r.VariancePercent), OutsideTolerance = r.OutsideTolerance,
            }),
        },
        NotCompared = { v.NotCompared.Select(a => new ActualConsumption { Order = a.Order, Part = a.Part, StockQuantity = Text(a.StockQuantity) }) },
    };

    public static VerifyJournalReply Verification(JournalVerificationView v) => new()
    {
        Intact = v.Intact,
        EntriesChecked = v.EntriesChecked,
        FirstBroken = v.FirstBroken is { } b ? new BrokenEntry { Position = b.Position, Sequence = b.Sequence, Problem = b.Problem, Message = b.Message } : null,
    };

    public static DeclarationDraftReply Draft(DeclarationDraftView v) => new()
    {
        Book = v.Book,
        Document = v.Document,
        Lines =
        {
            v.Lines.Select(l =>
            {
                var line = new DeclarationLine
                {
                    LineNo = l.LineNo, Movement = l.Movement, Item = l.Item, Status = l.Status, Part = l.Part, HsCode = l.HsCode, Name = l.Name,
                    Specification = l.Specification, DeclaredUnit = l.DeclaredUnit, DeclaredQuantity = Text(l.DeclaredQuantity),
                    FirstLegal = Legal(l.FirstLegal), SecondLegal = l.SecondLegal is { } s ? Legal(s) : null, UnitPrice = Text(l.UnitPrice),
                    TotalAmount = Text(l.TotalAmount), Currency = l.Currency, Origin = l.Origin ?? "",
                };
                if (l.NormVersion is { } version)
                {
                    line.NormVersion = version;
                }

                return line;
            }),
        },
    };

    public static MasterDataReply MasterData(MasterDataView v) => new()
    {
        Book = new BookHeader
        {
            BookNo = v.Book.BookNo, Type = v.Book.Type, CustomsOffice = v.Book.CustomsOffice,
            OperatingEnterprise = Enterprise(v.Book.OperatingEnterprise), ProcessingEnterprise = Enterprise(v.Book.ProcessingEnterprise),
            WriteOffCycleStart = Timestamp.FromDateTimeOffset(v.Book.WriteOffCycleStart), WriteOffCycleMonths = v.Book.WriteOffCycleMonths,
            ValidUntil = v.Book.ValidUntil is { } until ? Timestamp.FromDateTimeOffset(until) : null,
            QuantityDecimals = v.Book.QuantityDecimals, UnitPriceDecimals = v.Book.UnitPriceDecimals, AmountDecimals = v.Book.AmountDecimals,
        },
        ChangeCount = v.ChangeCount,
        Items =
        {
            v.Items.Select(i => new Api.V1.ItemVersion
            {
                ItemNo = i.ItemNo, Version = i.Version, EffectiveFrom = Time(i.EffectiveFrom), HsCode = i.HsCode, Name = i.Name,
                Specification = i.Specification, DeclaredUnit = i.DeclaredUnit,
                LegalUnits = { i.LegalUnits.Select(u => new Api.V1.LegalUnit { Unit = u.Unit, Factor = Text(u.Factor) }) },
                Currency = i.Currency, DeclaredUnitPrice = Text(i.DeclaredUnitPrice), Origin = i.Origin ?? "",
                ImportDutyRatePercent = Text(i.ImportDutyRatePercent), VatRatePercent = Text(i.VatRatePercent),
            }),
        },
        Mappings =
        {
            v.Mappings.Select(m => new Api.V1.PartMapping
            {
                Part = m.Part, Item = m.Item, StockUnit = m.StockUnit, Factor = Text(m.Factor), EffectiveFrom = Time(m.EffectiveFrom),
                EffectiveUntil = m.EffectiveUntil is { } until ? Time(until) : "",
            }),
        },
        Norms =
        {
            v.Norms.Select(n => new Api.V1.NormLine
            {
                Product = n.Product, Material = n.Material, Version = n.Version, Net = Text(n.Net), TangibleLossPercent = Text(n.TangibleLossPercent),
                IntangibleLossPercent = Text(n.IntangibleLossPercent), BondedSharePercent = Text(n.BondedSharePercent),
                EffectiveFrom = Time(n.EffectiveFrom), EffectiveUntil = n.EffectiveUntil is { } until ? Time(until) : "", Gross = Text(n.Gross),
            }),
        },
    };

    private static Api.V1.Enterprise Enterprise(EnterpriseView e) => new() { Name = e.Name, CreditCode = e.CreditCode, CustomsCode = e.CustomsCode };

    private static ReconciliationRow Row(ReconciliationRowView r) => new()
    {
        Item = r.Item, Status = r.Status, Name = r.Name, DeclaredUnit = r.DeclaredUnit, Opening = Text(r.Opening), Receipts = Text(r.Receipts),
        CarryIns = Text(r.CarryIns), Produced = Text(r.Produced), Consumed = Text(r.Consumed), Exported = Text(r.Exported),
        DomesticSold = Text(r.DomesticSold), CarriedOut = Text(r.CarriedOut), Disposed = Text(r.Disposed), AdjustedIn = Text(r.AdjustedIn),
        AdjustedOut = Text(r.AdjustedOut), ExpectedClosing = Text(r.ExpectedClosing), Closing = Text(r.Closing), Reconciles = r.Reconciles,
        ScrapOpening = Text(r.ScrapOpening), ScrapGenerated = Text(r.ScrapGenerated), ScrapDisposed = Text(r.ScrapDisposed),
        ScrapClosing = Text(r.ScrapClosing), TheoreticalScrap = Text(r.TheoreticalScrap),
    };

    private static Api.V1.DocumentReference Document(Contracts.Bonded.DocumentReference d)
    {
        var document = new Api.V1.DocumentReference { Type = d.Type, Number = d.Number };
        if (d.Line is { } line)
        {
            document.Line = line;
        }

        return document;
    }

    private static Api.V1.Money? Money(MoneyAmount? m) => m is null ? null : new Api.V1.Money { Amount = Text(m.Amount), Currency = m.Currency };

    private static LegalQuantity Legal(LegalQuantityView l) => new() { Quantity = Text(l.Quantity), Unit = l.Unit, Factor = Text(l.Factor) };
}
