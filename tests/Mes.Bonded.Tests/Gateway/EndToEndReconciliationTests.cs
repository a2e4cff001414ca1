using Google.Protobuf.WellKnownTypes;
using Mes.Bonded.Tests.Support;
using Mes.Gateway.Api.V1;

namespace Mes.Bonded.Tests.Gateway;

[Collection(BondedSystemCollection.Name)]
public sealed class EndToEndReconciliationTests(BondedSystem system)
{
    private const string Book = "H51082500301";
    private const int Units = 40;

    [Fact]
    public async Task Import_production_and_export_reconcile_to_the_figures_worked_by_hand()
    {
        var from = DateTimeOffset.UtcNow.AddMinutes(-1);
        await system.Bonded.FileBookAsync(SampleFiles.Request(Book), system.As("admin"));
        var scenario = new BondedApiScenario(system, Book);
        await scenario.ReceiveImport([
            ("PCB-GW100", "100"), ("IC-MCU-STM32", "100"), ("IC-PHY-ETH", "100"), ("CAP-0402-100N", "2600"), ("RES-0402-10K", "1950"),
            ("LED-0603-GRN", "500"), ("CONN-RJ45", "100"), ("XTAL-25M", "100"), ("SP-SAC305", "250")]);
        await scenario.ProduceUnits(Units);
        await scenario.ShipExport(Units, "740.00");

        var reconciliation = await system.Bonded.GetReconciliationAsync(new GetReconciliationRequest
        {
            Book = Book, From = Timestamp.FromDateTimeOffset(from), To = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(1)),
        }, system.As("customs"));
        var rows = reconciliation.Rows.Where(r => r.Status == "Bonded").ToDictionary(r => r.Item);

        // Gross per board = net / (1 - loss% / 100); 40 boards consume gross x 40, rounded to 5 decimals.
        Assert.Equal(("100", "40", "60"), Figures(rows["I1"]));            // 1 board each
        Assert.Equal(("2600", "1000", "1600"), Figures(rows["I4"]));       // 24 / 0.96 = 25
        Assert.Equal(("1950", "750", "1200"), Figures(rows["I5"]));        // 18 / 0.96 = 18.75
        Assert.Equal(("500", "163.26531", "336.73469"), Figures(rows["I6"])); // 4 / 0.98 x 40 = 163.265306...
        Assert.Equal(("0.25", "0.08", "0.17"), Figures(rows["I9"]));       // 250 g = 0.25 kg; 0.0018 / 0.90 = 0.002 kg a board
        Assert.Equal("40", Decimal(rows["I4"].TheoreticalScrap));          // 4 % tangible of 1000
        Assert.Equal(("40", "40", "0"), (Decimal(rows["E1"].Produced), Decimal(rows["E1"].Exported), Decimal(rows["E1"].Closing)));
        Assert.True(reconciliation.Reconciles);
    }

    private static (string Receipts, string Consumed, string Closing) Figures(ReconciliationRow row) =>
        (Decimal(row.Receipts), Decimal(row.Consumed), Decimal(row.Closing));

    // Numeric text keeps the scale it was computed with ("60.00000"); compare the quantities, not the scale.
    private static string Decimal(string text) =>
        decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture).ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture);
}
