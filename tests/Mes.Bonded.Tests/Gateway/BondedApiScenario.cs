using Grpc.Core;
using Mes.Bonded.Tests.Support;
using Mes.Gateway.Api.V1;

namespace Mes.Bonded.Tests.Gateway;

/// <summary>
/// The postings of the end-to-end scenario through the gateway. <see cref="ProduceUnits"/> posts the back-flush an ERP
/// or a supervisor posts through the API; the same book built from boards made on the simulated line is
/// Mes.EndToEnd.Tests' BondedShiftTests.
/// </summary>
internal sealed class BondedApiScenario(BondedSystem system, string book)
{
    public const string Order = "PO-E2E-1";
    public const string ExportList = "QD510825E000000301";

    private Mes.Gateway.Api.V1.Bonded.BondedClient Api => system.Bonded;

    private Metadata Manager => system.As("manager");

    /// <summary>One import inventory list of nine lines: every material of the GW-100 board.</summary>
    public async Task ReceiveImport(IReadOnlyList<(string Part, string Quantity)> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            await Api.ReceiveImportAsync(new ReceiveImportRequest
            {
                Book = book, IdempotencyKey = $"import-{i + 1}", Lot = $"LOT-{lines[i].Part}", Part = lines[i].Part, StockQuantity = lines[i].Quantity,
                Documents = { new DocumentReference { Type = "InventoryVerificationList", Number = "QD510825I000000301", Line = i + 1 } },
            }, Manager);
        }
    }

    /// <summary>N units of GW-100 produced on order <see cref="Order"/> under norm version 1.</summary>
    public Task ProduceUnits(int units) => Api.PostBackflushAsync(new PostBackflushRequest
    {
        Book = book, IdempotencyKey = $"{Order}:complete", Order = Order, Product = "GW-100", CompletedQuantity = units.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NormVersion = 1, FinishedGoodsLot = "FG-" + Order,
    }, system.As("supervisor")).ResponseAsync;

    /// <summary>The finished boards exported on one export list line.</summary>
    public Task ShipExport(int units, string value) => Api.ShipExportAsync(new ShipExportRequest
    {
        Book = book, IdempotencyKey = "export-1", Part = "GW-100", StockQuantity = units.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Value = new Money { Amount = value, Currency = "502" },
        Documents = { new DocumentReference { Type = "InventoryVerificationList", Number = ExportList, Line = 1 } },
    }, Manager).ResponseAsync;
}
