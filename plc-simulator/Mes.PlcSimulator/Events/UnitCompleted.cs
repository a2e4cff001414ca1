namespace Mes.PlcSimulator.Events;

/// <summary>
/// The machine finished a board: good (it goes on down the line) or rejected (it leaves the line here), with the
/// processing time and the counters after counting it.
/// </summary>
/// <param name="At">Simulated time, UTC.</param>
/// <param name="Machine">Workstation id.</param>
/// <param name="Serial">The board's serial number.</param>
/// <param name="Good">True when good, false when rejected.</param>
/// <param name="CycleTime">Seconds the machine worked on the board (time held or stopped not included).</param>
/// <param name="Defect">What was wrong with a rejected board, or null.</param>
/// <param name="GoodCount">GoodCount after this board.</param>
/// <param name="RejectCount">RejectCount after this board.</param>
/// <param name="TotalCount">TotalCount after this board.</param>
public sealed record UnitCompleted(
    DateTimeOffset At,
    string Machine,
    string Serial,
    bool Good,
    double CycleTime,
    string? Defect,
    ulong GoodCount,
    ulong RejectCount,
    ulong TotalCount) : SimulationEvent(At, Machine);
