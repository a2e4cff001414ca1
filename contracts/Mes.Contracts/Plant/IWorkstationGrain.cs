namespace Mes.Contracts.Plant;

/// <summary>
/// A workstation of a line: the terminal, the machine behind it and what happens there.
/// Keyed by <see cref="WorkstationKey"/> (<c>ws:</c> followed by the workstation id).
/// </summary>
[Alias("mes.plant.workstation")]
public interface IWorkstationGrain : IGrainWithStringKey
{
    /// <summary>Registers the workstation, or confirms it when the same definition is registered again.</summary>
    /// <returns>The workstation as stored.</returns>
    [Alias("register")]
    Task<WorkstationSnapshot> Register(RegisterWorkstation command);

    /// <summary>Reads the workstation; <c>null</c> when it was never registered.</summary>
    [Alias("get")]
    Task<WorkstationSnapshot?> Get();
}
