using Mes.Contracts.Production.Lots;
using Mes.Contracts.Production.Units;
using Mes.Domain.Production.Materials;

namespace Mes.Grains.Production.Lots;

/// <summary>Between the domain's material lot and the snapshot the contracts carry.</summary>
public static class LotSnapshots
{
    /// <summary>The snapshot of a lot, its floor life computed as of <paramref name="now"/>.</summary>
    public static LotSnapshot From(MaterialLot lot, long sequence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lot);
        var moisture = lot.Moisture;
        return new LotSnapshot(lot.LotNo, lot.PartNo, lot.Quantity, lot.Overdrawn,
            lot.Bonded ? new BondedOrigin(lot.CustomsItemNo ?? string.Empty, lot.SourceDocumentLine ?? string.Empty) : null,
            new MoistureStatus(moisture.Level.Label(), moisture.ExposedBefore, moisture.OpenedAt, moisture.BakedAt,
                moisture.LabelFloorLife, moisture.Remaining(now), moisture.IsExpired(now), now),
            lot.OnHold is { } hold ? new HoldInfo(hold.Reason, hold.By, hold.At) : null,
            sequence);
    }

    /// <summary>The domain lot a snapshot describes, for the rules that check a reel against a setup.</summary>
    public static MaterialLot ToDomain(LotSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!MsdLevels.TryParse(snapshot.Moisture.MsdLevel, out var level))
        {
            throw new ArgumentException($"'{snapshot.Moisture.MsdLevel}' is not an MSD level.", nameof(snapshot));
        }

        var moisture = snapshot.Moisture;
        return new MaterialLot
        {
            LotNo = snapshot.LotNo,
            PartNo = snapshot.PartNo,
            Quantity = snapshot.Quantity,
            Overdrawn = snapshot.Overdrawn,
            Bonded = snapshot.Bonded is not null,
            CustomsItemNo = snapshot.Bonded?.CustomsItemNo,
            SourceDocumentLine = snapshot.Bonded?.SourceDocumentLine,
            Moisture = new MoistureExposure(level, moisture.LabelFloorLife, moisture.ExposedBefore, moisture.OpenedAt, moisture.BakedAt),
            OnHold = snapshot.Hold is { } hold ? new Hold(hold.Reason, hold.By, hold.At) : null,
        };
    }
}
