using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Mes.EndToEnd.Tests.Production;
using Mes.Gateway.Api.V1;

namespace Mes.EndToEnd.Tests.Shift;

/// <summary>
/// The customs account book kept by production itself: material received under bond becomes the reels the line
/// loads, twenty boards are built on the simulated line, the order's completion back-flushes the book, the boards
/// are exported, and the period's reconciliation comes out at the figures worked by hand from the sample norms.
/// </summary>
[Collection(ShiftCollection.Name)]
public sealed class BondedShiftTests(ShiftSystem plant)
{
    private const string Book = "H51082500001";
    private const string Badge = "B1004";
    private const int Boards = 20;

    // One inventory-list line per material of the GW-100 board, in stock units (the paste in grams).
    private static readonly (string Part, string Quantity)[] Import =
    [
        ("PCB-GW100", "100"), ("IC-MCU-STM32", "100"), ("IC-PHY-ETH", "100"), ("CAP-0402-100N", "2600"), ("RES-0402-10K", "1950"),
        ("LED-0603-GRN", "500"), ("CONN-RJ45", "100"), ("XTAL-25M", "100"), ("SP-SAC305", "250"),
    ];

    [Fact]
    public async Task Import_twenty_boards_built_on_the_line_and_export_reconcile_to_the_figures_worked_by_hand()
    {
        var from = DateTimeOffset.UtcNow.AddMinutes(-1);
        var bonded = new Gateway.Api.V1.Bonded.BondedClient(plant.Channel);
        var list = ScriptedTerminal.NewId("QD");
        var lots = new Dictionary<string, string>();
        for (var line = 1; line <= Import.Length; line++)
        {
            var (part, quantity) = Import[line - 1];
            lots[part] = ScriptedTerminal.NewId("IMP");
            await bonded.ReceiveImportAsync(new ReceiveImportRequest
            {
                Book = Book, IdempotencyKey = $"{list}/{line}", Lot = lots[part], Part = part, StockQuantity = quantity,
                Documents = { new DocumentReference { Type = "InventoryVerificationList", Number = list, Line = line } },
            }, plant.Admin);
        }

        var terminal = await plant.TerminalFor(Badge);
        var orderNo = await terminal.ReleasedOrder(Boards, bonded: true);
        await terminal.SetUpLine(orderNo, lots);
        await terminal.MoveUnits(orderNo, Boards);
        var completed = await terminal.Production.CompleteOrderAsync(new OrderStepRequest { RequestId = ScriptedTerminal.Request(), OrderNo = orderNo }, plant.Admin);
        await bonded.ShipExportAsync(new ShipExportRequest
        {
            Book = Book, IdempotencyKey = $"{orderNo}:export", Part = "GW-100", StockQuantity = Boards.ToString(CultureInfo.InvariantCulture),
            Value = new Money { Amount = "370.00", Currency = "502" },
            Documents = { new DocumentReference { Type = "InventoryVerificationList", Number = ScriptedTerminal.NewId("QE"), Line = 1 } },
        }, plant.Admin);

        var reconciliation = await bonded.GetReconciliationAsync(new GetReconciliationRequest
        {
            Book = Book, From = Timestamp.FromDateTimeOffset(from), To = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(1)),
        }, plant.Admin);
        var rows = reconciliation.Rows.Where(r => r.Status == "Bonded").ToDictionary(r => r.Item);

        Assert.Equal("Completed", completed.Status);
        // Gross a board = net / (1 - loss % / 100); twenty boards consume twenty times that, to 5 decimals.
        Assert.Equal(("100", "20", "80"), Figures(rows["I1"]));              // 1 board a board
        Assert.Equal(("2600", "500", "2100"), Figures(rows["I4"]));          // 24 / 0.96 = 25
        Assert.Equal(("1950", "375", "1575"), Figures(rows["I5"]));          // 18 / 0.96 = 18.75
        Assert.Equal(("500", "81.63265", "418.36735"), Figures(rows["I6"])); // 4 / 0.98 x 20 = 81.632653...
        Assert.Equal(("0.25", "0.04", "0.21"), Figures(rows["I9"]));         // 250 g = 0.25 kg; 0.0018 / 0.90 = 0.002 kg a board
        Assert.Equal("20", Quantity(rows["I4"].TheoreticalScrap));           // 4 % tangible loss of 500
        Assert.Equal(("20", "20", "0"), (Quantity(rows["E1"].Produced), Quantity(rows["E1"].Exported), Quantity(rows["E1"].Closing)));
        Assert.True(reconciliation.Reconciles);
    }

    private static (string Receipts, string Consumed, string Closing) Figures(ReconciliationRow row) =>
        (Quantity(row.Receipts), Quantity(row.Consumed), Quantity(row.Closing));

    // Numeric text keeps the scale it was computed with ("80.00000"): compare quantities, not scales.
    private static string Quantity(string text) =>
        decimal.Parse(text, CultureInfo.InvariantCulture).ToString("0.#####", CultureInfo.InvariantCulture);
}
