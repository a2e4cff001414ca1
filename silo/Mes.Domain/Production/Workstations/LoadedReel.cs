namespace Mes.Domain.Production.Workstations;

/// <summary>A verified reel in a feeder slot (or the board magazine, paste, a bin).</summary>
public sealed record LoadedReel(string Slot, string LotNo, string PartNo, bool Bonded, DateTimeOffset LoadedAt);
