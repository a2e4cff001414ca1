namespace Mes.Domain.Production.MasterData;

/// <summary>
/// An operation of a routing. It runs at a workstation of <paramref name="WorkstationType"/>, pinned to
/// one workstation when <paramref name="WorkstationId"/> is given (two placers with different setups),
/// by an operator holding <paramref name="RequiredCertification"/>. A rework operation is off the main
/// sequence and reached only through a <see cref="ReworkLoop"/>.
/// </summary>
public sealed record Operation(
    string Id,
    string Name,
    string WorkstationType,
    string? WorkstationId,
    string RequiredCertification,
    bool IsRework,
    IReadOnlyList<TestStep> TestSteps)
{
    /// <summary>True when the operation may run at the given workstation.</summary>
    public bool RunsAt(WorkstationDefinition workstation)
    {
        ArgumentNullException.ThrowIfNull(workstation);
        return workstation.Type == WorkstationType && (WorkstationId is null || WorkstationId == workstation.Id);
    }
}
