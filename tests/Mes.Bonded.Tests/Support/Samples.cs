using Mes.Contracts.Bonded;
using Mes.Contracts.Bonded.Postings;

namespace Mes.Bonded.Tests.Support;

/// <summary>The shipped sample book (samples/bonded/README.md) and postings on it.</summary>
internal static class Samples
{
    public const string BookNo = "H51082500001";

    public static readonly PostingActor Manager = new("m.chen", "Manager");

    public static readonly PostingActor Customs = new("officer.li", "Customs");

    public static readonly PostingActor Operator = new("op.ahmet", "Operator");

    public static DocumentReference ImportList(int line) => new("InventoryVerificationList", "QD510825I000000101", line);

    /// <summary>An import receipt of one part into a new lot on an inventory-list line.</summary>
    public static ReceiveImportPosting Receipt(string key, string lot, string part, decimal quantity, int line = 1) => new()
    {
        IdempotencyKey = key,
        Lot = lot,
        Part = part,
        StockQuantity = quantity,
        Documents = [ImportList(line)],
    };

    /// <summary>Every material of the GW-100 norm received in the quantity <paramref name="boards"/> boards need, and some spare.</summary>
    public static IEnumerable<ReceiveImportPosting> KitFor(int boards, string prefix) =>
    [
        Receipt($"{prefix}-1", $"{prefix}-PCB", "PCB-GW100", boards, 1),
        Receipt($"{prefix}-2", $"{prefix}-MCU", "IC-MCU-STM32", boards, 2),
        Receipt($"{prefix}-3", $"{prefix}-PHY", "IC-PHY-ETH", boards, 3),
        Receipt($"{prefix}-4", $"{prefix}-CAP", "CAP-0402-100N", boards * 25, 4),
        Receipt($"{prefix}-5", $"{prefix}-RES", "RES-0402-10K", boards * 19, 5),
        Receipt($"{prefix}-6", $"{prefix}-LED", "LED-0603-GRN", boards * 5, 6),
        Receipt($"{prefix}-7", $"{prefix}-RJ45", "CONN-RJ45", boards, 7),
        Receipt($"{prefix}-8", $"{prefix}-XTAL", "XTAL-25M", boards, 8),
        Receipt($"{prefix}-9", $"{prefix}-PASTE", "SP-SAC305", boards * 2, 9),
    ];
}
