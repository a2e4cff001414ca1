namespace Mes.Contracts.Production.Instructions;

/// <summary>
/// What a workstation terminal shows the operator (a stateless worker; any key): the operations of the
/// current order's route that run at the station, with their test steps, the BOM lines fed there and the
/// downtime reasons the operator can report. Read from master data: the version the order was released
/// under for the route and BOM, the current version for the downtime reasons.
/// </summary>
[Alias("mes.production.work-instruction")]
public interface IWorkInstructionGrain : IGrainWithIntegerKey
{
    /// <summary>The instruction of a workstation; refused as not found when master data has no such workstation.</summary>
    [Alias("for-workstation")]
    Task<Outcome<WorkInstruction>> ForWorkstation(string workstationId);
}
