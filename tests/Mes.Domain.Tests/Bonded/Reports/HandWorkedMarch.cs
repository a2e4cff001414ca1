using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Reports;

/// <summary>
/// A month of the sample book worked by hand: February sets the opening balances, March is the period,
/// April must not count. Times are China time (+08:00) as the plant sees them.
/// </summary>
internal sealed class HandWorkedMarch
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public HandWorkedMarch()
    {
        // February: opening stock. Capacitors 10 000 in lot CAP-A (400.00 USD), paste 1 500 g, the rest for 600 boards.
        Book.Now = new DateTimeOffset(2025, 2, 10, 9, 0, 0, China);
        Book.Posted(Commands.Receive(Ids.Cap, 10_000m, "CAP-A", Docs.ImportList(1, 4)) with { Value = Commands.Usd2(400m) });
        Book.Posted(Commands.Receive(Ids.Paste, 1_500m, "PASTE-A", Docs.ImportList(1, 9)) with { Value = Commands.Usd2(78m) });
        var line = 0;
        foreach (var part in new[] { Ids.Pcb, Ids.Mcu, Ids.Phy, Ids.Res, Ids.Led, Ids.Rj45, Ids.Xtal })
        {
            Book.Posted(Commands.Receive(part, 12_000m, "FEB-" + part.Value, Docs.ImportList(1, ++line)));
        }

        // March, the period.
        Book.Now = new DateTimeOffset(2025, 3, 3, 9, 0, 0, China);
        Book.Posted(Commands.Receive(Ids.Cap, 5_000m, "CAP-B", Docs.ImportList(2, 1)) with { Value = Commands.Usd2(200m) });
        Book.Posted(Commands.Backflush("PO-1", 200m, fgLot: "FG-PO-1") with { Scrap = [new ScrapReport(Ids.Cap, 150m)] });
        Book.Posted(Commands.Export(Ids.Board, 120m, list: 11) with { Value = Commands.Usd2(2_220m) });
        var wrongExport = Book.Posted(Commands.Export(Ids.Board, 10m, list: 12));
        Book.Posted(Commands.Reverse(wrongExport[0].Sequence));
        Book.Posted(Commands.Sell(Ids.Cap, 1_000m, dutiableValue: 40m, list: 13));
        Book.Posted(new DisposeScrap
        {
            IdempotencyKey = Commands.Key(),
            Actor = Actors.Erp,
            Part = Ids.Cap,
            StockQuantity = 100m,
            Mode = DisposalMode.Destruction,
            Documents = [Docs.Approval("XH-2025-007")],
        });
        Book.Posted(Commands.Adjust("CAP-B", AdjustmentDirection.Loss, 30m));
        Book.Posted(new ShipCarryOver
        {
            IdempotencyKey = Commands.Key(),
            Actor = Actors.Erp,
            Part = Ids.Cap,
            StockQuantity = 500m,
            To = new Counterparty("H51082500009", "喀什示例模组有限公司"),
            Documents = [Docs.ExportList(14)],
        });
        Book.Posted(new ReportDefective
        {
            IdempotencyKey = Commands.Key(),
            Actor = Actors.Supervisor,
            Lot = new LotNo("FG-PO-1"),
            StockQuantity = 5m,
            Documents = [Docs.QualityReport("QR-2025-031")],
        });
        Book.Posted(new DisposeDefective
        {
            IdempotencyKey = Commands.Key(),
            Actor = Actors.Erp,
            Lot = new LotNo("FG-PO-1"),
            StockQuantity = 3m,
            Mode = DisposalMode.Destruction,
            Documents = [Docs.Approval("XH-2025-008")],
        });

        // April: after the period.
        Book.Now = new DateTimeOffset(2025, 4, 1, 0, 0, 0, China);
        Book.Posted(Commands.Receive(Ids.Cap, 2_000m, "CAP-C", Docs.ImportList(3, 1)));
    }

    public Book Book { get; } = new();

    public ReportingPeriod March { get; } =
        new(new DateTimeOffset(2025, 3, 1, 0, 0, 0, China), new DateTimeOffset(2025, 4, 1, 0, 0, 0, China));
}
