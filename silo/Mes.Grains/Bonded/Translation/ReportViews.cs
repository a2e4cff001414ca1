using Mes.Contracts.Bonded;
using Mes.Contracts.Bonded.Reports;
using Mes.Domain.Bonded.Declarations;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.Reports;

namespace Mes.Grains.Bonded.Translation;

/// <summary>The domain's reports as contract messages, field for field.</summary>
internal static class ReportViews
{
    public static BalanceRowView Balance(ItemBalanceRow r) => new(r.Item.ToString(), r.Status.ToString(), r.Name, r.HsCode.Value,
        r.DeclaredUnit.Value, r.Stock, r.AtSubcontractor, r.Defective, r.Book, r.Suspense, r.Scrap);

    public static ItemLedgerView Ledger(ItemLedger l) => new(l.Item.ToString(), l.Status.ToString(), l.Name, l.DeclaredUnit.Value,
        Period(l.Period), l.Opening,
        l.Lines.Select(x => new ItemLedgerLineView(x.Sequence, x.PostedAt, x.Kind.ToString(), x.EffectiveKind.ToString(), x.Lot?.Value,
            x.Part?.Value, x.Order?.Value, x.Documents.ToString(), x.In, x.Out, x.Balance, x.Actor, x.Reason)).ToList(),
        l.Closing);

    public static ReconciliationView Reconciliation(ReportingPeriod period, IReadOnlyList<ReconciliationRow> rows, WriteOffPackage package) => new(
        Period(period),
        rows.Select(Row).ToList(),
        package.Materials.Select(Row).ToList(),
        package.FinishedGoods.Select(Row).ToList(),
        package.NormConsumption.Select(Norm).ToList(),
        package.Documents.Select(Document).ToList(),
        package.Reconciles);

    public static BookVersusPhysicalView BookVersusPhysical(BookVersusPhysicalReport report) => new(
        report.Sheet,
        report.Rows.Count == 0 ? null : report.CountedAt,
        report.Rows.Select(r => new BookVersusPhysicalRowView(r.Item.ToString(), r.Status.ToString(), r.Name, r.DeclaredUnit.Value, r.BookOnSite,
            r.AtSubcontractor, r.Counted, r.Difference, r.UnitValue, r.Currency.Value, r.DifferenceValue, r.DutyRatePercent, r.VatRatePercent,
            r.DutyExposure)).ToList(),
        report.ExposureByCurrency.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new MoneyAmount(e.Value, e.Key)).ToList());

    public static ConsumptionVarianceView Variance(ConsumptionVarianceReport report) => new(
        report.TolerancePercent,
        report.Rows.Select(r => new ConsumptionVarianceRowView(r.Order.Value, r.Product.ToString(), r.NormVersion, r.Produced, r.Material.ToString(),
            r.DeclaredUnit.Value, r.Declared, r.Actual, r.Variance, r.VariancePercent, r.OutsideTolerance)).ToList(),
        report.NotCompared.Select(a => new ActualConsumptionLine(a.Order.Value, a.Part.Value, a.StockQuantity)).ToList());

    public static JournalVerificationView Verification(JournalVerification verification) => new(
        verification.IsIntact,
        verification.EntriesChecked,
        verification.FirstBroken is { } broken
            ? new BrokenEntryView(broken.Position, broken.RecordedSequence, broken.Problem.ToString(), broken.Message)
            : null);

    public static DeclarationDraftView Draft(DeclarationDraft draft) => new(draft.Book.Value, draft.Document, draft.Lines.Select(l => new DeclarationLineView
    {
        LineNo = l.LineNo,
        Movement = l.Movement.ToString(),
        Item = l.Item.ToString(),
        Status = l.Status.ToString(),
        Part = l.Part.Value,
        HsCode = l.HsCode.Value,
        Name = l.Name,
        Specification = l.Specification,
        DeclaredUnit = l.DeclaredUnit.Value,
        DeclaredQuantity = l.DeclaredQuantity,
        FirstLegal = new LegalQuantityView(l.FirstLegalQuantity, l.FirstLegalUnit.Value, l.FirstLegalFactor),
        SecondLegal = l.SecondLegalUnit is { } unit ? new LegalQuantityView(l.SecondLegalQuantity ?? 0m, unit.Value, l.SecondLegalFactor ?? 0m) : null,
        UnitPrice = l.UnitPrice,
        TotalAmount = l.TotalAmount,
        Currency = l.Currency.Value,
        Origin = l.Origin?.Value,
        NormVersion = l.NormVersion,
    }).ToList());

    public static ReportPeriod Period(ReportingPeriod period) => new(period.From, period.To);

    private static ReconciliationRowView Row(ReconciliationRow r) => new()
    {
        Item = r.Item.ToString(),
        Status = r.Status.ToString(),
        Name = r.Name,
        DeclaredUnit = r.DeclaredUnit.Value,
        Opening = r.Opening,
        Receipts = r.Receipts,
        CarryIns = r.CarryIns,
        Produced = r.Produced,
        Consumed = r.Consumed,
        Exported = r.Exported,
        DomesticSold = r.DomesticSold,
        CarriedOut = r.CarriedOut,
        Disposed = r.Disposed,
        AdjustedIn = r.AdjustedIn,
        AdjustedOut = r.AdjustedOut,
        ExpectedClosing = r.ExpectedClosing,
        Closing = r.Closing,
        Reconciles = r.Reconciles,
        ScrapOpening = r.ScrapOpening,
        ScrapGenerated = r.ScrapGenerated,
        ScrapDisposed = r.ScrapDisposed,
        ScrapClosing = r.ScrapClosing,
        TheoreticalScrap = r.TheoreticalScrap,
    };

    private static NormConsumptionRowView Norm(NormConsumptionRow r) => new(r.Product.ToString(), r.NormVersion, r.Material.ToString(), r.Produced,
        r.Net, r.TangibleLossPercent, r.IntangibleLossPercent, r.Gross, r.BondedSharePercent, r.Consumed, r.NetConsumption, r.TheoreticalLoss,
        r.TheoreticalScrap);

    private static DocumentMovementRowView Document(DocumentMovementRow r) => new(EntryViews.Document(r.Document), r.FirstPostedAt, r.Kind.ToString(),
        r.Item.ToString(), r.Status.ToString(), r.DeclaredQuantity, r.DeclaredUnit.Value, r.Amount, r.Currency?.Value, r.Entries);
}
