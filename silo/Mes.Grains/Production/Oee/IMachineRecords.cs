using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Workstations;

namespace Mes.Grains.Production.Oee;

/// <summary>The stored inputs of OEE: closed machine-state intervals and counter advances per workstation.</summary>
public interface IMachineRecords
{
    /// <summary>Closed intervals of a workstation overlapping [from, to), recorded up to <paramref name="upToSequence"/>.</summary>
    Task<IReadOnlyList<StateInterval>> Intervals(string workstationId, DateTimeOffset from, DateTimeOffset to, long upToSequence,
        CancellationToken cancellationToken = default);

    /// <summary>Counter advances of a workstation stamped in [from, to), recorded up to <paramref name="upToSequence"/>.</summary>
    Task<IReadOnlyList<CountsAdvanced>> Counts(string workstationId, DateTimeOffset from, DateTimeOffset to, long upToSequence,
        CancellationToken cancellationToken = default);
}
