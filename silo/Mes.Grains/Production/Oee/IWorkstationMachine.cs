using Orleans.Concurrency;

namespace Mes.Grains.Production.Oee;

/// <summary>What OEE asks of a workstation grain; not part of the public contracts.</summary>
[Alias("mes.production.workstation-machine")]
public interface IWorkstationMachine : IGrainWithStringKey
{
    /// <summary>The open state interval and the committed sequence, read together.</summary>
    [Alias("window"), AlwaysInterleave]
    Task<MachineWindow> Window();
}
