using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Tests.Bonded.Support;

/// <summary>Short names for the sample's parts and items.</summary>
internal static class Ids
{
    public static readonly PartNo Pcb = new("PCB-GW100");
    public static readonly PartNo Mcu = new("IC-MCU-STM32");
    public static readonly PartNo Phy = new("IC-PHY-ETH");
    public static readonly PartNo Cap = new("CAP-0402-100N");
    public static readonly PartNo Res = new("RES-0402-10K");
    public static readonly PartNo Led = new("LED-0603-GRN");
    public static readonly PartNo Rj45 = new("CONN-RJ45");
    public static readonly PartNo Xtal = new("XTAL-25M");
    public static readonly PartNo Paste = new("SP-SAC305");
    public static readonly PartNo Board = new("GW-100");

    public static readonly PartNo[] Materials = [Pcb, Mcu, Phy, Cap, Res, Led, Rj45, Xtal, Paste];

    public static ItemNo Item(string text) => ItemNo.Parse(text);
}
