using Mes.Contracts.Plant;

namespace Mes.Grains.Plant;

[GrainType("workstation")]
public sealed class WorkstationGrain(
    [PersistentState("workstation", StorageNames.Mes)] IPersistentState<WorkstationState> state,
    TimeProvider clock) : Grain, IWorkstationGrain
{
    private string Id => WorkstationKey.IdOf(this.GetPrimaryKeyString());

    public async Task<WorkstationSnapshot> Register(RegisterWorkstation command)
    {
        var current = state.State;
        if (!state.RecordExists)
        {
            current.RegisteredAt = clock.GetUtcNow();
        }
        current.Name = command.Name;
        current.LineId = command.LineId;
        current.WorkstationType = command.WorkstationType;
        await state.WriteStateAsync();
        return Snapshot(current);
    }

    public Task<WorkstationSnapshot?> Get() =>
        Task.FromResult(state.RecordExists ? Snapshot(state.State) : null);

    private WorkstationSnapshot Snapshot(WorkstationState s) =>
        new(Id, s.Name ?? Id, s.LineId ?? "", s.WorkstationType ?? "", s.RegisteredAt);
}
