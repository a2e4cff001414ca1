namespace Mes.Contracts.Production.Workstations;

/// <summary>A workstation as master data defines it, with what is happening there now.</summary>
/// <param name="WorkstationId">The id, e.g. <c>smt-01-placer-1</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="LineId">The line.</param>
/// <param name="WorkstationType">The kind of station routings ask for (<c>placer</c>).</param>
/// <param name="MasterDataVersion">The master-data version the definition comes from.</param>
/// <param name="Operator">The operator logged in, or null.</param>
/// <param name="Order">The order worked on, or null.</param>
/// <param name="Setup">The verified reels by slot.</param>
/// <param name="Machine">The live machine state; manual stations stay non-scheduled.</param>
/// <param name="OpenDowntime">The downtime going on, or null.</param>
/// <param name="LastDowntime">The last downtime that ended, or null.</param>
/// <param name="NotReady">Why a unit cannot be started here now (nobody logged in, no order, a slot the
/// BOM needs is empty), or null when the station is ready.</param>
/// <param name="Sequence">How many events the workstation has recorded; grows with every change.</param>
[GenerateSerializer, Immutable, Alias("mes.production.workstation-status")]
public sealed record WorkstationStatus(
    [property: Id(0)] string WorkstationId,
    [property: Id(1)] string Name,
    [property: Id(2)] string LineId,
    [property: Id(3)] string WorkstationType,
    [property: Id(4)] int MasterDataVersion,
    [property: Id(5)] OperatorOnDuty? Operator,
    [property: Id(6)] OrderAtStation? Order,
    [property: Id(7)] IReadOnlyList<ReelInSlot> Setup,
    [property: Id(8)] MachineStatus Machine,
    [property: Id(9)] DowntimeRecord? OpenDowntime,
    [property: Id(10)] DowntimeRecord? LastDowntime,
    [property: Id(11)] Refusal? NotReady,
    [property: Id(12)] long Sequence);
