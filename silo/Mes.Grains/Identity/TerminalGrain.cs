using Mes.Contracts.Identity;

namespace Mes.Grains.Identity;

[GrainType("terminal")]
public sealed class TerminalGrain(
    [PersistentState("terminal", StorageNames.Mes)] IPersistentState<TerminalState> state,
    TimeProvider clock) : Grain, ITerminalGrain
{
    private string TerminalId => IdentityKeys.IdOf(this.GetPrimaryKeyString(), IdentityKeys.TerminalPrefix);

    public async Task<bool> Create(NewTerminal terminal)
    {
        if (state.State.Terminal is not null)
        {
            return false;
        }
        state.State.Terminal = new TerminalRecord(TerminalId, terminal.WorkstationId, terminal.Name, terminal.SecretHash, clock.GetUtcNow(), RevokedAt: null);
        await state.WriteStateAsync();
        return true;
    }

    public Task<TerminalRecord?> Get() => Task.FromResult(state.State.Terminal);

    public async Task<TerminalRecord?> Revoke()
    {
        if (state.State.Terminal is not { IsActive: true } active)
        {
            return state.State.Terminal;
        }
        state.State.Terminal = active with { RevokedAt = clock.GetUtcNow() };
        await state.WriteStateAsync();
        return state.State.Terminal;
    }
}
