using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Materials;

namespace Mes.Domain.Production.Workstations;

/// <summary>Checks a reel scanned into a slot against the order's BOM, the lot's state and the bond.</summary>
public static class SetupVerification
{
    /// <summary>Null when the reel may go into the slot; otherwise the first rule it breaks.</summary>
    public static Refusal? Verify(
        Workstation workstation,
        BillOfMaterials? bom,
        OrderAssignment order,
        string slot,
        MaterialLot reel,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workstation);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(reel);
        if (bom?.LineAt(workstation.Id, slot) is not { } line)
        {
            return new Refusal(RefusalReason.UnknownSlot, "slot",
                $"Slot {slot} of {workstation.Id} is not used by {order.ProductNo}.");
        }

        if (reel.PartNo != line.PartNo)
        {
            return new Refusal(RefusalReason.WrongPart, "lotNo",
                $"Reel {reel.LotNo} holds {reel.PartNo}; slot {slot} needs {line.PartNo}.");
        }

        if (reel.OnHold is { } hold)
        {
            return new Refusal(RefusalReason.LotOnHold, "lotNo", $"Reel {reel.LotNo} is on hold: {hold.Reason}.");
        }

        if (reel.Quantity <= 0)
        {
            return new Refusal(RefusalReason.LotEmpty, "lotNo", $"Reel {reel.LotNo} is empty.");
        }

        if (reel.Moisture.IsExpired(now))
        {
            return new Refusal(RefusalReason.MsdFloorLifeExpired, "lotNo",
                $"Reel {reel.LotNo} (MSD level {reel.Moisture.Level.Label()}) has used up its floor life; bake it before use.");
        }

        if (reel.Bonded != order.Bonded)
        {
            return new Refusal(RefusalReason.BondedMismatch, "lotNo", reel.Bonded
                ? $"Reel {reel.LotNo} is bonded material; order {order.OrderNo} is not a bonded order."
                : $"Reel {reel.LotNo} is not bonded material; order {order.OrderNo} is a bonded order.");
        }

        return null;
    }
}
