namespace Mes.Contracts.Production.Workstations;

/// <summary>The live state of the machine behind a workstation.</summary>
/// <param name="E10State">The SEMI E10 state: <c>Productive</c>, <c>Standby</c>, <c>Engineering</c>,
/// <c>ScheduledDown</c>, <c>UnscheduledDown</c> or <c>NonScheduled</c>.</param>
/// <param name="PackMlState">The PackML state the machine published.</param>
/// <param name="Mode">The unit mode, or null.</param>
/// <param name="Since">Since when the machine is in <paramref name="E10State"/>; null before any signal.</param>
/// <param name="AlarmActive">True while an alarm is active.</param>
/// <param name="AlarmCode">The last alarm code.</param>
/// <param name="AlarmText">The last alarm text.</param>
/// <param name="GoodCount">The machine's cumulative good count as last read, or null.</param>
/// <param name="RejectCount">The cumulative reject count, or null.</param>
/// <param name="TotalCount">The cumulative total count, or null.</param>
/// <param name="UpdatedAt">Source timestamp of the newest value applied, or null.</param>
/// <param name="Link">The link to the machine's OPC UA server as the equipment agent last reported it;
/// null for a manual station, or until the agent has reported.</param>
[GenerateSerializer, Immutable, Alias("mes.production.machine-status")]
public sealed record MachineStatus(
    [property: Id(0)] string E10State,
    [property: Id(1)] string PackMlState,
    [property: Id(2)] string? Mode,
    [property: Id(3)] DateTimeOffset? Since,
    [property: Id(4)] bool AlarmActive,
    [property: Id(5)] string? AlarmCode,
    [property: Id(6)] string? AlarmText,
    [property: Id(7)] long? GoodCount,
    [property: Id(8)] long? RejectCount,
    [property: Id(9)] long? TotalCount,
    [property: Id(10)] DateTimeOffset? UpdatedAt,
    [property: Id(11)] Equipment.EquipmentLink? Link = null);
