namespace Mes.Contracts.Production.Oee;

/// <summary>The inputs an OEE figure was computed from.</summary>
/// <param name="PlannedTime">Time in productive, standby and unscheduled-down states.</param>
/// <param name="RunTime">Productive time.</param>
/// <param name="IdealCycleSeconds">Ideal time per unit from master data.</param>
/// <param name="TotalCount">Units counted (TotalCount advances in the window).</param>
/// <param name="GoodCount">Good units counted.</param>
/// <param name="Intervals">How many state intervals fell into the window.</param>
/// <param name="IncludesOpenInterval">True when the state the machine is in now counted up to now.</param>
[GenerateSerializer, Immutable, Alias("mes.production.oee-basis")]
public sealed record OeeBasis(
    [property: Id(0)] TimeSpan PlannedTime,
    [property: Id(1)] TimeSpan RunTime,
    [property: Id(2)] decimal IdealCycleSeconds,
    [property: Id(3)] long TotalCount,
    [property: Id(4)] long GoodCount,
    [property: Id(5)] int Intervals,
    [property: Id(6)] bool IncludesOpenInterval);
