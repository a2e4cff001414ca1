using Mes.Domain.Production.Decisions;

namespace Mes.Domain.Production.Materials;

/// <summary>
/// A material lot: a reel, tray or paste jar of one part, bonded or not, with its customs origin and its
/// moisture exposure. Persisted as JSON by the lot grain (<c>lot:&lt;lot no&gt;</c>).
/// </summary>
public sealed record MaterialLot
{
    /// <summary>The lot (reel) number printed on the label.</summary>
    public required string LotNo { get; init; }

    /// <summary>The part number of the material.</summary>
    public required string PartNo { get; init; }

    /// <summary>Quantity left, in the material's unit.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Quantity consumed beyond what the label said was on the reel.</summary>
    public decimal Overdrawn { get; init; }

    /// <summary>True when the lot entered under customs bond.</summary>
    public required bool Bonded { get; init; }

    /// <summary>The customs account-book item number, for bonded lots.</summary>
    public string? CustomsItemNo { get; init; }

    /// <summary>The customs document line the lot was received under, for bonded lots.</summary>
    public string? SourceDocumentLine { get; init; }

    /// <summary>Moisture exposure per J-STD-033.</summary>
    public required MoistureExposure Moisture { get; init; }

    /// <summary>The hold on the lot, or null.</summary>
    public Hold? OnHold { get; init; }

    /// <summary>Decides a command at <paramref name="now"/>.</summary>
    public Decision<LotEvent> Decide(LotCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command switch
        {
            HoldLot hold when string.IsNullOrWhiteSpace(hold.Reason) => Decision<LotEvent>.Refuse(
                RefusalReason.HoldReasonRequired, "reason", "Say why the lot is held."),
            HoldLot hold => Decision<LotEvent>.Accept(new LotHeld(LotNo, hold.Reason, hold.By, now)),
            ReleaseLot when OnHold is null => Decision<LotEvent>.Refuse(
                RefusalReason.LotNotOnHold, "lotNo", $"Lot {LotNo} is not on hold."),
            ReleaseLot release => Decision<LotEvent>.Accept(new LotReleased(LotNo, release.By, now)),
            OpenLot => Decision<LotEvent>.Accept(new LotOpened(LotNo, now)),
            SealLot => Decision<LotEvent>.Accept(new LotSealed(LotNo, now)),
            BakeLot => Decision<LotEvent>.Accept(new LotBaked(LotNo, now)),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "unknown lot command"),
        };
    }

    /// <summary>Applies an event; consumption is a fact and is always applied.</summary>
    public MaterialLot Apply(LotEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change switch
        {
            LotHeld held => this with { OnHold = new Hold(held.Reason, held.By, held.At) },
            LotReleased => this with { OnHold = null },
            LotOpened opened => this with { Moisture = Moisture.Open(opened.At) },
            LotSealed sealedLot => this with { Moisture = Moisture.Seal(sealedLot.At) },
            LotBaked baked => this with { Moisture = Moisture.Bake(baked.At) },
            LotConsumed consumed => Consume(consumed.Quantity),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "unknown lot event"),
        };
    }

    private MaterialLot Consume(decimal quantity)
    {
        var left = Quantity - quantity;
        return left >= 0
            ? this with { Quantity = left }
            : this with { Quantity = 0, Overdrawn = Overdrawn - left };
    }
}
