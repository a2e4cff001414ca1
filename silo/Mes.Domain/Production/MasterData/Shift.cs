namespace Mes.Domain.Production.MasterData;

/// <summary>
/// A shift in plant local time. When <paramref name="End"/> is not after <paramref name="Start"/> the shift
/// crosses midnight (night shift 20:00–08:00) and belongs to the production day it starts on.
/// </summary>
public sealed record Shift(string Name, TimeOnly Start, TimeOnly End)
{
    /// <summary>True when the shift ends on the next calendar day.</summary>
    public bool CrossesMidnight => End <= Start;
}
