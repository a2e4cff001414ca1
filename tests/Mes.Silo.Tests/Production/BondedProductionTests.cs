using Mes.Contracts.Bonded;
using Mes.Contracts.Bonded.Postings;
using Mes.Contracts.Production.Workstations;
using static Mes.Silo.Tests.Production.ShopFloor;

namespace Mes.Silo.Tests.Production;

/// <summary>
/// The two ledgers tied together: material received under bond in the customs account book becomes reels
/// the line loads, and a bonded order's completion back-flushes the book with what its units were built from.
/// </summary>
public sealed class BondedProductionTests(ProductionSilo silo) : IClassFixture<ProductionSilo>
{
    private const string Book = "H51082500001";
    private static readonly PostingActor Supervisor = new("s.wang", "Supervisor");

    private ShopFloor Floor => silo.Floor;

    private IAccountBookGrain AccountBook => silo.Grains.GetGrain<IAccountBookGrain>(AccountBookKey.For(Book));

    [Fact]
    public async Task A_lot_received_under_bond_becomes_a_bonded_reel_that_remembers_its_inventory_list_line()
    {
        var lot = NewId("IMP");

        var receipt = await AccountBook.Post(Receipt(NewId("rcv"), lot, "CAP-0402-100N", 5000, 4), Supervisor);
        var reel = await Floor.Lot(lot).Get();

        Assert.Equal(PostingOutcome.Posted, receipt.Outcome);
        Assert.NotNull(reel);
        Assert.Equal("CAP-0402-100N", reel.PartNo);
        Assert.Equal(5000m, reel.Quantity);
        Assert.Equal("QD510825I000000101/4", reel.Bonded?.SourceDocumentLine);
    }

    [Fact]
    public async Task A_reel_scanned_before_its_receipt_was_posted_is_known_once_the_receipt_is_posted()
    {
        var lot = NewId("IMP");
        var before = await Floor.Lot(lot).Get();

        await AccountBook.Post(Receipt(NewId("rcv"), lot, "RES-0402-10K", 10000, 2), Supervisor);
        var after = await Floor.Lot(lot).Get();

        Assert.Null(before);
        Assert.NotNull(after);
        Assert.Equal(10000m, after.Quantity);
        Assert.Equal("QD510825I000000101/2", after.Bonded?.SourceDocumentLine);
    }

    [Fact]
    public async Task Completing_a_bonded_order_back_flushes_the_book_once_from_the_lots_its_units_were_built_from()
    {
        const int boards = 3;
        var prefix = NewId("K");
        var lots = new Dictionary<string, string>();
        var line = 1;
        foreach (var (part, perBoard) in Kit)
        {
            lots[part] = $"{prefix}-{part}";
            Assert.Equal(PostingOutcome.Posted, (await AccountBook.Post(Receipt($"{prefix}-{line}", lots[part], part, perBoard * boards * 2, line++), Supervisor)).Outcome);
        }
        var orderNo = await Floor.ReleasedOrder(boards, bonded: true);
        await LoadBondedReels(orderNo, lots);
        foreach (var serial in await Floor.Serials(orderNo, boards))
        {
            await Floor.PassUntil(serial);
        }

        var completed = await Floor.Order(orderNo).Complete(Request());
        var retried = await Floor.Order(orderNo).Complete(Request());
        var entries = (await AccountBook.Journal(1, 100_000)).Value!.Where(e => e.Order == orderNo).ToList();

        Assert.Null(completed.Refusal);
        Assert.Equal("Completed", Succeeded(completed).Status);
        Assert.NotNull(retried.Refusal);
        Assert.Single(entries.Select(e => e.IdempotencyKey).Distinct());
        Assert.Equal(boards, entries.Where(e => e.Item == "E1").Sum(e => e.StockQuantity));
        // Each material came out of the lot the line loaded, not out of the oldest stock in the book.
        Assert.All(entries.Where(e => e.Item != "E1" && e.Part != "SP-SAC305"), e => Assert.Equal(lots[e.Part!], e.Lot));
    }

    [Fact]
    public async Task A_bonded_order_built_from_reels_the_book_never_received_is_not_completed_and_says_why()
    {
        var orderNo = await Floor.ReleasedOrder(1, bonded: true);
        // Reels registered at the line as bonded, but never received into the account book.
        await Floor.SetUp(orderNo, bonded: true);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        await Floor.PassUntil(serial);

        var refused = Refused(await Floor.Order(orderNo).Complete(Request()));

        Assert.Equal("BONDED_POSTING_REFUSED", refused.Reason);
        Assert.Contains("UNKNOWN_LOT", refused.Message, StringComparison.Ordinal);
        Assert.Equal("InProgress", (await Floor.Order(orderNo).Get())!.Status);
        Assert.DoesNotContain((await AccountBook.Journal(1, 100_000)).Value!, e => e.Order == orderNo);
    }

    private static readonly (string Part, decimal PerBoard)[] Kit =
    [
        ("PCB-GW100", 1), ("IC-MCU-STM32", 1), ("IC-PHY-ETH", 1), ("CAP-0402-100N", 25), ("RES-0402-10K", 19),
        ("LED-0603-GRN", 5), ("CONN-RJ45", 1), ("XTAL-25M", 1), ("SP-SAC305", 2),
    ];

    private static ReceiveImportPosting Receipt(string key, string lot, string part, decimal quantity, int line) => new()
    {
        IdempotencyKey = key,
        Lot = lot,
        Part = part,
        StockQuantity = quantity,
        Documents = [new DocumentReference("InventoryVerificationList", "QD510825I000000101", line)],
    };

    // Sets the line up for the order with the reels received into the book.
    private async Task LoadBondedReels(string orderNo, IReadOnlyDictionary<string, string> lots)
    {
        var master = await Floor.MasterData();
        foreach (var station in master.WorkstationsOf("smt-01"))
        {
            Succeeded(await Floor.Station(station.Id).SelectOrder(new SelectOrderRequest(Request(), orderNo)));
            if ((await Floor.Station(station.Id).Get())!.Operator is null)
            {
                Succeeded(await Floor.Station(station.Id).LogIn(new LogInRequest(Request(), ShopFloor.Supervisor)));
            }
            foreach (var bomLine in master.FindBom("GW-100")!.LinesAt(station.Id))
            {
                Succeeded(await Floor.Station(station.Id).LoadMaterial(new LoadMaterialRequest(Request(), bomLine.Slot, lots[bomLine.PartNo])));
            }
        }
    }
}
