namespace Mes.Domain.Production.Materials;

/// <summary>A request to change a material lot (reel, tray, paste jar).</summary>
public abstract record LotCommand
{
    private protected LotCommand()
    {
    }
}

/// <summary>Blocks the lot from being loaded, e.g. a suspected bad date code.</summary>
public sealed record HoldLot(string Reason, string By) : LotCommand;

/// <summary>Lifts a hold.</summary>
public sealed record ReleaseLot(string By) : LotCommand;

/// <summary>Opens the moisture barrier bag: the MSD floor-life clock starts.</summary>
public sealed record OpenLot : LotCommand;

/// <summary>Returns the lot to dry storage: the MSD clock pauses.</summary>
public sealed record SealLot : LotCommand;

/// <summary>Records a bake: the MSD exposure resets.</summary>
public sealed record BakeLot : LotCommand;
